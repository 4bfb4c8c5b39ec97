package kehu.servicedesk;

/** DUE until made; DONE when the customer was reached; FAILED when unreachable too often; CANCELLED when moot. */
public enum VisitStatus {
    DUE, DONE, FAILED, CANCELLED
}
