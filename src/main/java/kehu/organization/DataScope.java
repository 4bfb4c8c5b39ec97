package kehu.organization;

import java.util.Set;

/**
 * The rows a person may see for one permission, resolved from their roles. Modules apply it in
 * their queries (never only in the UI):
 * <ul>
 *   <li>{@link #all()}: no restriction;</li>
 *   <li>otherwise a row is visible when its owning unit is in {@link #unitIds()}, or its owner /
 *       responsible person is {@link #staffId()}, or (for area-scoped data) its area is in
 *       {@link #areaCodes()}.</li>
 * </ul>
 * A person without the permission gets {@link DataScopeKind#OWN} with nothing but themselves.
 */
public record DataScope(DataScopeKind kind, long staffId, Set<Long> unitIds, Set<String> areaCodes) {

    public DataScope {
        unitIds = Set.copyOf(unitIds);
        areaCodes = Set.copyOf(areaCodes);
    }

    public boolean all() {
        return kind == DataScopeKind.ALL;
    }

    /** Whether a row owned by {@code ownerStaffId} in unit {@code unitId} is visible. */
    public boolean allows(Long unitId, Long ownerStaffId) {
        return all()
                || (ownerStaffId != null && ownerStaffId == staffId)
                || (unitId != null && unitIds.contains(unitId));
    }
}
