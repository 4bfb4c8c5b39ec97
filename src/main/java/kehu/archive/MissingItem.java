package kehu.archive;

/**
 * A document a business event's filing scope requires that the volume does not hold yet (ARC-2): what to
 * file, into which volume, for which event, and the form it must have.
 */
public record MissingItem(long volumeId, String volumeTitle, long eventId, String eventCode, String eventName,
                          long scopeItemId, String itemCode, String title, String categoryCode,
                          boolean originalRequired, boolean signedRequired) {
}
