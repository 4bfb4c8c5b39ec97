package kehu.servicedesk;

import java.time.Instant;

/** The handling (ROUTED, TRANSFER, TAKEN) or the ownership (HANDOVER) of a matter changed (SVC-1, SVC-2). */
public record MatterTransferred(long matterId, String number, TransferKind kind, Long toUnitId, Long toPositionId,
                                Long toStaffId, String reason, Instant at) {
}
