package kehu.servicedesk.internal;

import java.time.Instant;

/** The instants a matter's time limits fall due, and when to warn before each (SVC-3). */
public record Deadlines(Instant responseWarnAt, Instant responseDueAt, Instant resolveWarnAt, Instant resolveDueAt) {
}
