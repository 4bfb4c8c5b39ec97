package kehu.archive;

import java.time.Instant;

/** A customer's archive was opened (ARC-1) with its archive number. */
public record ArchiveOpened(long archiveId, long customerId, String archiveNo, Instant at) {
}
