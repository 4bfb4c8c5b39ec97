package kehu.servicedesk.internal;

import java.util.List;

import kehu.organization.DataScope;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.Permissions;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person as the service desk sees them: who, in which unit, which service permissions, and
 * the data scopes of those permissions (a matter is visible when any of them reaches it).
 */
public record ServiceActor(long staffId, long unitId, String username, boolean intake, boolean dispatch,
                           boolean handle, List<DataScope> scopes) {

    public static ServiceActor current(DataScopes dataScopes) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KehuUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        var scopes = new java.util.ArrayList<DataScope>();
        for (var p : List.of(Permissions.SERVICE_INTAKE, Permissions.SERVICE_DISPATCH, Permissions.SERVICE_HANDLE)) {
            if (user.has(p)) {
                scopes.add(dataScopes.of(user.staffId(), p));
            }
        }
        return new ServiceActor(user.staffId(), user.unitId(), user.getUsername(), user.has(Permissions.SERVICE_INTAKE),
                user.has(Permissions.SERVICE_DISPATCH), user.has(Permissions.SERVICE_HANDLE), List.copyOf(scopes));
    }

    public boolean seesAll() {
        return scopes.stream().anyMatch(DataScope::all);
    }

    /** Whether any scope reaches a matter owned, handled or received as given. */
    public boolean reaches(Matter m) {
        if (m.getOwnerStaffId() == staffId || m.getReceivedBy() == staffId
                || (m.getHandlingStaffId() != null && m.getHandlingStaffId() == staffId)) {
            return true;
        }
        for (var s : scopes) {
            if (s.all() || s.unitIds().contains(m.getOwnerUnitId())
                    || (m.getHandlingUnitId() != null && s.unitIds().contains(m.getHandlingUnitId()))
                    || (m.getAreaCode() != null && s.areaCodes().contains(m.getAreaCode()))) {
                return true;
            }
        }
        return false;
    }
}
