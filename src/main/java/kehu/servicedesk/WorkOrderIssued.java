package kehu.servicedesk;

import java.time.Instant;

/** A repair became a work order for a department (SVC-2). */
public record WorkOrderIssued(long workOrderId, String number, long matterId, long unitId, Instant at) {
}
