package kehu.customer;

import java.time.Instant;

/** A customer was registered (by hand, by import or by the demo data). Archives open an archive on it. */
public record CustomerCreated(long customerId, CustomerKind kind, Long ownerStaffId, Instant at) {
}
