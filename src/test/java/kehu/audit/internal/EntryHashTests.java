package kehu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class EntryHashTests {

    static final Instant T = Instant.parse("2026-11-20T08:30:00.123456Z");

    static String hash(String actor, String action, String targetType, String targetId, String before, String after) {
        return EntryHash.of(7, T, T, actor, action, targetType, targetId, before, after, EntryHash.GENESIS);
    }

    @Test
    void isLowerCaseHexSha256AndDeterministic() {
        var h = hash("gm", "login.success", "account", "gm", null, null);
        assertThat(h).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(hash("gm", "login.success", "account", "gm", null, null)).isEqualTo(h);
    }

    @Test
    void movingTextBetweenAdjacentFieldsChangesTheHash() {
        assertThat(hash("ab", "c", null, null, null, null)).isNotEqualTo(hash("a", "bc", null, null, null, null));
        assertThat(hash("a", "b", "c", "d", "e|f", null)).isNotEqualTo(hash("a", "b", "c", "d", "e", "f"));
    }

    @Test
    void tellsNullFromEmptyText() {
        assertThat(hash("a", "b", null, null, null, null)).isNotEqualTo(hash("a", "b", "", null, null, null));
        assertThat(hash("a", "b", null, null, "", null)).isNotEqualTo(hash("a", "b", null, null, null, ""));
    }

    @Test
    void coversSequenceTimesAndPreviousHash() {
        var base = EntryHash.of(7, T, T, "a", "b", null, null, null, null, EntryHash.GENESIS);
        assertThat(EntryHash.of(8, T, T, "a", "b", null, null, null, null, EntryHash.GENESIS)).isNotEqualTo(base);
        assertThat(EntryHash.of(7, T.plusNanos(1000), T, "a", "b", null, null, null, null, EntryHash.GENESIS)).isNotEqualTo(base);
        assertThat(EntryHash.of(7, T, T.plusSeconds(1), "a", "b", null, null, null, null, EntryHash.GENESIS)).isNotEqualTo(base);
        assertThat(EntryHash.of(7, T, T, "a", "b", null, null, null, null, "1" + EntryHash.GENESIS.substring(1))).isNotEqualTo(base);
    }
}
