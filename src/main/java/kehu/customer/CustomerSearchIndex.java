package kehu.customer;

import java.time.Clock;

import kehu.customer.internal.Customers;
import kehu.customer.search.IndexRebuild;
import kehu.customer.search.IndexedCustomers;
import kehu.organization.Permissions;
import kehu.shared.AuditableAction;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the customer search index (CUS-7): rebuild it from the database in the background
 * and follow the progress. Needs {@code customer.admin}. A rebuild is needed after the index was lost or
 * copied from elsewhere, after customers were changed outside the application (SQL, a restore), or
 * after an upgrade that changes how customers are indexed.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_ADMIN + "')")
public class CustomerSearchIndex {

    private final IndexRebuild rebuild;
    private final IndexedCustomers index;
    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerSearchIndex(IndexRebuild rebuild, IndexedCustomers index, Customers customers,
                        ApplicationEventPublisher events, Clock clock) {
        this.rebuild = rebuild;
        this.index = index;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a rebuild unless one is running; either way returns the status. */
    @Transactional
    public SearchIndexStatus rebuild() {
        var actor = PersistenceConfiguration.currentActor();
        if (rebuild.start(actor)) {
            events.publishEvent(AuditableAction.of("customer.searchIndex.rebuild", actor, "customerSearchIndex", null,
                    null, null, clock.instant()));
        }
        return status();
    }

    @Transactional(readOnly = true)
    public SearchIndexStatus status() {
        return rebuild.status(index.documents(), customers.count());
    }
}
