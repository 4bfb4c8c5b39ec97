package kehu.customer.search;

import java.util.Comparator;

import jakarta.persistence.EntityManager;

import kehu.customer.CustomersImported;
import kehu.customer.internal.Customer;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Adds imported customers to the index (CUS-8 → CUS-7). An import writes its customers with JDBC batches,
 * which Hibernate Search does not see; it publishes {@link CustomersImported} once per thousand customers,
 * and after the import commits each chunk is indexed in a transaction of its own.
 */
@Component
class ImportedCustomersIndexing {

    private final EntityManager entityManager;

    ImportedCustomersIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @ApplicationModuleListener
    void on(CustomersImported event) {
        var plan = Search.session(entityManager).indexingPlan();
        entityManager.createQuery("select c from Customer c where c.id in :ids", Customer.class)
                .setParameter("ids", event.customerIds()).getResultList().stream()
                .sorted(Comparator.comparing(Customer::getId)).forEach(plan::addOrUpdate);
    }
}
