package kehu.platform.approval;

/** What an entry of an approval's history records. */
public enum HistoryEvent {
    /** The applicant started the approval. */
    STARTED,
    /** A step began; {@code detail} holds its mode. */
    STEP_STARTED,
    /** A task was given to an approver. */
    TASK_CREATED,
    /** An approver (or their delegate) approved a task. */
    APPROVED,
    /** An approver (or their delegate) rejected a task. */
    REJECTED,
    /** The step's pending approvers were reminded. */
    REMINDED,
    /** A step ran out of time; {@code detail} holds the timeout action applied. */
    TIMED_OUT,
    /** Nobody could be found for a step: it went to the administrators; {@code detail} holds the approver kind. */
    STEP_FALLBACK,
    /** Nobody, not even an administrator, could be found for a step: it was skipped. */
    STEP_SKIPPED,
    /** The applicant withdrew the request. */
    WITHDRAWN,
    /** The approval ended; {@code detail} holds the outcome. */
    FINISHED
}
