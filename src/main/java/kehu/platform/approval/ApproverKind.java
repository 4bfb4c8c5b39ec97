package kehu.platform.approval;

/** Who approves a step. */
public enum ApproverKind {
    /** Every enabled holder of a role. */
    ROLE,
    /** The direct superior of the approval's subject. */
    DIRECT_SUPERIOR,
    /** The head of the subject's unit (for the head themselves: their direct superior). */
    UNIT_HEAD,
    /** One named member of staff. */
    PERSON
}
