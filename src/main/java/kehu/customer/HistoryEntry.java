package kehu.customer;

import java.time.Instant;

/** One kept change of a customer's field; sensitive values are masked. */
public record HistoryEntry(long id, String field, String oldValue, String newValue, String reason, String changedBy,
                           Instant changedAt) {
}
