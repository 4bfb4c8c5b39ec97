package kehu.customer;

import java.time.Instant;

/** A closed or lost customer was reopened and is active again (CUS-9). */
public record CustomerReopened(long customerId, CustomerStatus from, String reason, Instant at) {
}
