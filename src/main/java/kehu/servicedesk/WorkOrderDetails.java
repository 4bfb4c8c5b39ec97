package kehu.servicedesk;

import java.time.Instant;
import java.util.List;

/** A work order with the work recorded on it and its completion receipt (回单). */
public record WorkOrderDetails(WorkOrderRow order, String description, String callbackNumber, String workDone,
                               String receiptNote, Boolean customerConfirmed, String cancelledReason,
                               List<WorkEntry> entries) {

    public record WorkEntry(Instant at, String actor, String note) {
    }
}
