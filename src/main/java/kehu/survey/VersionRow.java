package kehu.survey;

import java.time.Instant;

/** One version of a template in its history. */
public record VersionRow(long versionId, int versionNo, VersionStatus status, String name, int itemCount,
                         Instant publishedAt, String publishedBy, Instant updatedAt, String updatedBy) {
}
