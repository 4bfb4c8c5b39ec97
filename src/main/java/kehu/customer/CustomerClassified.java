package kehu.customer;

import java.time.Instant;

/** The classification of a customer (ABC, loyalty, value, credit grade, VIP) was changed (CUS-6). */
public record CustomerClassified(long customerId, Classification before, Classification after, String reason,
                                 Instant at) {
}
