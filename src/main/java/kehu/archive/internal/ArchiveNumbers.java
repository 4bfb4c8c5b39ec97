package kehu.archive.internal;

import java.time.LocalDate;

import kehu.archive.ArchiveSettings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archive numbers (档号, ARC-1) from the configured pattern, e.g. {@code Z001-DL-2026-X-00001}. The series is
 * the pattern filled in without {@code {seq}}; its counter row is locked (SELECT … FOR UPDATE) in the
 * transaction that opens the archive, so two openings never get the same number, and a rolled-back opening
 * gives its number back: numbers are unique and without gaps within their series.
 */
@Component
public class ArchiveNumbers {

    /** An archive number, its series and its place in the series. */
    public record Number(String value, String series, long seq) {
    }

    private final ArchiveSettings settings;
    private final Counters counters;
    private final java.time.Clock clock;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    ArchiveNumbers(ArchiveSettings settings, Counters counters, java.time.Clock clock) {
        this.settings = settings;
        this.counters = counters;
        this.clock = clock;
    }

    /** The next number of the series of this category, year and retention; call inside the opening transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Number next(String categoryCode, LocalDate opened, String retentionMark) {
        var series = render(categoryCode, opened.getYear(), retentionMark, null);
        var counter = counters.lock(series).orElseGet(() -> {
            create(series);
            return counters.lock(series).orElseThrow();
        });
        long seq = counter.next();
        return new Number(render(categoryCode, opened.getYear(), retentionMark, seq), series, seq);
    }

    /**
     * A new series: its counter row is inserted in the opening transaction itself with {@code ON CONFLICT DO NOTHING}
     * (PostgreSQL, and H2 in PostgreSQL mode), so openings that start the same series at once neither fail nor need
     * a second connection: the later ones wait for the first insert, then find the row and queue for its lock.
     */
    private void create(String series) {
        var now = java.sql.Timestamp.from(clock.instant());
        entityManager.createNativeQuery("insert into archive_counter (series, last_value, created_at, created_by, updated_at,"
                        + " updated_by, version) values (?1, 0, ?2, ?3, ?2, ?3, 0) on conflict do nothing")
                .setParameter(1, series).setParameter(2, now).setParameter(3, kehu.shared.PersistenceConfiguration.currentActor())
                .executeUpdate();
    }

    String render(String category, int year, String retention, Long seq) {
        var seqText = seq == null ? "{seq}" : String.format("%0" + Math.max(1, settings.sequenceWidth()) + "d", seq);
        return settings.numberPattern()
                .replace("{fonds}", settings.fonds())
                .replace("{category}", category)
                .replace("{year}", Integer.toString(year))
                .replace("{retention}", retention)
                .replace("{seq}", seqText);
    }
}
