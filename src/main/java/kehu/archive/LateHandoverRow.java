package kehu.archive;

import java.time.Instant;
import java.time.LocalDate;

/** A business event whose documents reached the archive room late or not at all (ARC-4). */
public record LateHandoverRow(long eventId, long archiveId, String archiveNo, String customerName, String eventName,
                              LocalDate occurredOn, LocalDate dueOn, Instant flaggedAt, Instant submittedAt,
                              String submittedBy) {
}
