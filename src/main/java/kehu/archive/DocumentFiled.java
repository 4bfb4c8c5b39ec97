package kehu.archive;

import java.time.Instant;

/** A document (or a new version of it) was filed in a customer's archive (ARC-3). */
public record DocumentFiled(long archiveId, long customerId, long documentId, int versionNo, Instant at) {
}
