package kehu.customer;

import java.time.Duration;
import java.time.Instant;

/**
 * The customer search index and its last rebuild (CUS-7).
 *
 * @param state           what the rebuild is doing
 * @param total           customers to index (known once the rebuild has counted them)
 * @param indexed         customers indexed so far
 * @param startedAt       when the last rebuild started, null if none ran since the application started
 * @param finishedAt      when it ended, null while running
 * @param elapsed         time taken so far (or in all)
 * @param startedBy       who started it
 * @param failure         why it failed, for {@link State#FAILED}
 * @param documents       customers in the index now
 * @param customers       customers in the database now
 */
public record SearchIndexStatus(State state, long total, long indexed, Instant startedAt, Instant finishedAt,
                                Duration elapsed, String startedBy, String failure, long documents, long customers) {

    public enum State {
        /** No rebuild since the application started. */
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Progress in whole percent, 0 … 100 (100 when done). */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        if (total <= 0) {
            return 0;
        }
        return (int) Math.min(100, indexed * 100 / total);
    }
}
