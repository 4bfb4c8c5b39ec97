package kehu.platform;

import java.util.List;
import java.util.Optional;

/**
 * Who may approve: the approvals engine asks the organisation through this interface (the
 * organisation module implements it), so the platform does not depend on the organisation.
 */
public interface ApproverDirectory {

    /** Enabled staff holding the role with this code. */
    List<Long> staffWithRole(String roleCode);

    /** The direct superior of a staff member, if one is recorded. */
    Optional<Long> directSuperiorOf(long staffId);

    /** The head of the staff member's unit, if one is recorded. */
    Optional<Long> unitHeadOf(long staffId);

    /** Whether this id is an enabled staff member. */
    boolean isActiveStaff(long staffId);

    /** A name to show for a staff member. */
    String displayName(long staffId);

    /** Whether a role with this code exists (chain configuration refers to roles by code). */
    boolean roleExists(String roleCode);

    /** The id of the staff member with this user name (enabled or not), if there is one. */
    Optional<Long> staffIdByUsername(String username);

    /** The user name of a staff member, if the id exists. */
    Optional<String> usernameOf(long staffId);
}
