package kehu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import kehu.shared.AuditableAction;

import org.junit.jupiter.api.Test;

class AuditRecordTests {

    static final Instant NOW = Instant.parse("2026-11-20T08:30:00Z");

    @Test
    void cutsOverLongValuesAndSaysSo() {
        var record = AuditRecord.of(new AuditableAction("x.update", "gm", "x", "1", "a".repeat(5000), "short", NOW), NOW);
        assertThat(record.before()).hasSize(AuditRecord.MAX_VALUE).endsWith(AuditRecord.TRUNCATED).startsWith("aaaa");
        assertThat(record.after()).isEqualTo("short");
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        var emoji = "\uD83D\uDE00"; // one code point, two chars
        int cut = AuditRecord.MAX_ACTOR - AuditRecord.TRUNCATED.length();
        var actor = "a".repeat(cut - 1) + emoji + "tail".repeat(10);
        var fitted = AuditRecord.fit(actor, AuditRecord.MAX_ACTOR);
        assertThat(fitted).isEqualTo("a".repeat(cut - 1) + AuditRecord.TRUNCATED);
    }

    @Test
    void replacesWhatNoDatabaseStoresFaithfully() {
        assertThat(AuditRecord.fit("a\u0000b\uD800c", 100)).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(AuditRecord.fit("客户 \uD83D\uDE00", 100)).isEqualTo("客户 \uD83D\uDE00");
    }

    @Test
    void cutsTimesToMicrosecondsAndFillsWhatIsMissing() {
        var record = AuditRecord.of(new AuditableAction(null, " ", null, null, null, null, null),
                Instant.parse("2026-11-20T08:30:00.123456789Z"));
        assertThat(record.occurredAt()).isEqualTo(Instant.parse("2026-11-20T08:30:00.123456Z"));
        assertThat(record.actor()).isEqualTo(AuditRecord.UNKNOWN);
        assertThat(record.action()).isEqualTo(AuditRecord.UNKNOWN);
    }
}
