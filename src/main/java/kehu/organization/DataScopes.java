package kehu.organization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import kehu.organization.internal.Roles;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.Units;
import kehu.shared.RequestMemo;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the rows a person may see for a permission (ORG-2): the widest scope among their roles
 * that grant the permission. Read from the database for every request, so a role change applies from
 * the next request on; within one web request the person's roles and unit are read once (a customer
 * page asks for two permissions, four times).
 */
@Service
@Transactional(readOnly = true)
public class DataScopes {

    /** What one person's roles grant: the widest scope per permission, and where they sit. */
    private record Grants(long staffId, Long unitId, Set<String> areaCodes,
                          Map<String, DataScopeKind> widest) {
    }

    private final StaffMembers staff;
    private final Roles roles;
    private final Units units;

    DataScopes(StaffMembers staff, Roles roles, Units units) {
        this.staff = staff;
        this.roles = roles;
        this.units = units;
    }

    /** The scope of the signed-in person for this permission. */
    public DataScope forCurrentUser(String permission) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KehuUser user)) {
            throw new org.springframework.security.access.AccessDeniedException("not signed in");
        }
        var grants = RequestMemo.get("data-scope-grants:" + user.staffId(), () -> grants(user.staffId()));
        var kind = grants.widest().getOrDefault(permission, DataScopeKind.OWN);
        if (kind == DataScopeKind.SUBTREE) {
            return RequestMemo.get("data-scope-subtree:" + user.staffId(), () -> scope(grants, kind));
        }
        return scope(grants, kind);
    }

    public DataScope of(long staffId, String permission) {
        var grants = grants(staffId);
        return scope(grants, grants.widest().getOrDefault(permission, DataScopeKind.OWN));
    }

    private Grants grants(long staffId) {
        var member = staff.findById(staffId).orElseThrow();
        Map<String, DataScopeKind> widest = new HashMap<>();
        for (var role : roles.findAllById(member.getRoleIds())) {
            for (var permission : role.getPermissions()) {
                widest.merge(permission, role.getDataScope(), DataScopeKind::widest);
            }
        }
        return new Grants(staffId, member.getUnitId(), Set.copyOf(member.getAreaCodes()), Map.copyOf(widest));
    }

    private DataScope scope(Grants grants, DataScopeKind kind) {
        Set<Long> unitIds = new HashSet<>();
        switch (kind) {
            case UNIT -> unitIds.add(grants.unitId());
            case SUBTREE -> unitIds.addAll(units.idsInSubtree(units.findById(grants.unitId()).orElseThrow().getPath()));
            default -> {
            }
        }
        return new DataScope(kind, grants.staffId(), unitIds, kind == DataScopeKind.AREA ? grants.areaCodes() : Set.of());
    }
}
