package kehu.platform;

import kehu.organization.KehuUser;
import kehu.organization.Permissions;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * Principals for MockMvc tests of platform pages and APIs. The real {@code admin} account must change its
 * initial password before anything else, so tests sign in as an administrator that has done so.
 */
public final class Administrators {

    private Administrators() {
    }

    /** Holds every permission and has chosen a password. */
    public static UserDetails admin() {
        return new KehuUser(1L, "admin", "", "系统管理员", 1L, true, false, false, Permissions.ALL);
    }
}
