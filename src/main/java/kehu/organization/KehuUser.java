package kehu.organization;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them: staff id, unit and permissions as authorities. */
public final class KehuUser implements UserDetails, CredentialsContainer {

    private final long staffId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final long unitId;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final List<GrantedAuthority> authorities;

    public KehuUser(long staffId, String username, String passwordHash, String displayName, long unitId,
                    boolean enabled, boolean locked, boolean mustChangePassword, Collection<String> permissions) {
        this.staffId = staffId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.unitId = unitId;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.authorities = permissions.stream().sorted().map(p -> (GrantedAuthority) new SimpleGrantedAuthority(p)).toList();
    }

    /** The same person after a password change: no longer forced to change it. */
    public KehuUser withPasswordChanged() {
        return new KehuUser(staffId, username, null, displayName, unitId, enabled, locked, false,
                authorities.stream().map(GrantedAuthority::getAuthority).toList());
    }

    public long staffId() {
        return staffId;
    }

    public long unitId() {
        return unitId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean has(String permission) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals(permission));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KehuUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "KehuUser[" + username + "]";
    }
}
