package kehu.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The documents of a business event did not reach the archive room by the deadline (ARC-4); assessment counts these.
 * Published once per business event: when a transmittal arrives after the deadline ({@code submittedAt} set), or when
 * the daily check finds none by then ({@code submittedAt} null). {@code unitId}: the department that handed over late,
 * null when nothing was handed over.
 */
public record HandoverLate(long eventId, long archiveId, long customerId, String eventCode, LocalDate occurredOn,
                           LocalDate dueOn, Instant submittedAt, Long unitId, Instant at) {
}
