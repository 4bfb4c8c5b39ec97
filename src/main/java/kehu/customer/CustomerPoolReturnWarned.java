package kehu.customer;

import java.time.Instant;

/** A manager's customer will return to the public pool at {@code returnsAt} unless someone follows it up (CUS-5). */
public record CustomerPoolReturnWarned(long customerId, long ownerStaffId, Instant returnsAt, Instant at) {
}
