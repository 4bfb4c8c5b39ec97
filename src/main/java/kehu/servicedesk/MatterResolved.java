package kehu.servicedesk;

import java.time.Instant;

/** A matter got its resolution (round 1, or 2 … after reopening) (SVC-4). */
public record MatterResolved(long matterId, String number, MatterType type, int round, Boolean substantiated,
                             Instant at) {
}
