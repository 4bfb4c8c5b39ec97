package kehu.servicedesk;

import java.time.Instant;

/**
 * A matter closed (SVC-4). Return visits (SVC-5) listen to it.
 *
 * @param satisfied the customer's verdict when feedback was recorded, else null
 */
public record MatterClosed(long matterId, String number, MatterType type, Severity severity, String categoryCode,
                           Long customerId, Boolean satisfied, Instant at) {
}
