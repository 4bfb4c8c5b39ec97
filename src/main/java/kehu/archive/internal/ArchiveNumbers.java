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

    ArchiveNumbers(ArchiveSettings settings, Counters counters) {
        this.settings = settings;
        this.counters = counters;
    }

    /** The next number of the series of this category, year and retention; call inside the opening transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Number next(String categoryCode, LocalDate opened, String retentionMark) {
        var series = render(categoryCode, opened.getYear(), retentionMark, null);
        var counter = counters.lock(series).orElseGet(() -> create(series));
        long seq = counter.next();
        return new Number(render(categoryCode, opened.getYear(), retentionMark, seq), series, seq);
    }

    private Counter create(String series) {
        // a new series: insert its row and lock it; if another node inserts it at the same moment, one of the two
        // transactions fails on the primary key and the opening is retried by the event registry (at-least-once)
        counters.saveAndFlush(new Counter(series));
        return counters.lock(series).orElseThrow();
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
