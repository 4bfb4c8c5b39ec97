package kehu.servicedesk;

/** How the handling or the ownership of a matter changed (SVC-1, SVC-2). */
public enum TransferKind {
    /** Sent by a routing rule at intake. */
    ROUTED,
    /** Sent by a person to another department, post or person. */
    TRANSFER,
    /** First-contact ownership handed over to another person. */
    HANDOVER,
    /** A member of the department took it. */
    TAKEN
}
