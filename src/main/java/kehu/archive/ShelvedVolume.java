package kehu.archive;

/** Where a paper volume is (ARC-5): its archive, the volume and the box, null when it was never placed. */
public record ShelvedVolume(long archiveId, String archiveNo, String customerName, ArchiveStatus status, long volumeId,
                            int volumeNo, String volumeTitle, Long boxId, String boxLabel) {
}
