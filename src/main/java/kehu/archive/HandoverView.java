package kehu.archive;

import java.time.Instant;
import java.util.List;

/** A handover of an archive between managers (ARC-9) and its checklist; {@code kind} is ARCHIVE, LOAN or GRANT. */
public record HandoverView(long id, long archiveId, String archiveNo, String customerName, String fromName,
                           String toName, String reason, Instant occurredAt, Instant completedAt, List<Item> items) {

    public record Item(long id, String kind, String description, Instant confirmedAt, String confirmedBy) {
    }
}
