package kehu.customer.search;

import kehu.customer.internal.Customers;
import kehu.shared.PersistenceConfiguration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty index when the application starts on a database that already holds customers — the
 * first start after the search was installed, a new node, an index directory that was lost — so nobody
 * has to remember the rebuild. A non-empty index is left alone (an administrator rebuilds it if needed).
 */
@Component
class IndexAtStartup {

    private static final Logger log = LoggerFactory.getLogger(IndexAtStartup.class);

    private final IndexedCustomers index;
    private final IndexRebuild rebuild;
    private final Customers customers;
    private final TransactionTemplate tx;
    private final SearchSettings settings;

    IndexAtStartup(IndexedCustomers index, IndexRebuild rebuild, Customers customers, TransactionTemplate tx,
                   SearchSettings settings) {
        this.index = index;
        this.rebuild = rebuild;
        this.customers = customers;
        this.tx = tx;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillWhenEmpty() {
        if (!settings.rebuildWhenEmpty()) {
            return;
        }
        var counts = tx.execute(status -> new long[] {index.documents(), customers.count()});
        if (counts != null && counts[0] == 0 && counts[1] > 0) {
            log.info("The customer search index is empty but {} customers exist: indexing them", counts[1]);
            rebuild.start(PersistenceConfiguration.SYSTEM);
        }
    }
}
