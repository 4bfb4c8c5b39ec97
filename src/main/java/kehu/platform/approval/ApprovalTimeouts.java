package kehu.platform.approval;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The logic of the scheduled job (see {@link ApprovalJobs}): sends due reminders and applies due
 * timeouts. Each approval is handled in its own transaction; the approval's state is checked again
 * inside it and its version is raised, so every reminder and timeout fires exactly once, even when a
 * decision arrives at the same moment (one of the two transactions then fails and changes nothing;
 * a failed timeout is retried on the next run). Tests call {@link #processDue()} directly.
 */
@Component
public class ApprovalTimeouts {

    private static final Logger log = LoggerFactory.getLogger(ApprovalTimeouts.class);

    private final ApprovalSteps steps;
    private final ApprovalEngine engine;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    ApprovalTimeouts(ApprovalSteps steps, ApprovalEngine engine, PlatformTransactionManager transactions, Clock clock) {
        this.steps = steps;
        this.engine = engine;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Handles every reminder and timeout due now; returns how many approvals it changed. */
    public int processDue() {
        var now = clock.instant();
        var due = readOnly.execute(status -> steps.approvalsDueAt(now));
        int handled = 0;
        for (var approvalId : due) {
            try {
                if (Boolean.TRUE.equals(tx.execute(status -> engine.handleDue(approvalId, now)))) {
                    handled++;
                }
            } catch (OptimisticLockingFailureException concurrent) {
                log.info("Approval {} changed while its reminder/timeout was handled; it is looked at again next run",
                        approvalId);
            } catch (RuntimeException e) {
                log.error("Could not handle the due reminder/timeout of approval {}", approvalId, e);
            }
        }
        if (handled > 0) {
            log.info("Handled due reminders/timeouts of {} approval(s)", handled);
        }
        return handled;
    }
}
