package kehu.customer;

import java.time.Instant;

/** A customer's account was closed (销户, CUS-9); the archive closes on it (ARC-8). */
public record CustomerClosed(long customerId, String reason, Instant at) {
}
