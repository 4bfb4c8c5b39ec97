package kehu.archive.internal;

import java.time.LocalDate;

import kehu.archive.ArchiveSettings;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate newTransaction;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    ArchiveNumbers(ArchiveSettings settings, Counters counters, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.counters = counters;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
     * A new series: its counter row is inserted in a transaction of its own, so that when several openings start
     * the same series at once, one insert wins, the others find the row, and every opening then waits for the
     * row lock in its own transaction.
     */
    private synchronized void create(String series) {
        // one creator at a time on this node, and none when another already created it: most bursts insert once
        if (newTransaction.execute(s -> counters.existsById(series))) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(s -> {
                entityManager.persist(new Counter(series)); // persist, never merge: an existing row is not reset
                entityManager.flush();
            });
        } catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException insertedMeanwhile) {
            // another transaction created the series first
        }
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
