package kehu.servicedesk;

import java.time.Instant;

/** A department returned the completion receipt (回单) of a work order (SVC-2); 3DC return visits listen. */
public record WorkOrderCompleted(long workOrderId, String number, long matterId, long unitId, Long customerId,
                                 Instant at) {
}
