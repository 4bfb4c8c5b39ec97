package kehu.customer;

import java.time.Instant;

/**
 * Something about a customer changed — profile, contacts, industry fields, owner, collaborators,
 * classification, status or follow-up. Published once per changing transaction and customer, next
 * to the more specific events, so a search index or a cache can refresh the customer from
 * {@link CustomerManagement} without knowing every kind of change.
 */
public record CustomerChanged(long customerId, Instant at) {
}
