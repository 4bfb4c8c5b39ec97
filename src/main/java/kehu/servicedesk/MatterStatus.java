package kehu.servicedesk;

/**
 * Where a matter stands. REGISTERED (taken in, nobody has responded yet) › IN_PROGRESS (responded, being
 * handled) ⇄ WAITING_CUSTOMER (the resolution clock is paused) › RESOLVED (answer given, waiting for the
 * customer's feedback) › CLOSED. A resolved or closed matter can be reopened (back to IN_PROGRESS).
 */
public enum MatterStatus {
    REGISTERED, IN_PROGRESS, WAITING_CUSTOMER, RESOLVED, CLOSED;

    /** Still being worked on: its time limits run (unless paused). */
    public boolean open() {
        return this == REGISTERED || this == IN_PROGRESS || this == WAITING_CUSTOMER;
    }
}
