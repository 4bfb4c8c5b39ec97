package kehu.servicedesk;

import java.time.Clock;
import java.time.Duration;

import kehu.servicedesk.internal.Alerting;
import kehu.servicedesk.internal.Matters;
import kehu.servicedesk.internal.TimeLimitPolicy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time-limit sweep (SVC-3), run by the recurring job {@code servicedesk.time-limits}: fires the
 * warnings and escalations that have fallen due. It reads only the matters whose next alert is due (an
 * indexed column) and handles each in a transaction of its own that checks the matter's state again, so:
 * a sweep that dies midway loses nothing (the rest is due next time), and two sweeps running at once fire
 * nothing twice (the second one's write conflicts on the matter's version or on the alert's unique key, and
 * is rolled back with its events).
 */
@Service
public class TimeLimitSweep {

    private static final Logger log = LoggerFactory.getLogger(TimeLimitSweep.class);

    private final Matters matters;
    private final Alerting alerting;
    private final TimeLimitPolicy timeLimits;
    private final ServiceDeskSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    TimeLimitSweep(Matters matters, Alerting alerting, TimeLimitPolicy timeLimits, ServiceDeskSettings settings,
                   PlatformTransactionManager transactions, Clock clock) {
        this.matters = matters;
        this.alerting = alerting;
        this.timeLimits = timeLimits;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Fires what is due now; answers how many warnings and escalations fired. */
    public int sweep() {
        var now = clock.instant();
        var started = System.nanoTime();
        int fired = 0;
        for (var id : matters.idsWithAlertDue(now, PageRequest.of(0, settings.sweepBatch()))) {
            try {
                Integer n = tx.execute(s -> {
                    var m = matters.findById(id).orElse(null);
                    if (m == null || m.getNextAlertAt() == null || m.getNextAlertAt().isAfter(now)) {
                        return 0;
                    }
                    var due = m.dueAlerts(now, timeLimits::escalationDue);
                    for (var alert : due) {
                        alerting.fire(m, alert, now);
                    }
                    m.scheduleNextAlert(timeLimits::escalationDue);
                    matters.saveAndFlush(m);
                    return due.size();
                });
                fired += n == null ? 0 : n;
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException firedElsewhere) {
                log.debug("Matter {} was handled by another sweep or changed meanwhile", id);
            } catch (RuntimeException e) {
                log.warn("Time-limit sweep failed on matter {}: {}", id, e.toString());
            }
        }
        if (fired > 0) {
            log.info("Time-limit sweep fired {} alerts in {} ms", fired, Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return fired;
    }
}
