package kehu.servicedesk;

import java.time.Instant;

/** A work order (维修工作单) in a list or on its matter's page. */
public record WorkOrderRow(long id, String number, long matterId, String matterNumber, String subject,
                           String categoryLabel, String areaCode, String customerName, long unitId, String unitName,
                           Long assigneeStaffId, String assigneeName, WorkOrderStatus status, Instant issuedAt,
                           Instant takenAt, Instant completedAt, Instant resolveDueAt, long version) {
}
