package kehu.customer;

import java.time.Instant;
import java.util.List;

/**
 * Customers were created by an import (CUS-8), published once per chunk of up to a thousand customers
 * inside the import's transaction (an import of a million rows does not publish a million
 * {@link CustomerCreated} events). Listen to this as well as to {@link CustomerCreated} to see every new
 * customer; the whole import commits or none of it does.
 *
 * @param importId    the import run
 * @param customerIds the customers created, in the order of the file's rows
 */
public record CustomersImported(long importId, List<Long> customerIds, Instant at) {

    public CustomersImported {
        customerIds = List.copyOf(customerIds);
    }
}
