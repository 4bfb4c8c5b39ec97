package kehu.servicedesk;

/** A routing rule as listed. */
public record RoutingRuleView(long id, String name, MatterType matterType, String categoryCode, String categoryLabel,
                              String areaCode, long targetUnitId, Long targetPositionId, Long targetStaffId,
                              String target, int sortOrder, boolean active, long version) {
}
