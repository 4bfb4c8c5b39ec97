package kehu.organization.security;

import java.time.Clock;
import java.util.TreeSet;

import kehu.organization.KehuUser;
import kehu.organization.internal.Roles;
import kehu.organization.internal.Staff;
import kehu.organization.internal.StaffMembers;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a staff member's account, with the union of their roles' permissions as authorities. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffMembers staff;
    private final Roles roles;
    private final Clock clock;

    StaffUserDetailsService(StaffMembers staff, Roles roles, Clock clock) {
        this.staff = staff;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public KehuUser loadUserByUsername(String username) {
        return staff.findByUsername(username).map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional(readOnly = true)
    public KehuUser loadById(long staffId) {
        return staff.findById(staffId).map(this::toUser).orElseThrow(() -> new UsernameNotFoundException("#" + staffId));
    }

    private KehuUser toUser(Staff s) {
        var permissions = new TreeSet<String>();
        roles.findAllById(s.getRoleIds()).forEach(r -> permissions.addAll(r.getPermissions()));
        return new KehuUser(s.getId(), s.getUsername(), s.getPasswordHash(), s.getFullName(), s.getUnitId(),
                s.isEnabled(), s.isLocked(clock.instant()), s.isMustChangePassword(), permissions);
    }
}
