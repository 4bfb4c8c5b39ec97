package kehu.servicedesk;

import java.time.Instant;

/** A resolved or closed matter was reopened; its earlier resolutions are kept (SVC-4). */
public record MatterReopened(long matterId, String number, String reason, Instant at) {
}
