package kehu.servicedesk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kehu.customer.CustomerManagement;
import kehu.customer.PhoneNumber;
import kehu.organization.DataScopes;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.platform.ReferenceData;
import kehu.servicedesk.internal.Alerting;
import kehu.servicedesk.internal.RequestCategories;
import kehu.servicedesk.internal.Dispatching;
import kehu.servicedesk.internal.Matter;
import kehu.servicedesk.internal.MatterJournal;
import kehu.servicedesk.internal.MatterNumbers;
import kehu.servicedesk.internal.MatterQueries;
import kehu.servicedesk.internal.MatterViews;
import kehu.servicedesk.internal.MatterVisibility;
import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.Resolution;
import kehu.servicedesk.internal.Resolutions;
import kehu.servicedesk.internal.RoutingPolicy;
import kehu.servicedesk.internal.ServiceActor;
import kehu.servicedesk.internal.TimeLimitPolicy;
import kehu.servicedesk.internal.TransferRecord;
import kehu.servicedesk.internal.Transfers;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer matters (SVC-1, SVC-2, SVC-4): intake, the duty log, lists and the matter page, and every move
 * of a matter — take, respond, transfer, hand over, pause and resume, resolve, feedback, close, reopen.
 *
 * <p>Reads and moves obey the caller's service data scopes (a matter outside them is not found). Who may
 * do what: intake needs {@code service.intake}; taking needs {@code service.handle} in the handling
 * department (or {@code service.dispatch}); transferring, responding, pausing and resolving are for the
 * owner, the handler or a dispatcher; handing over, feedback, closing and reopening for the owner or a
 * dispatcher. A move that started from an older version of the matter is refused as a conflict. Every
 * move is journalled and audited; intake, work orders and closing reach the customer's timeline.
 */
@Service
@Transactional
public class MatterManagement {

    static final int MAX_PAGE = 100;

    private final Matters matters;
    private final Resolutions resolutions;
    private final Transfers transfers;
    private final MatterViews views;
    private final MatterJournal journal;
    private final MatterNumbers numbers;
    private final RequestCategories categories;
    private final TimeLimitPolicy timeLimits;
    private final RoutingPolicy routing;
    private final Dispatching dispatching;
    private final Alerting alerting;
    private final CustomerManagement customers;
    private final OrganizationDirectory directory;
    private final ReferenceData reference;
    private final DataScopes scopes;
    private final TransactionTemplate tx;
    private final Clock clock;

    MatterManagement(Matters matters, Resolutions resolutions, Transfers transfers, MatterViews views,
                     MatterJournal journal, MatterNumbers numbers, RequestCategories categories, TimeLimitPolicy timeLimits,
                     RoutingPolicy routing, Dispatching dispatching, Alerting alerting, CustomerManagement customers,
                     OrganizationDirectory directory, ReferenceData reference, DataScopes scopes,
                     PlatformTransactionManager transactions, Clock clock) {
        this.matters = matters;
        this.resolutions = resolutions;
        this.transfers = transfers;
        this.views = views;
        this.journal = journal;
        this.numbers = numbers;
        this.categories = categories;
        this.timeLimits = timeLimits;
        this.routing = routing;
        this.dispatching = dispatching;
        this.alerting = alerting;
        this.customers = customers;
        this.directory = directory;
        this.reference = reference;
        this.scopes = scopes;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    /** One page of the matters the caller may see that match the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','service.handle')")
    public Page<MatterRow> list(MatterFilter filter, Pageable pageable) {
        var actor = actor();
        var page = matters.findAll(MatterVisibility.of(actor).and(MatterQueries.matching(filter, actor.staffId(),
                clock.instant())), cap(pageable));
        return new PageImpl<>(views.rows(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** The duty log (值班接待记录): every matter received on the day that the caller may see, in order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','service.handle')")
    public List<MatterRow> dutyLog(LocalDate day) {
        var actor = actor();
        return views.rows(matters.findAll(MatterVisibility.of(actor).and(MatterQueries.matching(MatterFilter.receivedOn(day),
                actor.staffId(), clock.instant())), Sort.by("receivedAt", "id")));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','service.handle')")
    public MatterDetails get(long id) {
        return views.details(visible(id, actor()));
    }

    /** The categories that may be chosen (tree order) — the dictionary {@code request-category}. */
    @Transactional(readOnly = true)
    public List<ReferenceData.Item> categories() {
        return categories.choices();
    }

    // --- intake (SVC-1) --------------------------------------------------------------------------

    /**
     * Takes a matter in: checks the form, numbers the matter, gives it its time limits, routes it by the
     * routing rules, issues the work order of a repair, escalates a major complaint at once. The caller
     * owns it (first-contact responsibility). A form whose token was used before creates nothing and
     * answers the matter of the first submit ({@link MatterRef#repeated()}), also when both submits arrive
     * at the same moment.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasAuthority('" + Permissions.SERVICE_INTAKE + "')")
    public MatterRef register(IntakeForm form) {
        var actor = actor();
        var token = blankToNull(form.token());
        if (token != null) {
            var earlier = tx.execute(s -> matters.findByIntakeToken(token).map(m -> new MatterRef(m.getId(), m.getNumber(), true)));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return tx.execute(s -> create(form, token, actor));
        } catch (DataIntegrityViolationException e) {
            if (token == null) {
                throw e;
            }
            return tx.execute(s -> matters.findByIntakeToken(token).map(m -> new MatterRef(m.getId(), m.getNumber(), true)))
                    .orElseThrow(() -> e);
        }
    }

    private MatterRef create(IntakeForm form, String token, ServiceActor actor) {
        var problems = new ArrayList<FieldViolation>();
        if (form.type() == null) {
            problems.add(new FieldViolation("type", "validation.required"));
        }
        var channel = blankToNull(form.channel());
        if (channel == null) {
            problems.add(new FieldViolation("channel", "validation.required"));
        } else if (!reference.isValidItem(ReferenceData.CHANNEL, channel)) {
            problems.add(new FieldViolation("channel", "servicedesk.intake.unknownChannel"));
        }
        var category = blankToNull(form.categoryCode());
        if (category == null) {
            problems.add(new FieldViolation("categoryCode", "validation.required"));
        } else if (!categories.isValid(category)) {
            problems.add(new FieldViolation("categoryCode", "servicedesk.intake.unknownCategory"));
        }
        var subject = text(form.subject(), "subject", 100, true, problems);
        var description = text(form.description(), "description", 2000, false, problems);
        var callerName = text(form.callerName(), "callerName", 50, false, problems);
        var area = text(form.areaCode(), "areaCode", 32, false, problems);
        var answer = text(form.answer(), "answer", 2000, form.answered(), problems);
        if (token != null && token.length() > 64) {
            problems.add(new FieldViolation("token", "validation.tooLong", 64));
        }
        String callback = null;
        var rawCallback = blankToNull(form.callbackNumber());
        if (rawCallback != null) {
            try {
                callback = PhoneNumber.parse(rawCallback).value();
            } catch (DomainException e) {
                problems.add(new FieldViolation("callbackNumber", "servicedesk.intake.callbackInvalid"));
            }
        }
        String customerName = null;
        if (form.customerId() != null) {
            try {
                var c = customers.get(form.customerId(), scopes.forCurrentUser(Permissions.CUSTOMER_VIEW));
                customerName = c.name();
                if (area == null) {
                    area = c.areaCode();
                }
            } catch (NotFoundException e) {
                problems.add(new FieldViolation("customerId", "servicedesk.intake.unknownCustomer"));
            }
        } else if (rawCallback == null) {
            problems.add(new FieldViolation("callbackNumber", "servicedesk.intake.callbackRequired"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var now = clock.instant();
        var priority = form.priority() == null ? Priority.NORMAL : form.priority();
        var severity = form.severity() == null ? Severity.ROUTINE : form.severity();
        var limits = timeLimits.limits(form.type(), category, priority);
        var m = new Matter(numbers.next(form.type().prefix(), now), form.type(), channel, category, priority, severity,
                subject, description, form.customerId(), customerName, callerName, callback, area, token, now,
                actor.staffId(), actor.unitId(), timeLimits.deadlines(limits, now));
        matters.saveAndFlush(m);
        journal.record(m, "registered", "type=" + m.getType() + ", channel=" + channel + ", category=" + category
                + ", priority=" + priority + ", severity=" + severity, null, now);
        journal.publish(new MatterRegistered(m.getId(), m.getNumber(), m.getType(), severity, m.getCustomerId(), now));
        journal.timeline(m.getCustomerId(), now, "service-request", m.getNumber() + " " + subject,
                categories.label(category), "matter-" + m.getId());
        routing.route(m.getType(), category, area).ifPresent(rule -> {
            try {
                var to = dispatching.check(new kehu.servicedesk.Assignee(rule.getTargetUnitId(), rule.getTargetPositionId(),
                        rule.getTargetStaffId()));
                dispatching.send(m, to, TransferKind.ROUTED, rule.getName(), null, now);
            } catch (DomainException unusable) {
                journal.record(m, "routingSkipped", "rule=" + rule.getName() + ", why=" + unusable.violations().stream()
                        .map(FieldViolation::messageKey).findFirst().orElse(unusable.messageKey()), null, now);
            }
        });
        if (severity == Severity.MAJOR && m.getType() == MatterType.COMPLAINT) {
            alerting.fire(m, new Matter.DueAlert(AlertKind.MAJOR, 3, now), now);
        }
        if (form.answered()) {
            m.respond(now);
            journal.record(m, "answered", answer, null, now);
            if (!m.getType().needsFeedbackToClose()) {
                int round = m.resolve(now);
                resolutions.save(new Resolution(m, round, now, actor.username(), answer, null, null, null, null,
                        null, null, null));
                m.close(now, false);
                journal.record(m, "closed", "firstContact=true", null, now);
                journal.publish(new MatterResolved(m.getId(), m.getNumber(), m.getType(), round, null, now));
                journal.publish(closedEvent(m, null, now));
            }
        }
        m.scheduleNextAlert(timeLimits::escalationDue);
        return new MatterRef(m.getId(), m.getNumber(), false);
    }

    // --- moves -----------------------------------------------------------------------------------

    /**
     * The caller takes the matter to handle it (a member of the handling department, or a dispatcher). It
     * counts as the first response. When two people take it at once, one wins; the other is told it was
     * taken meanwhile.
     */
    public void take(long id, long version) {
        var actor = actor();
        var m = visible(id, actor);
        expectVersion(m, version);
        if (!actor.dispatch()) {
            if (!actor.handle() || m.getHandlingUnitId() == null || m.getHandlingUnitId() != actor.unitId()) {
                throw new AccessDeniedException("not a member of the handling department");
            }
        }
        var before = m.getHandlingStaffId();
        var now = clock.instant();
        m.take(actor.staffId(), now);
        if (before == null || before != actor.staffId()) {
            transfers.save(new TransferRecord(m.getId(), TransferKind.TAKEN, now, actor.staffId(), m.getHandlingUnitId(),
                    m.getHandlingPositionId(), before, m.getHandlingUnitId(), m.getHandlingPositionId(), actor.staffId(),
                    "-"));
        }
        journal.record(m, "taken", "by=" + actor.username(), "handlingStaff=" + before, now);
        m.scheduleNextAlert(timeLimits::escalationDue);
        flush(m);
    }

    /** Someone contacted the customer: the first response (if it is the first) and a journal note. */
    public void respond(long id, String note) {
        var actor = actor();
        var m = visible(id, actor);
        requireWorker(m, actor);
        var text = required(note, "note", 1000);
        var now = clock.instant();
        m.respond(now);
        journal.record(m, "responded", text, null, now);
        m.scheduleNextAlert(timeLimits::escalationDue);
        flush(m);
    }

    /** A note in the matter's journal. */
    public void addNote(long id, String note) {
        var actor = actor();
        var m = visible(id, actor);
        requireWorker(m, actor);
        journal.record(m, "note", required(note, "note", 1000), null, clock.instant());
    }

    /**
     * Sends the matter to another department, post or person, recording from, to and why. Refused with a
     * clear message when nobody could work on the target (e.g. a department without members).
     */
    public void transfer(long id, Assignee to, String reason, long version) {
        var actor = actor();
        var m = visible(id, actor);
        expectVersion(m, version);
        if (!actor.dispatch() && !isOwnerOrHandler(m, actor)) {
            throw new AccessDeniedException("only the owner, the handler or a dispatcher transfers");
        }
        var why = required(reason, "reason", 500);
        var target = dispatching.check(to);
        dispatching.send(m, target, TransferKind.TRANSFER, why, actor.staffId(), clock.instant());
        m.scheduleNextAlert(timeLimits::escalationDue);
        flush(m);
    }

    /** First-contact ownership passes to another person; recorded with the reason. */
    public void handOver(long id, long toStaffId, String reason, long version) {
        var actor = actor();
        var m = visible(id, actor);
        expectVersion(m, version);
        if (!actor.dispatch() && m.getOwnerStaffId() != actor.staffId()) {
            throw new AccessDeniedException("only the owner or a dispatcher hands over");
        }
        var why = required(reason, "reason", 500);
        var person = directory.staff(toStaffId).filter(s -> s.enabled())
                .orElseThrow(() -> DomainException.invalid("toStaffId", "servicedesk.transfer.unknownStaff"));
        var now = clock.instant();
        var from = m.getOwnerStaffId();
        var fromUnit = m.getOwnerUnitId();
        m.handOver(person.id(), person.unitId());
        transfers.save(new TransferRecord(m.getId(), TransferKind.HANDOVER, now, actor.staffId(), fromUnit, null, from,
                person.unitId(), null, person.id(), why));
        journal.record(m, "handedOver", "to=" + person.username() + ", reason=" + why, "owner=" + from, now);
        journal.publish(new MatterTransferred(m.getId(), m.getNumber(), TransferKind.HANDOVER, person.unitId(), null,
                person.id(), why, now));
        flush(m);
    }

    /** Waiting for the customer: the resolution clock stops until {@link #resume}. */
    public void pause(long id, String reason) {
        var actor = actor();
        var m = visible(id, actor);
        requireWorker(m, actor);
        var why = required(reason, "reason", 500);
        var now = clock.instant();
        m.pause(now, timeLimits.remaining(now, m.getResolveDueAt()));
        m.scheduleNextAlert(timeLimits::escalationDue);
        journal.record(m, "paused", why, null, now);
        flush(m);
    }

    /** The customer is back: the resolution clock runs again with the working time that was left. */
    public void resume(long id) {
        var actor = actor();
        var m = visible(id, actor);
        requireWorker(m, actor);
        var now = clock.instant();
        var limits = timeLimits.limits(m.getType(), m.getCategoryCode(), m.getPriority());
        m.resume(remaining -> timeLimits.resolveFrom(limits, now, remaining));
        m.scheduleNextAlert(timeLimits::escalationDue);
        journal.record(m, "resumed", "resolveDue=" + m.getResolveDueAt(), null, now);
        flush(m);
    }

    /**
     * Records the resolution (SVC-4). A complaint needs {@code substantiated}; a substantiated complaint
     * names the responsible department and the root cause. The matter then waits for the customer's feedback.
     */
    public void resolve(long id, ResolutionForm form) {
        var actor = actor();
        var m = visible(id, actor);
        requireWorker(m, actor);
        var problems = new ArrayList<FieldViolation>();
        var summary = text(form.summary(), "summary", 2000, true, problems);
        var corrective = text(form.corrective(), "corrective", 2000, false, problems);
        var preventive = text(form.preventive(), "preventive", 2000, false, problems);
        var cause = blankToNull(form.causeCode());
        if (cause != null && !reference.isValidItem(ReferenceData.CAUSE, cause)) {
            problems.add(new FieldViolation("causeCode", "servicedesk.resolve.unknownCause"));
        }
        if (m.getType() == MatterType.COMPLAINT) {
            if (form.substantiated() == null) {
                problems.add(new FieldViolation("substantiated", "validation.required"));
            } else if (form.substantiated()) {
                if (form.responsibleUnitId() == null) {
                    problems.add(new FieldViolation("responsibleUnitId", "servicedesk.resolve.responsibleRequired"));
                }
                if (cause == null) {
                    problems.add(new FieldViolation("causeCode", "servicedesk.resolve.causeRequired"));
                }
            }
        }
        if (form.responsibleUnitId() != null && directory.unit(form.responsibleUnitId()).isEmpty()) {
            problems.add(new FieldViolation("responsibleUnitId", "servicedesk.transfer.unknownUnit"));
        }
        if (form.responsibleStaffId() != null && directory.staff(form.responsibleStaffId()).isEmpty()) {
            problems.add(new FieldViolation("responsibleStaffId", "servicedesk.transfer.unknownStaff"));
        }
        var compensation = form.compensation();
        if (compensation != null && (compensation.signum() < 0 || compensation.scale() > 2
                || compensation.compareTo(new BigDecimal("99999999999999999")) > 0)) {
            problems.add(new FieldViolation("compensation", "servicedesk.resolve.compensationInvalid"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var now = clock.instant();
        int round = m.resolve(now);
        resolutions.save(new Resolution(m, round, now, actor.username(), summary, form.substantiated(),
                form.responsibleUnitId(), form.responsibleStaffId(), cause, corrective, preventive, compensation));
        m.scheduleNextAlert(timeLimits::escalationDue);
        journal.record(m, "resolved", "round=" + round + ", substantiated=" + form.substantiated() + ", cause=" + cause
                + ", compensation=" + compensation, null, now);
        journal.publish(new MatterResolved(m.getId(), m.getNumber(), m.getType(), round, form.substantiated(), now));
        flush(m);
    }

    /** The customer's verdict on the current resolution (told us, or on a return visit). */
    public void recordFeedback(long id, FeedbackForm form) {
        var actor = actor();
        var m = visible(id, actor);
        requireOwnerOrDispatcher(m, actor);
        if (m.getStatus() != MatterStatus.RESOLVED && m.getStatus() != MatterStatus.CLOSED) {
            throw new DomainException("servicedesk.matter.notResolved", m.getNumber());
        }
        var problems = new ArrayList<FieldViolation>();
        if (form.kind() == null) {
            problems.add(new FieldViolation("kind", "validation.required"));
        }
        if (form.satisfied() == null) {
            problems.add(new FieldViolation("satisfied", "validation.required"));
        }
        var note = text(form.note(), "note", 1000, false, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var r = resolutions.findByMatterIdAndRound(m.getId(), m.getResolutionRound())
                .orElseThrow(() -> new DomainException("servicedesk.matter.notResolved", m.getNumber()));
        var now = clock.instant();
        r.recordFeedback(form.kind(), form.satisfied(), note, now, actor.username());
        journal.record(m, "feedback", "kind=" + form.kind() + ", satisfied=" + form.satisfied(), null, now);
        journal.timeline(m.getCustomerId(), now, "service-request", m.getNumber() + " "
                + (form.satisfied() ? "✓" : "✗"), note, "matter-" + m.getId() + "-feedback-" + r.getRound());
    }

    /** Closes a resolved matter; a complaint without the customer's feedback (or a return visit) is refused. */
    public void close(long id) {
        var actor = actor();
        var m = visible(id, actor);
        requireOwnerOrDispatcher(m, actor);
        var current = resolutions.findByMatterIdAndRound(m.getId(), m.getResolutionRound());
        var now = clock.instant();
        m.close(now, current.map(Resolution::hasFeedback).orElse(false));
        m.scheduleNextAlert(timeLimits::escalationDue);
        journal.record(m, "closed", null, null, now);
        var satisfied = current.map(Resolution::getSatisfied).orElse(null);
        journal.timeline(m.getCustomerId(), now, "service-request", m.getNumber() + " " + m.getSubject(), null,
                "matter-" + m.getId() + "-closed-" + m.getResolutionRound());
        journal.publish(closedEvent(m, satisfied, now));
        flush(m);
    }

    /** Opens a resolved or closed matter again with a fresh resolution limit; the earlier rounds stay. */
    public void reopen(long id, String reason) {
        var actor = actor();
        var m = visible(id, actor);
        requireOwnerOrDispatcher(m, actor);
        var why = required(reason, "reason", 500);
        var now = clock.instant();
        var limits = timeLimits.limits(m.getType(), m.getCategoryCode(), m.getPriority());
        m.reopen(timeLimits.resolveFrom(limits, now, limits.resolve()));
        m.scheduleNextAlert(timeLimits::escalationDue);
        journal.record(m, "reopened", why, null, now);
        journal.publish(new MatterReopened(m.getId(), m.getNumber(), why, now));
        flush(m);
    }

    /**
     * What a return visit heard about a matter's resolution round (SVC-5; the visit checked who may record
     * it). On the current round of a resolved matter it is the customer's feedback: satisfied closes the
     * matter, dissatisfied reopens it. Dissatisfied about a closed matter reopens it. Anything else (the
     * matter was reopened meanwhile) leaves the matter alone. Returns what was done: {@code closed},
     * {@code reopened} or {@code none}.
     */
    String afterReturnVisit(long matterId, int round, boolean satisfied, String note) {
        var m = matters.findById(matterId).orElseThrow(() -> new NotFoundException("matter", matterId));
        var now = clock.instant();
        var current = round == m.getResolutionRound();
        if (current && m.getStatus() == MatterStatus.RESOLVED) {
            var r = resolutions.findByMatterIdAndRound(m.getId(), round).orElseThrow();
            if (!r.hasFeedback()) {
                r.recordFeedback(FeedbackKind.RETURN_VISIT, satisfied, note, now, PersistenceConfiguration.currentActor());
                journal.record(m, "feedback", "kind=" + FeedbackKind.RETURN_VISIT + ", satisfied=" + satisfied, null, now);
            }
            if (satisfied) {
                m.close(now, true);
                m.scheduleNextAlert(timeLimits::escalationDue);
                journal.record(m, "closed", "byReturnVisit=true", null, now);
                journal.timeline(m.getCustomerId(), now, "service-request", m.getNumber() + " " + m.getSubject(), null,
                        "matter-" + m.getId() + "-closed-" + m.getResolutionRound());
                journal.publish(closedEvent(m, true, now));
                flush(m);
                return "closed";
            }
        }
        if (!satisfied && (m.getStatus() == MatterStatus.RESOLVED || m.getStatus() == MatterStatus.CLOSED)
                && round == m.getResolutionRound()) {
            var why = "回访不满意" + (note == null ? "" : "：" + note);
            why = why.length() > 500 ? why.substring(0, 500) : why;
            var limits = timeLimits.limits(m.getType(), m.getCategoryCode(), m.getPriority());
            m.reopen(timeLimits.resolveFrom(limits, now, limits.resolve()));
            m.scheduleNextAlert(timeLimits::escalationDue);
            journal.record(m, "reopened", why, null, now);
            journal.publish(new MatterReopened(m.getId(), m.getNumber(), why, now));
            flush(m);
            return "reopened";
        }
        return "none";
    }

    /** A complaint opened because a return visit without a matter found the customer dissatisfied (SVC-5). */
    MatterRef registerFromVisit(IntakeForm form) {
        return create(form, null, actor());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private MatterClosed closedEvent(Matter m, Boolean satisfied, Instant now) {
        return new MatterClosed(m.getId(), m.getNumber(), m.getType(), m.getSeverity(), m.getCategoryCode(),
                m.getCustomerId(), satisfied, now);
    }

    private ServiceActor actor() {
        return ServiceActor.current(scopes);
    }

    private Matter visible(long id, ServiceActor actor) {
        var m = matters.findById(id).filter(actor::reaches).orElseThrow(() -> new NotFoundException("matter", id));
        return m;
    }

    private static void expectVersion(Matter m, long version) {
        if (m.getVersion() != version) {
            throw new DomainException("servicedesk.matter.changedMeanwhile", m.getNumber());
        }
    }

    /** Writes now, so a concurrent change of the same matter is reported here as a clear conflict. */
    private void flush(Matter m) {
        try {
            matters.saveAndFlush(m);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new DomainException("servicedesk.matter.changedMeanwhile", m.getNumber());
        }
    }

    private static boolean isOwnerOrHandler(Matter m, ServiceActor actor) {
        return m.getOwnerStaffId() == actor.staffId()
                || (m.getHandlingStaffId() != null && m.getHandlingStaffId() == actor.staffId());
    }

    private static void requireWorker(Matter m, ServiceActor actor) {
        boolean departmentMember = actor.handle() && m.getHandlingUnitId() != null && m.getHandlingUnitId() == actor.unitId();
        if (!actor.dispatch() && !isOwnerOrHandler(m, actor) && !departmentMember) {
            throw new AccessDeniedException("not working on this matter");
        }
    }

    private static void requireOwnerOrDispatcher(Matter m, ServiceActor actor) {
        if (!actor.dispatch() && m.getOwnerStaffId() != actor.staffId()) {
            throw new AccessDeniedException("only the owner or a dispatcher");
        }
    }

    private static Pageable cap(Pageable p) {
        return p.getPageSize() > MAX_PAGE ? PageRequest.of(p.getPageNumber(), MAX_PAGE, p.getSort()) : p;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String text(String value, String field, int max, boolean required, List<FieldViolation> problems) {
        var v = blankToNull(value);
        if (v == null) {
            if (required) {
                problems.add(new FieldViolation(field, "validation.required"));
            }
            return null;
        }
        if (v.length() > max) {
            problems.add(new FieldViolation(field, "validation.tooLong", max));
        } else if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(new FieldViolation(field, "validation.plainText"));
        }
        return v;
    }

    static String required(String value, String field, int max) {
        var problems = new ArrayList<FieldViolation>();
        var v = text(value, field, max, true, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return v;
    }

}
