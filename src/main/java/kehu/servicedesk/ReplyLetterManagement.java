package kehu.servicedesk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import kehu.organization.DataScopes;
import kehu.platform.ApprovalRequest;
import kehu.platform.Approvals;
import kehu.servicedesk.internal.Matter;
import kehu.servicedesk.internal.MatterJournal;
import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.ReplyLetter;
import kehu.servicedesk.internal.ReplyLetters;
import kehu.servicedesk.internal.ReplyTemplates;
import kehu.servicedesk.internal.Resolutions;
import kehu.servicedesk.internal.ServiceActor;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply letters (回函, SVC-4): drafted from a template with the matter's details filled in, edited, approved
 * through the approvals engine (business type {@value #BUSINESS_TYPE}; by default the drafter's direct
 * superior) and only then sent. The matter's owner or a dispatcher works on them.
 */
@Service
@Transactional
@PreAuthorize("hasAnyAuthority('service.intake','service.dispatch')")
public class ReplyLetterManagement {

    public static final String BUSINESS_TYPE = "servicedesk.reply-letter";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ReplyLetters letters;
    private final ReplyTemplates templates;
    private final Matters matters;
    private final Resolutions resolutions;
    private final Approvals approvals;
    private final MatterJournal journal;
    private final DataScopes scopes;
    private final Clock clock;

    ReplyLetterManagement(ReplyLetters letters, ReplyTemplates templates, Matters matters, Resolutions resolutions,
                          Approvals approvals, MatterJournal journal, DataScopes scopes, Clock clock) {
        this.letters = letters;
        this.templates = templates;
        this.matters = matters;
        this.resolutions = resolutions;
        this.approvals = approvals;
        this.journal = journal;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReplyTemplateView> templates() {
        return templates.findByActiveTrueOrderByIdAsc().stream()
                .map(t -> new ReplyTemplateView(t.getId(), t.getCode(), t.getName(), t.getBody())).toList();
    }

    /** A new draft from the template, with customer, number, subject, dates and the current resolution filled in. */
    public long draft(long matterId, long templateId) {
        var m = writable(matterId);
        var template = templates.findById(templateId).filter(t -> t.isActive())
                .orElseThrow(() -> DomainException.invalid("templateId", "servicedesk.letter.unknownTemplate"));
        var resolution = resolutions.findByMatterIdAndRound(m.getId(), m.getResolutionRound())
                .map(r -> r.getSummary()).orElse("……");
        var who = m.getCustomerName() != null ? m.getCustomerName() : m.getCallerName() != null ? m.getCallerName() : "客户";
        var body = template.getBody().replace("{customer}", who).replace("{number}", m.getNumber())
                .replace("{subject}", m.getSubject())
                .replace("{received}", DAY.format(LocalDate.ofInstant(m.getReceivedAt(), ClockConfiguration.ZONE)))
                .replace("{resolution}", resolution)
                .replace("{today}", DAY.format(LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE)));
        var letter = letters.save(new ReplyLetter(m.getId(), template.getId(), body, ServiceActor.current(scopes).staffId()));
        journal.record(m, "letterDrafted", "letter=" + letter.getId() + ", template=" + template.getCode(), null, clock.instant());
        return letter.getId();
    }

    /** Changes the text; an approved or rejected letter becomes a draft again and needs a new approval. */
    public void edit(long letterId, String body, long version) {
        var letter = letter(letterId);
        var m = writable(letter.getMatterId());
        expectVersion(letter, version);
        var text = MatterManagement.required(body, "body", 4000);
        var before = letter.getStatus();
        letter.edit(text);
        journal.record(m, "letterEdited", "letter=" + letterId + ", was=" + before, null, clock.instant());
        flush(letter);
    }

    /** Sends the letter for approval. */
    public void submit(long letterId) {
        var letter = letter(letterId);
        var m = writable(letter.getMatterId());
        letter.requireSubmittable();
        var actor = ServiceActor.current(scopes);
        long approvalId = approvals.start(new ApprovalRequest(BUSINESS_TYPE, String.valueOf(letterId),
                "回函 " + m.getNumber() + " " + m.getSubject(), actor.staffId(), actor.staffId()));
        letter.submitted(approvalId);
        journal.record(m, "letterSubmitted", "letter=" + letterId + ", approval=" + approvalId, null, clock.instant());
        flush(letter);
    }

    /** Sends an approved letter (by post, e-mail …); a letter that is not approved cannot be sent. */
    public void send(long letterId, String via, long version) {
        var letter = letter(letterId);
        var m = writable(letter.getMatterId());
        expectVersion(letter, version);
        var how = MatterManagement.required(via, "via", 32);
        var now = clock.instant();
        letter.send(how, ServiceActor.current(scopes).username(), now);
        journal.record(m, "letterSent", "letter=" + letterId + ", via=" + how, null, now);
        journal.timeline(m.getCustomerId(), now, "service-request", m.getNumber() + " 回函", how,
                "matter-" + m.getId() + "-letter-" + letterId);
        flush(letter);
    }

    private ReplyLetter letter(long id) {
        return letters.findById(id).orElseThrow(() -> new NotFoundException("replyLetter", id));
    }

    private Matter writable(long matterId) {
        var actor = ServiceActor.current(scopes);
        var m = matters.findById(matterId).filter(actor::reaches).orElseThrow(() -> new NotFoundException("matter", matterId));
        if (!actor.dispatch() && m.getOwnerStaffId() != actor.staffId()) {
            throw new AccessDeniedException("only the owner or a dispatcher writes reply letters");
        }
        return m;
    }

    private static void expectVersion(ReplyLetter letter, long version) {
        if (letter.getVersion() != version) {
            throw new DomainException("servicedesk.letter.changedMeanwhile");
        }
    }

    private void flush(ReplyLetter letter) {
        try {
            letters.saveAndFlush(letter);
        } catch (OptimisticLockingFailureException e) {
            throw new DomainException("servicedesk.letter.changedMeanwhile");
        }
    }
}
