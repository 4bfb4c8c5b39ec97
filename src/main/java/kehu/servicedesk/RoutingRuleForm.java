package kehu.servicedesk;

/**
 * A routing rule (SVC-2): matters of {@code matterType} (any when null), in {@code categoryCode} or below
 * it (any when null), from {@code areaCode} (any when null) go to the target department, optionally a post
 * in it or a person.
 */
public record RoutingRuleForm(String name, MatterType matterType, String categoryCode, String areaCode,
                              Long targetUnitId, Long targetPositionId, Long targetStaffId, Integer sortOrder) {
}
