package kehu.audit;

/**
 * The first place where the audit chain does not hold.
 *
 * @param seq  the sequence number concerned (for {@link Kind#REMOVED}: the first missing one)
 * @param kind what is wrong there
 */
public record ChainBreak(long seq, Kind kind) {

    public enum Kind {
        /** The entry's content no longer matches its hash: it was changed after it was written. */
        ALTERED,
        /** The entry is missing: a gap in the sequence, or entries at the end of the chain are gone. */
        REMOVED,
        /**
         * The entry is intact but does not link to the entry before it: entries were removed and the
         * rest renumbered, or the entry before it was replaced by one with a freshly computed hash.
         */
        UNLINKED
    }
}
