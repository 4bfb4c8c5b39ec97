package kehu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kehu.audit.ChainBreak;
import kehu.audit.ChainBreak.Kind;
import kehu.shared.AuditableAction;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ChainWalkTests {

    static final Instant T = Instant.parse("2026-11-20T08:30:00Z");

    /** A correctly chained list of n entries numbered 1..n. */
    static List<AuditEntry> chainOf(int n) {
        var chain = new ArrayList<AuditEntry>();
        var prev = EntryHash.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            var entry = entry(seq, prev, "actor" + seq);
            chain.add(entry);
            prev = entry.hash();
        }
        return chain;
    }

    static AuditEntry entry(long seq, String prevHash, String actor) {
        var record = AuditRecord.of(new AuditableAction("thing.update", actor, "thing", String.valueOf(seq),
                "before", "after", T), T);
        return AuditEntry.following(seq, prevHash, record, T);
    }

    /** Walks the whole list as the chain, with a head naming its last entry (or the given one). */
    static Optional<ChainBreak> walk(List<AuditEntry> entries, long headSeq, String headHash) {
        var walk = new ChainWalk(1, EntryHash.GENESIS);
        for (var e : entries) {
            var broken = walk.next(e);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return walk.end(headSeq, headHash);
    }

    static Optional<ChainBreak> walk(List<AuditEntry> entries) {
        var last = entries.get(entries.size() - 1);
        return walk(entries, last.seq(), last.hash());
    }

    @Test
    void anUntouchedChainHolds() {
        assertThat(walk(chainOf(5))).isEmpty();
    }

    @Test
    void anEntryWithChangedContentIsReportedAsAltered() {
        var chain = chainOf(5);
        ReflectionTestUtils.setField(chain.get(2), "afterValue", "forged");
        assertThat(walk(chain)).contains(new ChainBreak(3, Kind.ALTERED));
    }

    @Test
    void aMissingEntryIsReportedByItsNumber() {
        var chain = chainOf(5);
        chain.remove(1);
        assertThat(walk(chain)).contains(new ChainBreak(2, Kind.REMOVED));
    }

    @Test
    void aMissingFirstEntryIsReported() {
        var chain = chainOf(3);
        chain.remove(0);
        assertThat(walk(chain)).contains(new ChainBreak(1, Kind.REMOVED));
    }

    @Test
    void entriesRemovedFromTheEndAreReportedThroughTheHead() {
        var chain = chainOf(5);
        var head = chain.get(4);
        chain.remove(4);
        chain.remove(3);
        assertThat(walk(chain, head.seq(), head.hash())).contains(new ChainBreak(4, Kind.REMOVED));
    }

    @Test
    void aRemovalHiddenByRenumberingIsReportedAsUnlinked() {
        var chain = chainOf(3);
        // entry 2 removed, entry 3 renumbered to 2 and rehashed, but it still links to the old entry 2
        var renumbered = entry(2, chain.get(1).hash(), "actor3");
        var forged = List.of(chain.get(0), renumbered);
        assertThat(walk(forged, 2, renumbered.hash())).contains(new ChainBreak(2, Kind.UNLINKED));
    }

    @Test
    void aReplacedLastEntryIsReportedThroughTheHead() {
        var chain = chainOf(3);
        var head = chain.get(2);
        chain.set(2, entry(3, chain.get(1).hash(), "mallory"));
        assertThat(walk(chain, head.seq(), head.hash())).contains(new ChainBreak(3, Kind.ALTERED));
    }

    @Test
    void reportsOnlyTheFirstBreak() {
        var chain = chainOf(6);
        ReflectionTestUtils.setField(chain.get(4), "actor", "mallory");
        chain.remove(1);
        assertThat(walk(chain)).contains(new ChainBreak(2, Kind.REMOVED));
    }
}
