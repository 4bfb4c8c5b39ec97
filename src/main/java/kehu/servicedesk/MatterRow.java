package kehu.servicedesk;

import java.time.Instant;

/**
 * A matter in a list. {@code callbackNumber} is masked (138****5678) here and on the matter page; people
 * working in the service desk whose scope reaches the matter reveal it (audited) through
 * {@code POST /sensitive/matter/{id}/callbackNumber}.
 */
public record MatterRow(long id, String number, MatterType type, String channel, String channelLabel,
                        String categoryCode, String categoryLabel, Priority priority, Severity severity, String subject,
                        Long customerId, String customerName, String callerName, String callbackNumber, String areaCode,
                        MatterStatus status, Instant receivedAt, long ownerStaffId, String ownerName,
                        Long handlingUnitId, String handlingUnitName, Long handlingStaffId, String handlingStaffName,
                        Instant firstResponseAt, Instant responseDueAt, Instant resolveDueAt, int escalationLevel,
                        boolean responseBreached, boolean overdue, long version) {

    /** Who the customer is, for a list cell: the customer's name, else the caller's. */
    public String who() {
        return customerName != null ? customerName : callerName;
    }
}
