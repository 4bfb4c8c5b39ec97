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
import kehu.servicedesk.internal.ReplyTemplate;
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

    /** The placeholders a template may use, filled by {@link #draft}. */
    public static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("customer", "number", "subject", "received",
            "resolution", "today");
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]*)}");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    /** The templates a letter may be drafted from. */
    @Transactional(readOnly = true)
    public List<ReplyTemplateView> templates() {
        return templates.findByActiveTrueOrderByIdAsc().stream().map(ReplyLetterManagement::view).toList();
    }

    /** Every template, the inactive ones too (the supervisor's page). */
    @Transactional(readOnly = true)
    public List<ReplyTemplateView> allTemplates() {
        return templates.findAllByOrderByIdAsc().stream().map(ReplyLetterManagement::view).toList();
    }

    @PreAuthorize("hasAuthority('service.dispatch')")
    public long createTemplate(ReplyTemplateForm form) {
        var problems = new java.util.ArrayList<kehu.shared.FieldViolation>();
        var code = MatterManagement.blankToNull(form.code());
        if (code == null) {
            problems.add(new kehu.shared.FieldViolation("code", "validation.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new kehu.shared.FieldViolation("code", "servicedesk.letter.badCode"));
        } else if (templates.existsByCode(code)) {
            problems.add(new kehu.shared.FieldViolation("code", "servicedesk.letter.codeTaken", code));
        }
        var checked = checkTemplate(form, problems);
        var t = templates.save(new ReplyTemplate(code, checked.name(), checked.body()));
        journal.audit("replyTemplate.create", "replyTemplate", t.getId(), null, describe(t), clock.instant());
        return t.getId();
    }

    @PreAuthorize("hasAuthority('service.dispatch')")
    public void updateTemplate(long id, ReplyTemplateForm form) {
        var t = templates.findById(id).orElseThrow(() -> new kehu.shared.NotFoundException("replyTemplate", id));
        var checked = checkTemplate(form, new java.util.ArrayList<>());
        var before = describe(t);
        t.describe(checked.name(), checked.body());
        journal.audit("replyTemplate.update", "replyTemplate", id, before, describe(t), clock.instant());
    }

    @PreAuthorize("hasAuthority('service.dispatch')")
    public void activateTemplate(long id, boolean active) {
        var t = templates.findById(id).orElseThrow(() -> new kehu.shared.NotFoundException("replyTemplate", id));
        t.activate(active);
        journal.audit(active ? "replyTemplate.activate" : "replyTemplate.deactivate", "replyTemplate", id, null,
                describe(t), clock.instant());
    }

    /**
     * Name and body checked and stripped (with the problems found so far, thrown together); every placeholder must be
     * one {@link #draft} fills.
     */
    private static ReplyTemplateForm checkTemplate(ReplyTemplateForm form, List<kehu.shared.FieldViolation> problems) {
        var name = MatterManagement.text(form.name(), "name", 100, true, problems);
        var body = MatterManagement.text(form.body(), "body", 4000, true, problems);
        if (body != null) {
            var unknown = PLACEHOLDER.matcher(body).results().map(r -> r.group(1))
                    .filter(p -> !PLACEHOLDERS.contains(p)).distinct().toList();
            if (!unknown.isEmpty()) {
                problems.add(new kehu.shared.FieldViolation("body", "servicedesk.letter.unknownPlaceholder",
                        unknown.stream().map(p -> "{" + p + "}").collect(java.util.stream.Collectors.joining(" "))));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new ReplyTemplateForm(form.code(), name, body);
    }

    private static ReplyTemplateView view(ReplyTemplate t) {
        return new ReplyTemplateView(t.getId(), t.getCode(), t.getName(), t.getBody(), t.isActive());
    }

    private static String describe(ReplyTemplate t) {
        return "code=" + t.getCode() + ", name=" + t.getName() + ", chars=" + t.getBody().length() + ", active=" + t.isActive();
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
