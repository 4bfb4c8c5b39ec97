package kehu.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * A document and its versions, newest last. {@code readable} says whether the reader's clearance reaches the
 * document's level (ARC-6): above it, the catalogue entry is shown but the file is not.
 */
public record DocumentView(long id, long volumeId, int itemNo, String title, String categoryCode, String categoryName,
                           Carrier carrier, boolean original, boolean signed, int pages, LocalDate date,
                           String responsible, Confidentiality confidentiality, int currentVersion, String scopeItemTitle,
                           boolean readable, List<VersionView> versions) {

    public VersionView current() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    public record VersionView(long id, int versionNo, String title, int pages, String note, String fileName,
                              String mediaType, Long sizeBytes, String sha256, java.time.Instant createdAt,
                              String createdBy) {
        public boolean hasFile() {
            return sha256 != null;
        }
    }
}
