package kehu.servicedesk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import kehu.organization.DataScope;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.platform.ReferenceData;
import kehu.servicedesk.internal.Matter;
import kehu.shared.AuditableAction;
import kehu.shared.ClockConfiguration;
import kehu.shared.PersistenceConfiguration;
import kehu.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service rates (SVC-6) and service reports (SVC-9), computed from the records in the caller's scope
 * ({@code report.view} or {@code service.dispatch}: the matters their units own or handle, the visits of
 * those units; all for an "all" scope). Each rate is a count over a count, and {@link #trace} lists the
 * records behind it, so every figure can be checked.
 *
 * <ul>
 *   <li>satisfaction: return visits reached in the period that were satisfied / all reached;</li>
 *   <li>callback: visits done / visits due in the period (not cancelled);</li>
 *   <li>repair completion: work orders issued in the period that returned a receipt / all issued (not cancelled);</li>
 *   <li>first-contact resolution: matters received in the period answered and resolved at intake / all received;</li>
 *   <li>on time: matters resolved in the period no later than their resolution limit / all resolved.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyAuthority('report.view','service.dispatch')")
public class ServiceReports {

    /** The rates a supervisor watches (SVC-6). */
    public enum RateKind { SATISFACTION, CALLBACK, REPAIR_COMPLETION, FIRST_CONTACT, ON_TIME }

    /** A rate as numerator over denominator; {@link #percent()} is null when nothing was counted. */
    public record Rate(RateKind kind, long numerator, long denominator) {
        public Double percent() {
            return denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0;
        }
    }

    public record ItemRating(String code, String label, long ratings, double average, long satisfied) {
        public double satisfiedPercent() {
            return ratings == 0 ? 0 : Math.round(satisfied * 1000.0 / ratings) / 10.0;
        }
    }

    public record RatesReport(LocalDate from, LocalDate to, List<Rate> rates, List<ItemRating> items, int satisfactionTarget,
                              List<String> months, Map<RateKind, List<Double>> trend) {
        public Rate rate(RateKind kind) {
            return rates.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
        }
    }

    /** A matter as a report line. */
    public record MatterLine(long id, String number, MatterType type, String channel, String category, String subject,
                             String customer, MatterStatus status, String handlingUnit, Instant receivedAt,
                             Instant resolvedAt, Instant resolveDueAt, Boolean substantiated, boolean overdue) {
    }

    public record DutyReport(LocalDate day, Map<MatterType, Long> byType, Map<String, Long> byChannel, long answeredAtOnce,
                             List<MatterLine> matters) {
    }

    public record VisitLine(VisitKind kind, long due, long done, long satisfied, long dissatisfied, long failed, long pending) {
        public Double callbackPercent() {
            return due == 0 ? null : Math.round(done * 1000.0 / due) / 10.0;
        }

        public Double satisfactionPercent() {
            return done == 0 ? null : Math.round(satisfied * 1000.0 / done) / 10.0;
        }
    }

    public record VisitReport(LocalDate from, LocalDate to, List<VisitLine> kinds) {
    }

    public record Count(String label, long count, long substantiated) {
    }

    public record ComplaintAnalysis(LocalDate from, LocalDate to, long resolved, long substantiated, List<Count> byCause,
                                    List<Count> byDepartment, List<Count> byCategory) {
        public Double substantiatedPercent() {
            return resolved == 0 ? null : Math.round(substantiated * 1000.0 / resolved) / 10.0;
        }
    }

    public record Unfinished(LocalDate asOf, List<MatterLine> matters, List<ReturnVisitRow> visits) {
    }

    /** One record behind a rate: counted in the denominator, and in the numerator when {@code counted}. */
    public record TraceLine(String kind, long id, String label, Instant at, boolean counted) {
    }

    static final int MAX_LINES = 1000;

    private final EntityManager em;
    private final ReturnVisitManagement visits;
    private final DataScopes scopes;
    private final OrganizationDirectory directory;
    private final ReferenceData reference;
    private final kehu.servicedesk.internal.RequestCategories categories;
    private final ServiceDeskSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceReports(EntityManager em, ReturnVisitManagement visits, DataScopes scopes, OrganizationDirectory directory,
                   ReferenceData reference, kehu.servicedesk.internal.RequestCategories categories,
                   ServiceDeskSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.em = em;
        this.visits = visits;
        this.scopes = scopes;
        this.directory = directory;
        this.reference = reference;
        this.categories = categories;
        this.settings = settings;
    }

    // --- SVC-6 rates ------------------------------------------------------------------------------

    /** The five rates over a period, the ratings per service item, and a six-month trend ending with {@code to}. */
    public RatesReport rates(LocalDate from, LocalDate to) {
        check(from, to);
        var scope = scope();
        var rates = List.of(satisfaction(scope, from, to), callback(scope, from, to), repairCompletion(scope, from, to),
                firstContact(scope, from, to), onTime(scope, from, to));
        var items = new ArrayList<ItemRating>();
        var q = em.createQuery("select r.itemCode, count(r), avg(r.score), sum(case when r.score >= 4 then 1 else 0 end) "
                + "from VisitRating r, ReturnVisit v where v.id = r.visitId and r.ratedAt >= :from and r.ratedAt < :to and "
                + visitScope("v") + " group by r.itemCode", Object[].class);
        bind(q, scope, from, to);
        var found = new LinkedHashMap<String, Object[]>();
        q.getResultList().forEach(row -> found.put((String) row[0], row));
        for (var item : reference.items(ReferenceData.SERVICE_ITEM)) {
            var row = found.remove(item.code());
            items.add(row == null ? new ItemRating(item.code(), item.label(), 0, 0, 0)
                    : new ItemRating(item.code(), item.label(), (Long) row[1], Math.round(((Number) row[2]).doubleValue() * 10) / 10.0,
                    ((Number) row[3]).longValue()));
        }
        var months = new ArrayList<String>();
        var trend = new LinkedHashMap<RateKind, List<Double>>();
        for (var k : RateKind.values()) {
            trend.put(k, new ArrayList<>());
        }
        var last = YearMonth.from(to);
        for (int i = 5; i >= 0; i--) {
            var m = last.minusMonths(i);
            months.add(m.toString());
            var a = m.atDay(1);
            var b = m.atEndOfMonth();
            trend.get(RateKind.SATISFACTION).add(satisfaction(scope, a, b).percent());
            trend.get(RateKind.CALLBACK).add(callback(scope, a, b).percent());
            trend.get(RateKind.REPAIR_COMPLETION).add(repairCompletion(scope, a, b).percent());
            trend.get(RateKind.FIRST_CONTACT).add(firstContact(scope, a, b).percent());
            trend.get(RateKind.ON_TIME).add(onTime(scope, a, b).percent());
        }
        return new RatesReport(from, to, rates, items, settings.satisfactionTarget(), months, trend);
    }

    /** The records a rate counted, numerator ones marked (at most {@value #MAX_LINES}, newest first). */
    public List<TraceLine> trace(RateKind kind, LocalDate from, LocalDate to) {
        check(from, to);
        var scope = scope();
        String jpql;
        switch (kind) {
            case SATISFACTION -> jpql = "select 'visit', v.id, v.subject, v.doneAt, case when v.outcome = kehu.servicedesk.VisitOutcome.SATISFIED then true else false end "
                    + "from ReturnVisit v where v.status = kehu.servicedesk.VisitStatus.DONE and v.doneAt >= :from and v.doneAt < :to and "
                    + visitScope("v") + " order by v.doneAt desc";
            case CALLBACK -> jpql = "select 'visit', v.id, v.subject, v.doneAt, case when v.status = kehu.servicedesk.VisitStatus.DONE then true else false end "
                    + "from ReturnVisit v where v.status <> kehu.servicedesk.VisitStatus.CANCELLED and v.dueBy >= :fromDay and v.dueBy <= :toDay and "
                    + visitScope("v") + " order by v.dueBy desc";
            case REPAIR_COMPLETION -> jpql = "select 'workOrder', w.id, w.number, w.issuedAt, case when w.status = kehu.servicedesk.WorkOrderStatus.COMPLETED then true else false end "
                    + "from WorkOrder w, Matter m where m.id = w.matterId and w.status <> kehu.servicedesk.WorkOrderStatus.CANCELLED "
                    + "and w.issuedAt >= :from and w.issuedAt < :to and " + matterScope("m") + " order by w.issuedAt desc";
            case FIRST_CONTACT -> jpql = "select 'matter', m.id, m.number, m.receivedAt, case when exists (select r.id from Resolution r where r.matterId = m.id "
                    + "and r.round = 1 and r.resolvedAt = m.receivedAt) then true else false end from Matter m "
                    + "where m.receivedAt >= :from and m.receivedAt < :to and " + matterScope("m") + " order by m.receivedAt desc";
            case ON_TIME -> jpql = "select 'matter', m.id, m.number, m.resolvedAt, case when m.resolveDueAt is null or m.resolvedAt <= m.resolveDueAt then true else false end "
                    + "from Matter m where m.resolvedAt >= :from and m.resolvedAt < :to and " + matterScope("m") + " order by m.resolvedAt desc";
            default -> throw new IllegalArgumentException(kind.name());
        }
        var q = em.createQuery(jpql, Object[].class).setMaxResults(MAX_LINES);
        bind(q, scope, from, to);
        return q.getResultList().stream().map(r -> new TraceLine((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                (Instant) r[3], Boolean.TRUE.equals(r[4]))).toList();
    }

    // --- SVC-9 reports ----------------------------------------------------------------------------

    /** 值班日报: the day's intakes by type and channel, and each of them. */
    public DutyReport duty(LocalDate day) {
        check(day, day);
        var lines = matters("m.receivedAt >= :from and m.receivedAt < :to", "m.receivedAt", day, day);
        var byType = new LinkedHashMap<MatterType, Long>();
        for (var t : MatterType.values()) {
            byType.put(t, lines.stream().filter(l -> l.type() == t).count());
        }
        var byChannel = new LinkedHashMap<String, Long>();
        for (var c : reference.items(ReferenceData.CHANNEL)) {
            byChannel.put(c.label(), lines.stream().filter(l -> c.label().equals(l.channel())).count());
        }
        long atOnce = lines.stream().filter(l -> l.resolvedAt() != null && l.resolvedAt().equals(l.receivedAt())).count();
        return new DutyReport(day, byType, byChannel, atOnce, lines);
    }

    /** 投诉日报: the complaints received on the day, with where they stand. */
    public List<MatterLine> complaintsOf(LocalDate day) {
        check(day, day);
        return matters("m.type = kehu.servicedesk.MatterType.COMPLAINT and m.receivedAt >= :from and m.receivedAt < :to",
                "m.receivedAt", day, day);
    }

    /** 回访日报/周报/月报: per kind of visit (7DC and 3DC apart), due, done, satisfied, dissatisfied, failed, pending. */
    public VisitReport visits(LocalDate from, LocalDate to) {
        check(from, to);
        var scope = scope();
        var q = em.createQuery("select v.kind, count(v), "
                + "sum(case when v.status = kehu.servicedesk.VisitStatus.DONE then 1 else 0 end), "
                + "sum(case when v.outcome = kehu.servicedesk.VisitOutcome.SATISFIED and v.status = kehu.servicedesk.VisitStatus.DONE then 1 else 0 end), "
                + "sum(case when v.outcome = kehu.servicedesk.VisitOutcome.DISSATISFIED then 1 else 0 end), "
                + "sum(case when v.status = kehu.servicedesk.VisitStatus.FAILED then 1 else 0 end), "
                + "sum(case when v.status = kehu.servicedesk.VisitStatus.DUE then 1 else 0 end) "
                + "from ReturnVisit v where v.status <> kehu.servicedesk.VisitStatus.CANCELLED and v.dueBy >= :fromDay and v.dueBy <= :toDay and "
                + visitScope("v") + " group by v.kind", Object[].class);
        bind(q, scope, from, to);
        var byKind = new LinkedHashMap<VisitKind, VisitLine>();
        for (var k : VisitKind.values()) {
            byKind.put(k, new VisitLine(k, 0, 0, 0, 0, 0, 0));
        }
        for (var r : q.getResultList()) {
            var k = (VisitKind) r[0];
            byKind.put(k, new VisitLine(k, n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return new VisitReport(from, to, List.copyOf(byKind.values()));
    }

    /**
     * 投诉分析: complaints resolved in the period by root cause, responsible department and category; substantiated rate.
     * One pass over the period's complaint resolutions (index on type and time), grouped by all three keys at once and
     * folded here; the matter is joined only to check a limited data scope.
     */
    public ComplaintAnalysis complaints(LocalDate from, LocalDate to) {
        check(from, to);
        var scope = scope();
        var q = em.createQuery("select r.causeCode, r.responsibleUnitId, r.categoryCode, count(r), "
                + "sum(case when r.substantiated = true then 1 else 0 end) "
                + (scope.all() ? "from Resolution r where " : "from Resolution r, Matter m where m.id = r.matterId and "
                + matterScope("m") + " and ") + "r.matterType = kehu.servicedesk.MatterType.COMPLAINT "
                + "and r.resolvedAt >= :from and r.resolvedAt < :to group by r.causeCode, r.responsibleUnitId, r.categoryCode",
                Object[].class);
        bind(q, scope, from, to);
        var rows = q.getResultList();
        long resolved = 0;
        long substantiated = 0;
        for (var r : rows) {
            resolved += n(r[3]);
            substantiated += n(r[4]);
        }
        var byCause = fold(rows, 0, code -> code == null ? "—"
                : reference.label(ReferenceData.CAUSE, code.toString()).orElse(code.toString()));
        var byDepartment = fold(rows, 1, id -> id == null ? "—"
                : directory.unit(((Number) id).longValue()).map(u -> u.name()).orElse(String.valueOf(id)));
        var byCategory = fold(rows, 2, code -> categories.label(code == null ? null : code.toString()));
        return new ComplaintAnalysis(from, to, resolved, substantiated, byCause, byDepartment, byCategory);
    }

    /** Sums the grouped rows (key columns, then count and substantiated) by one key; largest first, then by label. */
    private static List<Count> fold(List<Object[]> rows, int key, java.util.function.Function<Object, String> label) {
        var sums = new java.util.HashMap<Object, long[]>();
        for (var r : rows) {
            var sum = sums.computeIfAbsent(r[key], k -> new long[2]); // null: no cause / department, a key like any
            sum[0] += n(r[3]);
            sum[1] += n(r[4]);
        }
        return sums.entrySet().stream()
                .map(e -> new Count(label.apply(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label))
                .toList();
    }

    /** 未办结事项周清单: matters received by {@code asOf} not yet resolved, and visits overdue by then. */
    public Unfinished unfinished(LocalDate asOf) {
        check(asOf, asOf);
        var open = matters("m.status in (kehu.servicedesk.MatterStatus.REGISTERED, kehu.servicedesk.MatterStatus.IN_PROGRESS, "
                + "kehu.servicedesk.MatterStatus.WAITING_CUSTOMER) and m.receivedAt < :to", "m.receivedAt", asOf.minusYears(100), asOf);
        var overdue = new ArrayList<ReturnVisitRow>();
        var page = visits.list(new VisitFilter(VisitStatus.DUE, null, null, false, null),
                org.springframework.data.domain.PageRequest.of(0, 100, org.springframework.data.domain.Sort.by("dueBy")));
        page.getContent().stream().filter(v -> v.dueBy().isBefore(asOf)).forEach(overdue::add);
        return new Unfinished(asOf, open, overdue);
    }

    /** Records in the audit log that the caller exported a report (which, with what parameters, how many lines). */
    @Transactional
    public void exported(String report, String parameters, long lines) {
        events.publishEvent(AuditableAction.of("service.report.export", PersistenceConfiguration.currentActor(), "report",
                report, null, parameters + ", lines=" + lines, clock.instant()));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Rate satisfaction(Scope scope, LocalDate from, LocalDate to) {
        var q = em.createQuery("select sum(case when v.outcome = kehu.servicedesk.VisitOutcome.SATISFIED then 1 else 0 end), count(v) "
                + "from ReturnVisit v where v.status = kehu.servicedesk.VisitStatus.DONE and v.doneAt >= :from and v.doneAt < :to and "
                + visitScope("v"), Object[].class);
        return rate(RateKind.SATISFACTION, q, scope, from, to);
    }

    private Rate callback(Scope scope, LocalDate from, LocalDate to) {
        var q = em.createQuery("select sum(case when v.status = kehu.servicedesk.VisitStatus.DONE then 1 else 0 end), count(v) "
                + "from ReturnVisit v where v.status <> kehu.servicedesk.VisitStatus.CANCELLED and v.dueBy >= :fromDay and v.dueBy <= :toDay and "
                + visitScope("v"), Object[].class);
        return rate(RateKind.CALLBACK, q, scope, from, to);
    }

    private Rate repairCompletion(Scope scope, LocalDate from, LocalDate to) {
        var q = em.createQuery("select sum(case when w.status = kehu.servicedesk.WorkOrderStatus.COMPLETED then 1 else 0 end), count(w) "
                + "from WorkOrder w, Matter m where m.id = w.matterId and w.status <> kehu.servicedesk.WorkOrderStatus.CANCELLED "
                + "and w.issuedAt >= :from and w.issuedAt < :to and " + matterScope("m"), Object[].class);
        return rate(RateKind.REPAIR_COMPLETION, q, scope, from, to);
    }

    private Rate firstContact(Scope scope, LocalDate from, LocalDate to) {
        var q = em.createQuery("select sum(case when exists (select r.id from Resolution r where r.matterId = m.id and r.round = 1 "
                + "and r.resolvedAt = m.receivedAt) then 1 else 0 end), count(m) from Matter m "
                + "where m.receivedAt >= :from and m.receivedAt < :to and " + matterScope("m"), Object[].class);
        return rate(RateKind.FIRST_CONTACT, q, scope, from, to);
    }

    private Rate onTime(Scope scope, LocalDate from, LocalDate to) {
        var q = em.createQuery("select sum(case when m.resolveDueAt is null or m.resolvedAt <= m.resolveDueAt then 1 else 0 end), count(m) "
                + "from Matter m where m.resolvedAt >= :from and m.resolvedAt < :to and " + matterScope("m"), Object[].class);
        return rate(RateKind.ON_TIME, q, scope, from, to);
    }

    private Rate rate(RateKind kind, TypedQuery<Object[]> q, Scope scope, LocalDate from, LocalDate to) {
        bind(q, scope, from, to);
        var r = q.getSingleResult();
        return new Rate(kind, n(r[0]), n(r[1]));
    }

    private List<MatterLine> matters(String where, String order, LocalDate from, LocalDate to) {
        var scope = scope();
        var q = em.createQuery("select m from Matter m where " + where + " and " + matterScope("m") + " order by " + order
                + " desc", Matter.class).setMaxResults(MAX_LINES);
        bind(q, scope, from, to);
        var list = q.getResultList();
        var ids = list.stream().map(Matter::getId).toList();
        var substantiated = new java.util.HashMap<Long, Boolean>();
        if (!ids.isEmpty()) {
            em.createQuery("select r.matterId, r.substantiated, r.round from Resolution r where r.matterId in :ids order by r.round",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> substantiated.put((Long) r[0], (Boolean) r[1]));
        }
        var now = Instant.now();
        var units = new java.util.HashMap<Long, String>();
        return list.stream().map(m -> new MatterLine(m.getId(), m.getNumber(), m.getType(),
                reference.label(ReferenceData.CHANNEL, m.getChannel()).orElse(m.getChannel()), categories.label(m.getCategoryCode()),
                m.getSubject(), m.getCustomerName() != null ? m.getCustomerName() : m.getCallerName(), m.getStatus(),
                m.getHandlingUnitId() == null ? null : units.computeIfAbsent(m.getHandlingUnitId(),
                        u -> directory.unit(u).map(x -> x.name()).orElse(null)),
                m.getReceivedAt(), m.getResolvedAt(), m.getResolveDueAt(), substantiated.get(m.getId()),
                m.isOverdue(now))).toList();
    }

    private record Scope(boolean all, Set<Long> units, long staffId) {
    }

    private Scope scope() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KehuUser me)) {
            throw new AccessDeniedException("not signed in");
        }
        var units = new HashSet<Long>();
        boolean all = false;
        for (var p : List.of(Permissions.REPORT_VIEW, Permissions.SERVICE_DISPATCH)) {
            if (me.has(p)) {
                DataScope s = scopes.of(me.staffId(), p);
                all |= s.all();
                units.addAll(s.unitIds());
            }
        }
        units.add(-1L);
        return new Scope(all, Set.copyOf(units), me.staffId());
    }

    private static String matterScope(String m) {
        return "(:all = true or " + m + ".ownerUnitId in :units or " + m + ".handlingUnitId in :units or " + m
                + ".ownerStaffId = :staff)";
    }

    private static String visitScope(String v) {
        return "(:all = true or " + v + ".unitId in :units or " + v + ".staffId = :staff)";
    }

    private static void bind(TypedQuery<?> q, Scope scope, LocalDate from, LocalDate to) {
        var params = q.getParameters().stream().map(p -> p.getName()).collect(java.util.stream.Collectors.toSet());
        if (params.contains("all")) {
            q.setParameter("all", scope.all());
            q.setParameter("units", scope.units());
            q.setParameter("staff", scope.staffId());
        }
        if (params.contains("from")) {
            q.setParameter("from", from.atStartOfDay(ClockConfiguration.ZONE).toInstant());
        }
        if (params.contains("to")) {
            q.setParameter("to", to.plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant());
        }
        if (params.contains("fromDay")) {
            q.setParameter("fromDay", from);
        }
        if (params.contains("toDay")) {
            q.setParameter("toDay", to);
        }
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null) {
            throw DomainException.invalid("from", "validation.required");
        }
        if (to == null) {
            throw DomainException.invalid("to", "validation.required");
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("to", "servicedesk.report.badPeriod");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw DomainException.invalid("from", "servicedesk.report.periodTooLong");
        }
    }
}
