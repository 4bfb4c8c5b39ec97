package kehu.platform;

public enum ApprovalOutcome {
    APPROVED, REJECTED, TIMED_OUT, CANCELLED
}
