package kehu.servicedesk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import kehu.customer.CustomerManagement;
import kehu.customer.CustomerQuery;
import kehu.customer.CustomerSearch;
import kehu.customer.CustomerStatus;
import kehu.organization.DataScope;
import kehu.organization.DataScopeKind;
import kehu.servicedesk.VisitKind;
import kehu.shared.ClockConfiguration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Periodic return visits (SVC-5): for each active MONTHLY or YEARLY rule, one visit per customer of the rule's class
 * (or every customer) who has a manager and is potential, active or dormant, due within the current month or year,
 * made by the customer's manager in their unit (客户经理制: 定期走访). A visit's source key names rule, period and
 * customer ({@code periodic-<rule>-<2026-12>-<customer>}), so running again — the job looks every few hours, a
 * node may die midway — plans nothing twice. Customers come from the search index in id order, a chunk per
 * transaction.
 */
@Component
public class PeriodicVisits {

    static final int CHUNK = 500;
    private static final DataScope EVERYONE = new DataScope(DataScopeKind.ALL, 0, Set.of(), Set.of());
    private static final List<CustomerStatus> VISITED = List.of(CustomerStatus.POTENTIAL, CustomerStatus.ACTIVE,
            CustomerStatus.DORMANT);

    private final VisitRules rules;
    private final ReturnVisits visits;
    private final ReturnVisitPlanner planner;
    private final CustomerSearch search;
    private final CustomerManagement customers;
    private final TransactionTemplate tx;
    private final Clock clock;

    PeriodicVisits(VisitRules rules, ReturnVisits visits, ReturnVisitPlanner planner, CustomerSearch search,
                   CustomerManagement customers, PlatformTransactionManager transactions, Clock clock) {
        this.rules = rules;
        this.visits = visits;
        this.planner = planner;
        this.search = search;
        this.customers = customers;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Plans the visits of the current period of every periodic rule; returns how many it planned. */
    public int plan() {
        var today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        int planned = 0;
        for (var trigger : List.of(VisitRule.Trigger.MONTHLY, VisitRule.Trigger.YEARLY)) {
            for (var rule : rules.findByActiveTrueAndTriggerKindOrderByIdAsc(trigger)) {
                planned += plan(rule, today);
            }
        }
        return planned;
    }

    private int plan(VisitRule rule, LocalDate today) {
        boolean monthly = rule.getTriggerKind() == VisitRule.Trigger.MONTHLY;
        var from = monthly ? today.withDayOfMonth(1) : today.withDayOfYear(1);
        var by = monthly ? today.with(TemporalAdjusters.lastDayOfMonth()) : today.with(TemporalAdjusters.lastDayOfYear());
        var period = monthly ? from.toString().substring(0, 7) : String.valueOf(from.getYear());
        int planned = 0;
        for (var status : VISITED) {
            var query = new CustomerQuery(null, status, null, rule.getAbcClass(), null, null, null, null, null, null, null,
                    false, null);
            long after = 0;
            while (true) {
                var ids = search.idsAfter(query, EVERYONE, after, CHUNK);
                if (ids.isEmpty()) {
                    break;
                }
                Integer made = tx.execute(s -> {
                    int n = 0;
                    var now = clock.instant();
                    for (var id : ids) {
                        var key = "periodic-" + rule.getId() + "-" + period + "-" + id;
                        if (visits.existsBySourceKey(key)) {
                            continue;
                        }
                        var c = customers.summaryOf(id).orElse(null);
                        if (c == null || c.ownerUnitId() == null || !VISITED.contains(c.status())) {
                            continue;
                        }
                        var subject = rule.getName() + " " + period + " " + c.name();
                        var visit = new ReturnVisit(key, VisitKind.PERIODIC, 1, subject.length() > 200 ? subject.substring(0, 200) : subject,
                                c.ownerUnitId(), c.ownerStaffId(), from, by)
                                .withCustomer(c.id(), c.name(), c.vip(), c.areaCode())
                                .following(rule.getId(), planner.questionnaireOf(rule).orElse(null));
                        planner.save(visit, now);
                        n++;
                    }
                    return n;
                });
                planned += made;
                if (ids.size() < CHUNK) {
                    break;
                }
                after = ids.get(ids.size() - 1);
            }
        }
        return planned;
    }
}
