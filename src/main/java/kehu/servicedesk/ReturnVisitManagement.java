package kehu.servicedesk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import kehu.customer.CustomerManagement;
import kehu.organization.DataScope;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.platform.ReferenceData;
import kehu.servicedesk.internal.Matter;
import kehu.servicedesk.internal.MatterJournal;
import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.ReturnVisit;
import kehu.servicedesk.internal.ReturnVisitPlanner;
import kehu.servicedesk.internal.ReturnVisits;
import kehu.servicedesk.internal.ServiceEvent;
import kehu.servicedesk.internal.ServiceEvents;
import kehu.servicedesk.internal.VisitAttempt;
import kehu.servicedesk.internal.VisitAttempts;
import kehu.servicedesk.internal.VisitRating;
import kehu.servicedesk.internal.VisitRatings;
import kehu.servicedesk.internal.VisitRule;
import kehu.servicedesk.internal.VisitRules;
import kehu.servicedesk.internal.VisitVisibility;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;
import kehu.survey.Questionnaires;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return visits (回访, SVC-5): the work list, one call after another (satisfied, dissatisfied, unreachable),
 * ratings per service item (SVC-6), the visit's questionnaire, business moments reported from outside
 * (sales, deliveries, installations), samples drawn by the supervisor (level 2, monthly) and the general
 * manager's office (level 3, quarterly: major repairs and VIP customers), and the rules that plan visits.
 *
 * <p>Who: people with {@code service.intake} or {@code service.dispatch} make visits within their scopes;
 * {@code report.view} holders see them and make the visits assigned to their unit (level 3 is the general
 * manager's office's). A satisfied visit on a resolved matter closes it; dissatisfied reopens it, or opens a
 * complaint when the visit has no matter. Every call is kept, journalled and audited, and reaches the
 * customer's timeline.
 */
@Service
@Transactional
public class ReturnVisitManagement {

    static final int MAX_PAGE = 100;
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final ReturnVisits visits;
    private final VisitAttempts attempts;
    private final VisitRatings ratings;
    private final VisitRules rules;
    private final ServiceEvents serviceEvents;
    private final ReturnVisitPlanner planner;
    private final Matters matters;
    private final MatterManagement matterManagement;
    private final MatterJournal journal;
    private final CustomerManagement customers;
    private final Questionnaires questionnaires;
    private final OrganizationDirectory directory;
    private final ReferenceData reference;
    private final DataScopes scopes;
    private final ServiceDeskSettings settings;
    private final Clock clock;

    ReturnVisitManagement(ReturnVisits visits, VisitAttempts attempts, VisitRatings ratings, VisitRules rules,
                          ServiceEvents serviceEvents, ReturnVisitPlanner planner, Matters matters,
                          MatterManagement matterManagement, MatterJournal journal, CustomerManagement customers,
                          Questionnaires questionnaires, OrganizationDirectory directory, ReferenceData reference,
                          DataScopes scopes, ServiceDeskSettings settings, Clock clock) {
        this.visits = visits;
        this.attempts = attempts;
        this.ratings = ratings;
        this.rules = rules;
        this.serviceEvents = serviceEvents;
        this.planner = planner;
        this.matters = matters;
        this.matterManagement = matterManagement;
        this.journal = journal;
        this.customers = customers;
        this.questionnaires = questionnaires;
        this.directory = directory;
        this.reference = reference;
        this.scopes = scopes;
        this.settings = settings;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    /** The visits the caller may see that match the filter; due first by default. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','report.view')")
    public Page<ReturnVisitRow> list(VisitFilter filter, Pageable pageable) {
        var me = me();
        var today = today();
        Specification<ReturnVisit> spec = VisitVisibility.of(me.staffId(), visitScopes(me));
        var f = filter == null ? VisitFilter.none() : filter;
        if (f.status() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("status"), f.status()));
        }
        if (f.kind() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("kind"), f.kind()));
        }
        if (f.level() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("level"), f.level()));
        }
        if (f.dueOnly()) {
            spec = spec.and((r, q, cb) -> cb.and(cb.equal(r.get("status"), VisitStatus.DUE),
                    cb.lessThanOrEqualTo(r.get("nextAttemptOn"), today)));
        }
        var text = MatterManagement.blankToNull(f.q());
        if (text != null) {
            var like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((r, q, cb) -> cb.or(cb.like(r.get("subject"), like, '\\'),
                    cb.like(r.get("customerName"), like, '\\')));
        }
        var p = pageable.getPageSize() > MAX_PAGE
                ? org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), MAX_PAGE, pageable.getSort())
                : pageable;
        var page = visits.findAll(spec, p);
        return new PageImpl<>(rows(page.getContent(), today), p, page.getTotalElements());
    }

    /** A visit's page; outside the caller's scopes it is not found. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','report.view')")
    public ReturnVisitDetails get(long id) {
        var me = me();
        var v = visible(id, me);
        var row = rows(List.of(v), today()).get(0);
        var log = attempts.findByVisitIdOrderByAtAscIdAsc(id).stream()
                .map(a -> new ReturnVisitDetails.Attempt(a.getAt(), a.getBy(), a.getOutcome(), a.getNote())).toList();
        var heard = ratings.findByVisitIdOrderByIdAsc(id).stream().map(r -> new ReturnVisitDetails.Rating(r.getItemCode(),
                reference.label(ReferenceData.SERVICE_ITEM, r.getItemCode()).orElse(r.getItemCode()), r.getScore())).toList();
        var questionnaire = v.getQuestionnaireVersionId() == null ? null : questionnaires.published(v.getQuestionnaireVersionId());
        var answers = v.getAnswerSetId() == null ? null : questionnaires.answerSet(v.getAnswerSetId());
        var ruleName = v.getRuleId() == null ? null : rules.findById(v.getRuleId()).map(VisitRule::getName).orElse(null);
        var complaint = v.getComplaintMatterId() == null ? null
                : matters.findById(v.getComplaintMatterId()).map(Matter::getNumber).orElse(null);
        return new ReturnVisitDetails(row, v.getVersion(), v.getNote(), v.getDoneBy(), ruleName, v.getSampledVisitId(),
                v.getComplaintMatterId(), complaint, log, heard, questionnaire, answers,
                v.getStatus() == VisitStatus.DUE && mayRecord(v, me));
    }

    /** The visits of one matter, oldest first (for the matter page). */
    @Transactional(readOnly = true)
    public List<ReturnVisitRow> ofMatter(long matterId) {
        return rows(visits.findByMatterIdOrderByIdAsc(matterId), today());
    }

    /** The service items a visit asks the customer to rate (dictionary {@code service-item}). */
    @Transactional(readOnly = true)
    public List<ReferenceData.Item> serviceItems() {
        return reference.items(ReferenceData.SERVICE_ITEM);
    }

    // --- recording a call ------------------------------------------------------------------------

    /**
     * Records one call of a due visit. Reached (satisfied or dissatisfied): an overall rating 1–5 is required,
     * ratings per service item are optional, and the questionnaire's answers are checked as a survey response
     * is; the visit is done. Unreachable: tried again the next day, until the configured number of attempts
     * fails it. Everything is saved together or not at all.
     */
    @PreAuthorize("hasAnyAuthority('service.intake','service.dispatch','report.view')")
    public VisitStatus record(long id, VisitForm form) {
        var me = me();
        var v = visible(id, me);
        if (!mayRecord(v, me)) {
            throw new AccessDeniedException("not this person's visit");
        }
        if (v.getStatus() != VisitStatus.DUE) {
            throw new DomainException("servicedesk.visit.notDue");
        }
        if (form.version() != null && form.version() != v.getVersion()) {
            throw new DomainException("servicedesk.visit.changedMeanwhile");
        }
        var problems = new ArrayList<FieldViolation>();
        if (form.outcome() == null) {
            problems.add(new FieldViolation("outcome", "validation.required"));
        }
        var note = MatterManagement.text(form.note(), "note", 1000, false, problems);
        boolean reached = form.outcome() != null && form.outcome() != VisitOutcome.UNREACHABLE;
        var scores = new HashMap<String, Integer>();
        String category = null;
        if (reached) {
            if (form.overall() == null) {
                problems.add(new FieldViolation("overall", "validation.required"));
            } else if (form.overall() < 1 || form.overall() > 5) {
                problems.add(new FieldViolation("overall", "servicedesk.visit.scoreRange"));
            }
            for (var e : form.ratings().entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                if (!reference.isValidItem(ReferenceData.SERVICE_ITEM, e.getKey())) {
                    problems.add(new FieldViolation("ratings[" + e.getKey() + "]", "servicedesk.visit.unknownItem"));
                } else if (e.getValue() < 1 || e.getValue() > 5) {
                    problems.add(new FieldViolation("ratings[" + e.getKey() + "]", "servicedesk.visit.scoreRange"));
                } else {
                    scores.put(e.getKey(), e.getValue());
                }
            }
            if (form.outcome() == VisitOutcome.DISSATISFIED && v.getMatterId() == null) {
                category = MatterManagement.blankToNull(form.categoryCode());
                if (category == null) {
                    category = "service-attitude";
                } else if (!reference.isValidItem(ReferenceData.REQUEST_CATEGORY, category)) {
                    problems.add(new FieldViolation("categoryCode", "servicedesk.intake.unknownCategory"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var now = clock.instant();
        var by = PersistenceConfiguration.currentActor();
        if (reached && v.getQuestionnaireVersionId() != null) {
            var sheet = form.answers() == null ? new kehu.survey.AnswerSheet(null, null) : form.answers();
            v.answered(questionnaires.record(v.getQuestionnaireVersionId(), sheet,
                    new kehu.survey.AnswerOrigin("servicedesk", "return-visit-" + v.getId(), v.getCustomerId())));
        }
        attempts.save(new VisitAttempt(v.getId(), now, by, form.outcome(), note));
        var status = v.attempt(form.outcome(), note, reached ? form.overall() : null, Math.max(settings.visitAttempts(), 1),
                today().plusDays(1), now, by);
        scores.forEach((item, score) -> ratings.save(new VisitRating(v.getId(), item, score, now)));
        String effect = "none";
        if (reached && v.getMatterId() != null && v.getMatterRound() != null && v.getLevel() == 1) {
            effect = matterManagement.afterReturnVisit(v.getMatterId(), v.getMatterRound(),
                    form.outcome() == VisitOutcome.SATISFIED, note);
        } else if (form.outcome() == VisitOutcome.DISSATISFIED && v.getMatterId() == null) {
            var ref = matterManagement.registerFromVisit(new IntakeForm(MatterType.COMPLAINT, "return-visit", category,
                    Priority.NORMAL, Severity.ROUTINE, cut("回访不满意：" + v.getSubject(), 100),
                    note, v.getCustomerId(), null, null, v.getAreaCode(), false, null, null));
            v.openedComplaint(ref.id());
            effect = "complaint=" + ref.number();
        } else if (form.outcome() == VisitOutcome.DISSATISFIED && v.getLevel() > 1 && v.getMatterId() != null) {
            effect = matterManagement.afterReturnVisit(v.getMatterId(), v.getMatterRound(), false, note);
        }
        try {
            visits.saveAndFlush(v);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new DomainException("servicedesk.visit.changedMeanwhile");
        }
        journal.audit("returnVisit." + form.outcome().name().toLowerCase(java.util.Locale.ROOT), "returnVisit", v.getId(),
                "status=DUE, attempts=" + (v.getAttempts() - 1), "status=" + status + ", attempts=" + v.getAttempts()
                        + ", overall=" + v.getOverall() + ", ratings=" + scores + ", effect=" + effect, now);
        journal.timeline(v.getCustomerId(), now, "return-visit", "回访 · " + v.getSubject(),
                outcomeLabel(form.outcome()) + (note == null ? "" : "：" + note), "visit-" + v.getId() + "-" + v.getAttempts());
        if (status != VisitStatus.DUE) {
            journal.publish(new ReturnVisitDone(v.getId(), v.getKind(), v.getLevel(), status, v.getOutcome(),
                    v.getCustomerId(), v.getMatterId(), now));
        }
        return status;
    }

    // --- business moments from outside -----------------------------------------------------------

    /** What reporting a business moment did: the recorded event, the visits planned, whether it was a repeat. */
    public record ServiceEventRef(long id, int visitsPlanned, boolean repeated) {
    }

    /**
     * A sale, delivery or installation reported from outside (SVC-5): recorded once per kind and reference
     * (a repeat changes nothing) and planned as the rules say (7DC on day 7, day 10 for a second-tier outlet).
     */
    @PreAuthorize("hasAnyAuthority('service.intake','service.dispatch')")
    public ServiceEventRef report(ServiceEventForm form) {
        var problems = new ArrayList<FieldViolation>();
        if (form.kind() == null) {
            problems.add(new FieldViolation("kind", "validation.required"));
        }
        var reference = MatterManagement.text(form.reference(), "reference", 64, true, problems);
        var subject = MatterManagement.text(form.subject(), "subject", 200, false, problems);
        if (form.occurredAt() == null) {
            problems.add(new FieldViolation("occurredAt", "validation.required"));
        } else if (form.occurredAt().isAfter(clock.instant().plusSeconds(3600))) {
            problems.add(new FieldViolation("occurredAt", "servicedesk.event.inFuture"));
        }
        kehu.customer.CustomerSummary customer = null;
        if (form.customerId() == null) {
            problems.add(new FieldViolation("customerId", "validation.required"));
        } else {
            customer = customers.summaryOf(form.customerId()).orElse(null);
            if (customer == null) {
                problems.add(new FieldViolation("customerId", "servicedesk.intake.unknownCustomer"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var earlier = serviceEvents.findByKindAndReference(form.kind(), reference);
        if (earlier.isPresent()) {
            return new ServiceEventRef(earlier.get().getId(), 0, true);
        }
        var now = clock.instant();
        var what = subject != null ? subject : kindLabel(form.kind()) + " " + reference;
        var event = serviceEvents.saveAndFlush(new ServiceEvent(form.kind(), reference, customer.id(), form.occurredAt(),
                form.isSecondTier(), cut(customer.name() + " · " + what, 200)));
        long unitId = directory.unitByCode(settings.visitUnitCode()).map(u -> u.id())
                .orElse(customer.ownerUnitId() != null ? customer.ownerUnitId() : me().unitId());
        journal.audit("serviceEvent.reported", "serviceEvent", event.getId(), null, "kind=" + form.kind() + ", reference="
                + reference + ", customer=" + customer.id() + ", secondTier=" + form.isSecondTier(), now);
        int planned = planner.plan(event, unitId, customer.name(), customer.vip(), customer.areaCode(), now);
        return new ServiceEventRef(event.getId(), planned, false);
    }

    // --- sampling ---------------------------------------------------------------------------------

    /**
     * Draws a sample of a period's completed visits to be visited again (SVC-5): level 2, the supervisor's
     * month ({@code 2026-11}; {@code service.dispatch}); level 3, the general manager's office's quarter
     * ({@code 2026-Q4}; {@code report.view}) from major repairs and VIP customers. {@code size} defaults to the
     * configured share (level 2) or every candidate (level 3). The draw is seeded by level and period, so the
     * same request draws the same visits, and a visit is sampled at a level only once. The new visits go to
     * the caller's unit. Returns how many were created.
     */
    @PreAuthorize("hasAnyAuthority('service.dispatch','report.view')")
    public int sample(int level, String period, Integer size) {
        var me = me();
        Instant from;
        Instant to;
        var p = period == null ? "" : period.strip();
        if (level == 2) {
            if (!me.has(Permissions.SERVICE_DISPATCH)) {
                throw new AccessDeniedException("level 2 is the supervisor's");
            }
            var m = MONTH.matcher(p);
            if (!m.matches()) {
                throw DomainException.invalid("period", "servicedesk.sample.badMonth");
            }
            var month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            from = month.atDay(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
            to = month.plusMonths(1).atDay(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
        } else if (level == 3) {
            if (!me.has(Permissions.REPORT_VIEW)) {
                throw new AccessDeniedException("level 3 is the general manager's office's");
            }
            var m = QUARTER.matcher(p);
            if (!m.matches()) {
                throw DomainException.invalid("period", "servicedesk.sample.badQuarter");
            }
            var first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            from = first.atDay(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
            to = first.plusMonths(3).atDay(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
        } else {
            throw DomainException.invalid("level", "servicedesk.sample.badLevel");
        }
        if (size != null && (size < 1 || size > 10_000)) {
            throw DomainException.invalid("size", "servicedesk.sample.badSize");
        }
        var myScopes = visitScopes(me);
        var candidates = new ArrayList<ReturnVisit>();
        for (var v : visits.findByLevelAndStatusAndDoneAtGreaterThanEqualAndDoneAtLessThanOrderByIdAsc(1, VisitStatus.DONE,
                from, to)) {
            if (!VisitVisibility.reaches(v, me.staffId(), myScopes, null)) {
                continue;
            }
            if (level == 3 && !(v.isVip() || v.isMajor() && v.getKind() == VisitKind.REPAIR_3DC)) {
                continue;
            }
            if (!visits.existsBySourceKey(sampleKey(level, v))) {
                candidates.add(v);
            }
        }
        int n = size != null ? size
                : level == 2 ? (int) Math.ceil(candidates.size() * settings.sampleLevel2Percent() / 100.0) : candidates.size();
        n = Math.min(n, candidates.size());
        Collections.shuffle(candidates, new Random(("sample-" + level + "-" + p).hashCode()));
        var today = today();
        var now = clock.instant();
        for (var earlier : candidates.subList(0, n)) {
            var visit = new ReturnVisit(sampleKey(level, earlier), VisitKind.SAMPLE, level,
                    cut("抽查回访 · " + earlier.getSubject(), 200), me.unitId(), null, today,
                    today.plusDays(level == 2 ? 7 : 14)).sampling(earlier);
            planner.save(visit, now);
        }
        journal.audit("returnVisit.sampled", "returnVisit", null, null, "level=" + level + ", period=" + p
                + ", candidates=" + candidates.size() + ", drawn=" + n, now);
        return n;
    }

    // --- rules -------------------------------------------------------------------------------------

    /** A visit rule as the rules page shows it. */
    public record VisitRuleView(long id, String code, String name, String trigger, MatterType matterType, VisitKind kind,
                                int minDays, int maxDays, Integer secondTierDays, Long questionnaireTemplateId,
                                kehu.customer.AbcClass abcClass, boolean active, long version) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('service.dispatch')")
    public List<VisitRuleView> rules() {
        return rules.findAllByOrderByIdAsc().stream().map(r -> new VisitRuleView(r.getId(), r.getCode(), r.getName(),
                r.getTriggerKind().name(), r.getMatterType(), r.getVisitKind(), r.getMinDays(), r.getMaxDays(),
                r.getSecondTierDays(), r.getQuestionnaireTemplateId(), r.getAbcClass(), r.isActive(), r.getVersion())).toList();
    }

    /** The questionnaires a rule may use (published survey templates). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('service.dispatch')")
    public List<kehu.survey.Questionnaires.Choice> questionnaireChoices() {
        return questionnaires.published();
    }

    /** Changes when a rule's visits are due, its questionnaire, or switches it off. */
    @PreAuthorize("hasAuthority('service.dispatch')")
    public void changeRule(long id, String name, Integer minDays, Integer maxDays, Integer secondTierDays,
                           Long questionnaireTemplateId, boolean active) {
        var r = rules.findById(id).orElseThrow(() -> new NotFoundException("visitRule", id));
        var problems = new ArrayList<FieldViolation>();
        var n = MatterManagement.text(name, "name", 100, true, problems);
        if (minDays == null) {
            problems.add(new FieldViolation("minDays", "validation.required"));
        } else if (minDays < 0 || minDays > 366) {
            problems.add(new FieldViolation("minDays", "servicedesk.visitRule.daysRange"));
        }
        if (maxDays == null) {
            problems.add(new FieldViolation("maxDays", "validation.required"));
        } else if (maxDays < 0 || maxDays > 366 || minDays != null && maxDays < minDays) {
            problems.add(new FieldViolation("maxDays", "servicedesk.visitRule.daysRange"));
        }
        if (secondTierDays != null && (secondTierDays < 0 || secondTierDays > 366)) {
            problems.add(new FieldViolation("secondTierDays", "servicedesk.visitRule.daysRange"));
        }
        if (questionnaireTemplateId != null && questionnaires.currentVersion(questionnaireTemplateId).isEmpty()) {
            problems.add(new FieldViolation("questionnaireTemplateId", "servicedesk.visitRule.unknownQuestionnaire"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var before = "name=" + r.getName() + ", days=" + r.getMinDays() + ".." + r.getMaxDays() + ", tier2="
                + r.getSecondTierDays() + ", questionnaire=" + r.getQuestionnaireTemplateId() + ", active=" + r.isActive();
        r.change(n, minDays, maxDays, secondTierDays, questionnaireTemplateId, active);
        journal.audit("visitRule.change", "visitRule", id, before, "name=" + n + ", days=" + minDays + ".." + maxDays
                + ", tier2=" + secondTierDays + ", questionnaire=" + questionnaireTemplateId + ", active=" + active,
                clock.instant());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static String sampleKey(int level, ReturnVisit earlier) {
        return "sample-" + level + "-" + earlier.getId();
    }

    private List<ReturnVisitRow> rows(List<ReturnVisit> list, LocalDate today) {
        var matterIds = list.stream().map(ReturnVisit::getMatterId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> numbers = new HashMap<>();
        matters.findAllById(matterIds).forEach(m -> numbers.put(m.getId(), m.getNumber()));
        Map<Long, String> unitNames = new HashMap<>();
        Map<Long, String> staffNames = new HashMap<>();
        return list.stream().map(v -> new ReturnVisitRow(v.getId(), v.getKind(), v.getLevel(), v.getSubject(),
                v.getCustomerId(), v.getCustomerName(), v.getMatterId(),
                v.getMatterId() == null ? null : numbers.get(v.getMatterId()),
                unitNames.computeIfAbsent(v.getUnitId(), u -> directory.unit(u).map(x -> x.name()).orElse(null)),
                v.getStaffId() == null ? null : staffNames.computeIfAbsent(v.getStaffId(),
                        s -> directory.staff(s).map(x -> x.fullName()).orElse(null)),
                v.getDueFrom(), v.getDueBy(), v.getNextAttemptOn(), v.getStatus(), v.getAttempts(), v.getOutcome(),
                v.getOverall(), v.getDoneAt(), v.isOverdue(today))).toList();
    }

    private ReturnVisit visible(long id, KehuUser me) {
        var v = visits.findById(id).orElseThrow(() -> new NotFoundException("returnVisit", id));
        var owner = v.getMatterId() == null ? null : matters.findById(v.getMatterId()).map(Matter::getOwnerStaffId).orElse(null);
        if (!VisitVisibility.reaches(v, me.staffId(), visitScopes(me), owner)) {
            throw new NotFoundException("returnVisit", id);
        }
        return v;
    }

    /** Service staff make any visit they see; a report viewer only those of their own unit or assigned to them. */
    private boolean mayRecord(ReturnVisit v, KehuUser me) {
        if (v.getStaffId() != null) {
            return v.getStaffId() == me.staffId() || me.has(Permissions.SERVICE_DISPATCH);
        }
        return me.has(Permissions.SERVICE_INTAKE) || me.has(Permissions.SERVICE_DISPATCH) || v.getUnitId() == me.unitId();
    }

    private List<DataScope> visitScopes(KehuUser me) {
        var list = new ArrayList<DataScope>();
        for (var p : List.of(Permissions.SERVICE_INTAKE, Permissions.SERVICE_DISPATCH, Permissions.REPORT_VIEW)) {
            if (me.has(p)) {
                list.add(scopes.of(me.staffId(), p));
            }
        }
        return list;
    }

    private static KehuUser me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KehuUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        return user;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String outcomeLabel(VisitOutcome o) {
        return switch (o) {
            case SATISFIED -> "满意";
            case DISSATISFIED -> "不满意";
            case UNREACHABLE -> "未联系上";
        };
    }

    private static String kindLabel(ServiceEventKind k) {
        return switch (k) {
            case SALE -> "销售";
            case DELIVERY -> "交付";
            case INSTALLATION -> "安装";
        };
    }
}
