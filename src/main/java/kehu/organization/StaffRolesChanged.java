package kehu.organization;

import java.time.Instant;
import java.util.Set;

/** A staff member's roles changed (after approval where a chain is configured). */
public record StaffRolesChanged(long staffId, Set<String> oldRoles, Set<String> newRoles, Instant at) {
}
