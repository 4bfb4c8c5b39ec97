package kehu.archive;

/**
 * An archive is open while the customer is; it moves to the closed section when the account closes, and is destroyed
 * (content removed, catalogue kept) after its retention, appraisal and approval (ARC-8).
 */
public enum ArchiveStatus {
    OPEN, CLOSED, DESTROYED
}
