package kehu.customer.search;

import java.util.Comparator;

import jakarta.persistence.EntityManager;

import kehu.customer.CustomersImported;
import kehu.customer.internal.Customer;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Adds imported customers to the index (CUS-8 → CUS-7). An import writes its customers with JDBC batches,
 * which Hibernate Search does not see; it publishes {@link CustomersImported} once per thousand customers,
 * and after the import commits each chunk is indexed in a transaction of its own — on an executor of its own
 * ({@value #EXECUTOR}): what {@code @ApplicationModuleListener} does, but not queued behind the archive openings of
 * the same import (finding 17 in docs/performance.md). The event publication registry keeps an unfinished chunk and
 * hands it back after a restart, as for every module listener.
 */
@Component
class ImportedCustomersIndexing {

    static final String EXECUTOR = "customerIndexingExecutor";

    private final EntityManager entityManager;

    ImportedCustomersIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Async(EXECUTOR)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(CustomersImported event) {
        var plan = Search.session(entityManager).indexingPlan();
        entityManager.createQuery("select c from Customer c where c.id in :ids", Customer.class)
                .setParameter("ids", event.customerIds()).getResultList().stream()
                .sorted(Comparator.comparing(Customer::getId)).forEach(plan::addOrUpdate);
    }
}
