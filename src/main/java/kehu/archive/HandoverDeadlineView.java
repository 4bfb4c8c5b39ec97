package kehu.archive;

/**
 * How many working days after a business event of that type its documents are due in the archive room (ARC-4);
 * {@code configured} is false where the default applies.
 */
public record HandoverDeadlineView(String eventCode, String eventName, int workingDays, boolean configured) {
}
