package kehu.organization;

/** A post (岗位) as other modules see it. */
public record PositionSummary(long id, String name) {
}
