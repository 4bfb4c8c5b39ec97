package kehu.organization;

import java.time.Instant;

/**
 * A staff member was disabled (left, or is away for good): what they hold elsewhere must be handed over, to
 * {@code superiorStaffId} (their direct superior, if any) — e.g. their archive loans (ARC-9).
 */
public record StaffDisabled(long staffId, Long unitId, Long superiorStaffId, Instant at) {
}
