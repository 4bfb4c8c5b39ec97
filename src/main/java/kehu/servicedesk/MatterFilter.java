package kehu.servicedesk;

import java.time.LocalDate;

/**
 * Filters of the matter lists; null parts do not filter.
 *
 * @param q              part of the number, the subject, the customer's or caller's name
 * @param openOnly       only matters not yet resolved or closed
 * @param overdueOnly    only matters past a time limit (escalated or response breached)
 * @param mine           only matters I own or handle
 * @param receivedOn     received on this day (Asia/Shanghai), e.g. the duty log
 */
public record MatterFilter(String q, MatterStatus status, MatterType type, Severity severity, Priority priority,
                           Long handlingUnitId, Long customerId, Boolean openOnly, Boolean overdueOnly, Boolean mine,
                           LocalDate receivedOn) {

    public static final MatterFilter OPEN = new MatterFilter(null, null, null, null, null, null, null, true, null, null, null);

    public static MatterFilter receivedOn(LocalDate day) {
        return new MatterFilter(null, null, null, null, null, null, null, null, null, null, day);
    }

    public static MatterFilter ofCustomer(long customerId) {
        return new MatterFilter(null, null, null, null, null, null, customerId, null, null, null, null);
    }
}
