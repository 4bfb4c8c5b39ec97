package kehu.archive;

import java.time.Instant;

/** A line of the archive list. */
public record ArchiveRow(long id, String archiveNo, long customerId, String customerName, String categoryName,
                         ArchiveStatus status, Confidentiality confidentiality, boolean hidden, int missingItems,
                         String integrity, Instant openedAt, java.time.LocalDate destroyOn) {
}
