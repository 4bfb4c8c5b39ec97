package kehu.organization;

/** What other modules may know about a unit (department): enough to pick it, label it and find its head. */
public record UnitSummary(long id, String code, String name, Long parentId, int depth, Long headStaffId,
                          boolean active) {
}
