package kehu.servicedesk;

/**
 * What one call of a return visit found (SVC-5). Dissatisfied reopens the matter, or opens a complaint when
 * the visit has none; unreachable is retried the next day up to the configured number of attempts.
 */
public enum VisitOutcome {
    SATISFIED, DISSATISFIED, UNREACHABLE
}
