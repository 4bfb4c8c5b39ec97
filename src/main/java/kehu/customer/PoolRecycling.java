package kehu.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import kehu.customer.internal.CustomerJournal;
import kehu.customer.internal.Customers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Returns customers nobody follows up to the public pool (公海, CUS-5). A customer owned by a manager whose
 * last follow-up (or assignment, if later) is older than the days set for its ABC class is first warned —
 * the manager sees it on the timeline and a {@link CustomerPoolReturnWarned} event goes out — and returns to
 * the pool once that time has passed and the warning is at least {@code warnDaysBefore} days old. A
 * follow-up or a new owner clears the warning.
 *
 * <p>{@link #processDue()} handles each customer in its own transaction and re-checks it there, so the
 * cluster-safe job (one run at a time across nodes) warns and returns each customer once.
 */
@Service
public class PoolRecycling {

    private static final Logger log = LoggerFactory.getLogger(PoolRecycling.class);
    static final String TASK = "customer.pool-recycling";
    private static final int BATCH = 500;

    private final Customers customers;
    private final CustomerAssignment assignment;
    private final CustomerJournal journal;
    private final CustomerSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    PoolRecycling(Customers customers, CustomerAssignment assignment, CustomerJournal journal, CustomerSettings settings,
                  ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.customers = customers;
        this.assignment = assignment;
        this.journal = journal;
        this.settings = settings;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** What one run did. */
    public record Result(int warned, int returned) {
    }

    public Result processDue() {
        var recycle = settings.pool().recycle();
        if (!recycle.enabled()) {
            return new Result(0, 0);
        }
        var now = clock.instant();
        var warnLead = Duration.ofDays(recycle.warnDaysBefore());
        int warned = 0;
        for (var abc : classes()) {
            var days = Duration.ofDays(recycle.daysFor(abc));
            var cutoff = now.minus(days).plus(warnLead);
            List<Long> due;
            do {
                due = abc == null ? customers.dueForPoolWarningUnclassified(cutoff, Limit.of(BATCH))
                        : customers.dueForPoolWarning(abc, cutoff, Limit.of(BATCH));
                for (var id : due) {
                    if (Boolean.TRUE.equals(tx.execute(s -> warn(id, now)))) {
                        warned++;
                    }
                }
            } while (due.size() == BATCH);
        }
        int returned = 0;
        long lastId = 0;
        for (var id : customers.warnedForPoolReturn(now.minus(warnLead), Limit.of(Integer.MAX_VALUE))) {
            if (Boolean.TRUE.equals(tx.execute(s -> giveBack(id, now)))) {
                returned++;
            }
            lastId = id;
        }
        if (warned + returned > 0) {
            log.info("Public pool: warned {} managers' customers, returned {} customers (last id {})", warned, returned, lastId);
        }
        return new Result(warned, returned);
    }

    private Boolean warn(long id, Instant now) {
        var c = customers.findById(id).orElse(null);
        if (c == null || c.getOwnerStaffId() == null) {
            return false;
        }
        var recycle = settings.pool().recycle();
        var returnsAt = c.lastAttendedAt().plus(Duration.ofDays(recycle.daysFor(c.classification().abcClass())));
        var earliest = now.plus(Duration.ofDays(recycle.warnDaysBefore()));
        if (returnsAt.isBefore(earliest)) {
            returnsAt = earliest; // a customer found late still gets the full warning period
        }
        if (now.isBefore(returnsAt.minus(Duration.ofDays(recycle.warnDaysBefore()))) || !c.warnOfPoolReturn(now)) {
            return false;
        }
        var owner = c.getOwnerStaffId();
        var days = recycle.daysFor(c.classification().abcClass());
        var date = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.withZone(kehu.shared.ClockConfiguration.ZONE).format(returnsAt);
        journal.timeline(id, now, "poolWarning", null, "超过 " + days + " 天未跟进，将于 " + date + " 退回公海");
        journal.audit("customer.poolWarning", id, "owner=" + owner, "returnsAt=" + returnsAt);
        events.publishEvent(new CustomerPoolReturnWarned(id, owner, returnsAt, now));
        journal.changed(id, now);
        return true;
    }

    private Boolean giveBack(long id, Instant now) {
        var c = customers.findById(id).orElse(null);
        var recycle = settings.pool().recycle();
        if (c == null || c.getOwnerStaffId() == null || c.getPoolWarnedAt() == null
                || c.getPoolWarnedAt().plus(Duration.ofDays(recycle.warnDaysBefore())).isAfter(now)) {
            return false;
        }
        var days = recycle.daysFor(c.classification().abcClass());
        if (c.lastAttendedAt() != null && c.lastAttendedAt().plus(Duration.ofDays(days)).isAfter(now)) {
            return false; // its class changed to a longer period meanwhile
        }
        assignment.returnToPoolBySystem(id, "超过 " + days + " 天未跟进，自动退回公海");
        return true;
    }

    private static List<AbcClass> classes() {
        var all = new ArrayList<AbcClass>(List.of(AbcClass.values()));
        all.add(null);
        return all;
    }

    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        RecurringTask<Void> customerPoolRecycling(PoolRecycling recycling, CustomerSettings settings) {
            return Tasks.recurring(TASK, Schedules.fixedDelay(Duration.ofHours(Math.max(1, settings.pool().recycle().checkEveryHours()))))
                    .execute((instance, context) -> recycling.processDue());
        }
    }
}
