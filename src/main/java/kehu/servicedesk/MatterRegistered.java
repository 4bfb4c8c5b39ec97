package kehu.servicedesk;

import java.time.Instant;

/** A matter was taken in (SVC-1). */
public record MatterRegistered(long matterId, String number, MatterType type, Severity severity, Long customerId,
                               Instant at) {
}
