package kehu.customer;

import java.time.Instant;

/** A customer was marked lost (流失, CUS-9). */
public record CustomerMarkedLost(long customerId, String reason, Instant at) {
}
