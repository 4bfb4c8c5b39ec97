package kehu.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A transmittal form with its items and their decisions (ARC-4). */
public record TransmittalView(long id, long archiveId, String archiveNo, String customerName, int volumeNo,
                              String volumeTitle, long eventId, String eventCode, String eventName, LocalDate occurredOn,
                              String fromUnit, String submittedBy, Instant submittedAt, LocalDate dueOn, boolean late,
                              Instant completedAt, List<Item> items) {

    public record Item(long id, int lineNo, String title, String categoryName, Carrier carrier, boolean original,
                       boolean signed, int pages, LocalDate date, String responsible, String status, String reason,
                       Long documentId, String decidedBy, Instant decidedAt) {
    }

    public long pending() {
        return items.stream().filter(i -> "PENDING".equals(i.status())).count();
    }
}
