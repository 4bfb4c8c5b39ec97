package kehu.organization;

import java.util.HashSet;
import java.util.Set;

import kehu.organization.internal.Roles;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.Units;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the rows a person may see for a permission (ORG-2): the widest scope among their roles
 * that grant the permission. Read from the database on every call so a role change applies at once.
 */
@Service
@Transactional(readOnly = true)
public class DataScopes {

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
        return of(user.staffId(), permission);
    }

    public DataScope of(long staffId, String permission) {
        var member = staff.findById(staffId).orElseThrow();
        DataScopeKind kind = null;
        for (var role : roles.findAllById(member.getRoleIds())) {
            if (role.getPermissions().contains(permission)) {
                kind = kind == null ? role.getDataScope() : kind.widest(role.getDataScope());
            }
        }
        if (kind == null) {
            kind = DataScopeKind.OWN;
        }
        Set<Long> unitIds = new HashSet<>();
        switch (kind) {
            case UNIT -> unitIds.add(member.getUnitId());
            case SUBTREE -> unitIds.addAll(units.idsInSubtree(units.findById(member.getUnitId()).orElseThrow().getPath()));
            default -> {
            }
        }
        return new DataScope(kind, staffId, unitIds, kind == DataScopeKind.AREA ? member.getAreaCodes() : Set.of());
    }
}
