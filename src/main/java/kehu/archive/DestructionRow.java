package kehu.archive;

import java.time.Instant;

/** A line of the destruction register (ARC-8): what, when, who asked, who witnessed, what was removed. */
public record DestructionRow(long id, long archiveId, String archiveNo, String customerName, String status,
                             String appraisal, String witnesses, String requestedBy, Long approvalId,
                             Instant requestedAt, Instant decidedAt, Instant destroyedAt, int filesRemoved,
                             long bytesRemoved) {
}
