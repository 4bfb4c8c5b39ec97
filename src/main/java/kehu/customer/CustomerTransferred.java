package kehu.customer;

import java.time.Instant;

/**
 * The accountable manager of a customer changed (CUS-5): a transfer, an assignment from the pool, a
 * claim ({@code fromStaffId} null) or a return to the pool ({@code toStaffId} null). Archives hand the
 * customer's archive over on it.
 */
public record CustomerTransferred(long customerId, Long fromStaffId, Long toStaffId, String reason, Instant at) {
}
