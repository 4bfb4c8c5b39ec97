package kehu.organization;

/** What other modules may know about a member of staff. */
public record StaffSummary(long id, String username, String fullName, long unitId, String unitName, boolean enabled) {
}
