package kehu.platform.approval;

/** What happens when a step's approvers have not decided within its timeout. */
public enum TimeoutAction {
    /** The approval ends with outcome {@code TIMED_OUT} (a rejection for lack of a decision). */
    REJECT,
    /** The step counts as approved and the approval continues with the next step (or is approved). */
    APPROVE,
    /** The step is passed up to the next step without a decision; not allowed on the last step. */
    ESCALATE
}
