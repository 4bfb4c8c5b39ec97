package kehu.customer.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import kehu.customer.SearchIndexStatus;
import kehu.customer.SearchIndexStatus.State;
import kehu.customer.internal.Customer;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the customer index from the database in the background with Hibernate Search's mass
 * indexer, one rebuild at a time on this node, and reports its progress. While it runs, searches see
 * the index as far as it got (it starts by emptying the index, so a mapping change takes effect).
 *
 * <p>The mass indexer adds documents without deleting first. A customer indexed by the application itself while the
 * rebuild runs (an edit, or the indexing that follows an import) before the mass indexer reaches it ends up in the
 * index twice and would be found twice; so after the mass indexer the rebuild looks for ids indexed more than once
 * and indexes those customers again, which replaces all their documents by one (finding 18 in docs/performance.md).
 */
@Component
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private static final int CHUNK = 1_000;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile Run last;

    IndexRebuild(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
                 PlatformTransactionManager transactions, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Starts a rebuild; false when one is already running. */
    public synchronized boolean start(String actor) {
        if (last != null && last.running()) {
            return false;
        }
        var run = new Run(clock.instant(), actor);
        last = run;
        log.info("Customer search index rebuild started by {}", actor);
        Search.mapping(entityManagerFactory).scope(Customer.class).massIndexer()
                .purgeAllOnStart(true)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(100)
                .monitor(run)
                .start()
                .thenRun(this::removeDuplicates)
                .whenComplete((ignored, failure) -> run.finish(clock.instant(), failure));
        return true;
    }

    /**
     * Indexes again every customer the index holds more than once (see the class comment); returns how many. Run
     * after the mass indexer, when the application's own indexing only ever replaces documents.
     */
    int removeDuplicates() {
        var twice = tx.execute(s -> duplicateIds());
        for (int from = 0; from < twice.size(); from += CHUNK) {
            var chunk = twice.subList(from, Math.min(twice.size(), from + CHUNK));
            tx.executeWithoutResult(s -> {
                var plan = Search.session(entityManager).indexingPlan();
                var found = entityManager.createQuery("select c from Customer c where c.id in :ids", Customer.class)
                        .setParameter("ids", chunk).getResultList();
                found.forEach(plan::addOrUpdate);
                var left = new java.util.HashSet<>(chunk);
                found.forEach(c -> left.remove(c.getId()));
                left.forEach(id -> plan.purge(Customer.class, id, null));
            });
        }
        if (!twice.isEmpty()) {
            log.info("Customer search index rebuild: {} customers were indexed more than once, indexed again", twice.size());
        }
        return twice.size();
    }

    /** The ids found more than once, reading every document's id in id order. */
    private List<Long> duplicateIds() {
        var twice = new ArrayList<Long>();
        try (var scroll = Search.session(entityManager).search(Customer.class).select(f -> f.id(Long.class))
                .where(f -> f.matchAll()).sort(f -> f.field(IndexFields.ID).asc()).scroll(10_000)) {
            Long previous = null;
            for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                for (var id : chunk.hits()) {
                    if (id.equals(previous) && (twice.isEmpty() || !twice.get(twice.size() - 1).equals(id))) {
                        twice.add(id);
                    }
                    previous = id;
                }
            }
        }
        return twice;
    }

    /** The last rebuild, with the index's and the database's counts filled in by the caller. */
    public SearchIndexStatus status(long documents, long customers) {
        var run = last;
        if (run == null) {
            return new SearchIndexStatus(State.IDLE, 0, 0, null, null, Duration.ZERO, null, null, documents, customers);
        }
        return run.status(clock.instant(), documents, customers);
    }

    public boolean running() {
        var run = last;
        return run != null && run.running();
    }

    /** One rebuild, counting as the mass indexer reports. */
    private static final class Run implements MassIndexingMonitor {

        private final Instant startedAt;
        private final String startedBy;
        private final AtomicLong total = new AtomicLong();
        private final AtomicLong indexed = new AtomicLong();
        private volatile Instant finishedAt;
        private volatile String failure;

        Run(Instant startedAt, String startedBy) {
            this.startedAt = startedAt;
            this.startedBy = startedBy;
        }

        boolean running() {
            return finishedAt == null;
        }

        void finish(Instant at, Throwable problem) {
            if (problem != null) {
                var cause = problem;
                while (cause.getCause() != null && cause.getCause() != cause) {
                    cause = cause.getCause();
                }
                failure = cause.getClass().getSimpleName() + ": " + cause.getMessage();
                log.error("Customer search index rebuild failed", problem);
            } else {
                log.info("Customer search index rebuilt: {} customers in {}", indexed.get(),
                        Duration.between(startedAt, at));
            }
            finishedAt = at;
        }

        SearchIndexStatus status(Instant now, long documents, long customers) {
            var end = finishedAt;
            var state = end == null ? State.RUNNING : failure == null ? State.DONE : State.FAILED;
            var elapsed = Duration.between(startedAt, end == null ? now : end);
            return new SearchIndexStatus(state, total.get(), indexed.get(), startedAt, end,
                    elapsed.isNegative() ? Duration.ZERO : elapsed, startedBy, failure, documents, customers);
        }

        @Override
        public void documentsAdded(long increment) {
            indexed.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted when added to the index
        }

        @Override
        public void entitiesLoaded(long increment) {
            // counted when added to the index
        }

        @Override
        public void addToTotalCount(long count) {
            total.addAndGet(count);
        }

        @Override
        public void indexingCompleted() {
            // the completion stage reports the end
        }
    }
}
