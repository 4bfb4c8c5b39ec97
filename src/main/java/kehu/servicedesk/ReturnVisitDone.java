package kehu.servicedesk;

import java.time.Instant;

/**
 * A return visit ended (SVC-5): the customer was reached (DONE, with the outcome) or could not be (FAILED).
 * Assessment and analytics listen.
 */
public record ReturnVisitDone(long visitId, VisitKind kind, int level, VisitStatus status, VisitOutcome outcome,
                              Long customerId, Long matterId, Instant at) {
}
