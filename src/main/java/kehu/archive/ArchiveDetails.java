package kehu.archive;

import java.time.Instant;
import java.util.List;

/**
 * One archive as its reader may see it: volumes with their business events and documents, what the filing
 * scopes still miss (ARC-2), the findings of its last integrity check (ARC-10) and, for the owner manager,
 * who else may read it when hidden (ARC-6).
 *
 * @param mayFile    the reader may file documents (archive.manage, archive open)
 * @param mayHide    the reader is the owner manager (may hide the archive and grant access)
 * @param mergedInto the winner's archive when this customer was merged into another (CUS-4), else null
 * @param merged     the archives of the customers merged into this one
 */
public record ArchiveDetails(long id, String archiveNo, long customerId, String customerName, String categoryCode,
                             String categoryName, ArchiveStatus status, Confidentiality confidentiality,
                             boolean hidden, Instant openedAt, Instant closedAt, Integer retentionYears,
                             java.time.LocalDate destroyOn, boolean legalHold, String legalHoldReason,
                             int missingCount, String integrity,
                             Instant integrityCheckedAt, List<VolumeView> volumes, List<MissingItem> missing,
                             List<ProblemView> problems, List<GranteeView> grantees, boolean mayFile,
                             boolean mayHide, ArchiveLink mergedInto, Instant mergedAt, List<ArchiveLink> merged,
                             long version) {

    /** Another archive this one is linked to by a merge of customers. */
    public record ArchiveLink(long id, String archiveNo, String customerName) {
    }

    /** A volume, where its paper is (ARC-5; null: not placed in a box), its business events and documents in item order. */
    public record VolumeView(long id, int volumeNo, String businessLine, String title, String subject, Long boxId,
                             String boxLabel, List<EventView> events, List<DocumentView> documents) {
    }

    public record EventView(long id, String eventCode, String eventName, java.time.LocalDate occurredOn, String note) {
    }

    /** A person let into a hidden archive. */
    public record GranteeView(long staffId, String name) {
    }
}
