package kehu.servicedesk;

import java.time.Instant;
import java.time.LocalDate;

/** One return visit in a list (SVC-5). {@code overdue}: still due after its last due day. */
public record ReturnVisitRow(long id, VisitKind kind, int level, String subject, Long customerId, String customerName,
                             Long matterId, String matterNumber, String unitName, String staffName, LocalDate dueFrom,
                             LocalDate dueBy, LocalDate nextAttemptOn, VisitStatus status, int attempts,
                             VisitOutcome outcome, Integer overall, Instant doneAt, boolean overdue) {
}
