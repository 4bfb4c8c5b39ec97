package kehu.audit;

import java.time.Instant;
import java.time.LocalDateTime;

import kehu.shared.ClockConfiguration;

/** One audit entry as lists, the REST API and exports show it. */
public record AuditEntryRow(long seq, Instant occurredAt, Instant recordedAt, String actor, String action,
                            String targetType, String targetId, String before, String after, String hash) {

    /** When it happened, in the time zone people read (Asia/Shanghai). */
    public LocalDateTime occurredLocal() {
        return LocalDateTime.ofInstant(occurredAt, ClockConfiguration.ZONE);
    }
}
