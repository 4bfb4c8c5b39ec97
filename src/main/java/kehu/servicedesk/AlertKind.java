package kehu.servicedesk;

/** Warnings and escalations of the time limits (SVC-3). */
public enum AlertKind {
    /** The time to first response is about to run out. */
    RESPONSE_WARNING,
    /** Nobody responded in time: the supervisor is told. */
    RESPONSE_BREACH,
    /** The time to resolution is about to run out. */
    RESOLVE_WARNING,
    /** Not resolved in time: level 1 supervisor › 2 department manager › 3 general manager's office. */
    ESCALATION,
    /** A major complaint: the whole chain is told at intake. */
    MAJOR
}
