package kehu.archive;

/** An archive is open while the customer is; it moves to the closed section when the account closes (ARC-8). */
public enum ArchiveStatus {
    OPEN, CLOSED
}
