package kehu.customer.search;

import jakarta.persistence.EntityManager;

import kehu.customer.CustomerChanged;
import kehu.customer.internal.Customer;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Re-indexes a customer in the transaction that changed it. Hibernate Search sees changes of the
 * customer's own columns and collections by itself; industry-field values and contacts are entities of
 * their own without a link back, so a change of such a value alone would go unnoticed. The customer
 * module publishes {@link CustomerChanged} for every change, inside the changing transaction; adding the
 * customer to that transaction's indexing plan makes the index follow at commit (at once with the
 * {@code sync} plan of the tests). The plan is same-module and synchronous on purpose: the index must
 * commit or roll back with the data.
 */
@Component
class IndexRefresh {

    private final EntityManager entityManager;

    IndexRefresh(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    void on(CustomerChanged event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        var customer = entityManager.find(Customer.class, event.customerId());
        if (customer != null) {
            Search.session(entityManager).indexingPlan().addOrUpdate(customer);
        }
    }
}
