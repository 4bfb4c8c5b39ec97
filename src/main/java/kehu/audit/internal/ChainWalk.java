package kehu.audit.internal;

import java.util.Optional;

import kehu.audit.ChainBreak;
import kehu.audit.ChainBreak.Kind;

/**
 * The rule that decides whether the audit chain holds, applied to its entries one by one in
 * sequence order: each entry must carry the next number, match its own hash and link to the hash of
 * the entry before; at the end, the last entry must be the one the chain head names.
 */
final class ChainWalk {

    private long expectedSeq;
    private String expectedPrevHash;
    private long checked;

    /**
     * @param firstSeq the sequence number the walk starts at
     * @param prevHash the hash the first entry must link to ({@link EntryHash#GENESIS} for entry 1),
     *                 or null when unknown (a walk over a range whose predecessor is missing)
     */
    ChainWalk(long firstSeq, String prevHash) {
        this.expectedSeq = firstSeq;
        this.expectedPrevHash = prevHash;
    }

    /** Checks the next entry; returns the break it reveals, if any. Stop walking after a break. */
    Optional<ChainBreak> next(AuditEntry entry) {
        if (entry.seq() != expectedSeq) {
            return Optional.of(new ChainBreak(expectedSeq, Kind.REMOVED));
        }
        if (!entry.matchesHash()) {
            return Optional.of(new ChainBreak(entry.seq(), Kind.ALTERED));
        }
        if (expectedPrevHash != null && !expectedPrevHash.equals(entry.prevHash())) {
            return Optional.of(new ChainBreak(entry.seq(), Kind.UNLINKED));
        }
        checked++;
        expectedSeq++;
        expectedPrevHash = entry.hash();
        return Optional.empty();
    }

    /**
     * Checks that the walk reached the end it should have.
     *
     * @param lastSeq  the last sequence number that must have been seen
     * @param lastHash the hash the last entry must have (the chain head's), or null when the walk
     *                 ended before the head
     */
    Optional<ChainBreak> end(long lastSeq, String lastHash) {
        if (expectedSeq <= lastSeq) {
            return Optional.of(new ChainBreak(expectedSeq, Kind.REMOVED));
        }
        if (lastHash != null && checked > 0 && !lastHash.equals(expectedPrevHash)) {
            return Optional.of(new ChainBreak(lastSeq, Kind.ALTERED));
        }
        return Optional.empty();
    }

    long checked() {
        return checked;
    }
}
