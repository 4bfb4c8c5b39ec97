package kehu.servicedesk;

/** How urgently a matter must be handled; time limits may differ per priority (SVC-3). */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW
}
