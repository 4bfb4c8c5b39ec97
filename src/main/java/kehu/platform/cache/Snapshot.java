package kehu.platform.cache;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data loaded from the database and kept in memory for fast reads: the working calendar,
 * dictionaries, regions. It is reloaded on the next read after {@link #invalidateAfterCommit()} (called
 * by the code that changes the data, so this node sees a change as soon as it is committed) and in any
 * case once it is older than {@code maxAge} (so other nodes of a cluster pick the change up too).
 *
 * <p>Thread-safe; at most one thread loads at a time. An invalidation waits for a load in progress and
 * then discards it, so data read before a commit is never kept after it.
 */
public final class Snapshot<T> {

    private record Loaded<T>(T value, long loadedAt) {
    }

    private final Supplier<T> loader;
    private final long maxAgeNanos;
    private volatile Loaded<T> current;

    public Snapshot(Supplier<T> loader, Duration maxAge) {
        this.loader = loader;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public T get() {
        var loaded = current;
        if (loaded == null || stale(loaded)) {
            loaded = reload();
        }
        return loaded.value;
    }

    /** Forget the data now (the next read loads it). */
    public synchronized void invalidate() {
        current = null;
    }

    /**
     * Forget the data once the current transaction commits (at once when there is none), so no reader
     * can reload the old state between the change and the commit and keep it.
     */
    public void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    private synchronized Loaded<T> reload() {
        var loaded = current;
        if (loaded != null && !stale(loaded)) {
            return loaded; // another thread loaded it while this one waited
        }
        loaded = new Loaded<>(loader.get(), System.nanoTime());
        current = loaded;
        return loaded;
    }

    private boolean stale(Loaded<T> loaded) {
        return System.nanoTime() - loaded.loadedAt > maxAgeNanos;
    }
}
