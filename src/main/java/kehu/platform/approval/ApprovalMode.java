package kehu.platform.approval;

/** How the approvers of one step decide together. */
public enum ApprovalMode {
    /** Every approver must approve; one rejection rejects. */
    ALL_OF,
    /** The first decision decides the step; the other approvers' tasks are cancelled. */
    ANY_OF
}
