package kehu.servicedesk;

import java.time.Instant;

/**
 * A sale, delivery or installation reported to the service desk (SVC-5), e.g. by the dealer system.
 *
 * @param reference  the business record's number in its own system (unique per kind: a repeat is ignored)
 * @param secondTier sold through a second-tier outlet: its 7DC visit falls on day 10
 */
public record ServiceEventForm(ServiceEventKind kind, String reference, Long customerId, Instant occurredAt,
                               Boolean secondTier, String subject) {

    public boolean isSecondTier() {
        return Boolean.TRUE.equals(secondTier);
    }
}
