package kehu.organization.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * A member of staff and their sign-in account (ORG-1, ORG-3).
 *
 * <p>Lifecycle of the account: created with an initial password that must be changed at first
 * sign-in ({@link #mustChangePassword}); each failed sign-in is counted within a window, and
 * reaching the limit locks the account for a while ({@link #recordFailedLogin}); a successful
 * sign-in clears the count; disabling keeps the record (nothing is deleted).
 */
@Entity
@Table(name = "org_staff")
public class Staff extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String username;

    @Column(name = "full_name", nullable = false, length = 50)
    private String fullName;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "position_id")
    private Long positionId;

    @Column(name = "superior_id")
    private Long superiorId;

    @Column(length = 20)
    private String mobile;

    @Column(length = 120)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role_id")
    private Set<Long> roleIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_staff_area", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "area_code", length = 32)
    private Set<String> areaCodes = new LinkedHashSet<>();

    protected Staff() {
    }

    public Staff(String username, String fullName, Long unitId, String initialPasswordHash) {
        this.username = username;
        this.fullName = fullName;
        this.unitId = unitId;
        this.passwordHash = initialPasswordHash;
        this.mustChangePassword = true;
    }

    public void describe(String fullName, Long unitId, Long positionId, Long superiorId, String mobile, String email) {
        this.fullName = fullName;
        this.unitId = unitId;
        this.positionId = positionId;
        this.superiorId = superiorId;
        this.mobile = mobile;
        this.email = email;
    }

    public void assignRoles(Set<Long> roleIds) {
        this.roleIds.clear();
        this.roleIds.addAll(roleIds);
    }

    public void assignAreas(Set<String> areaCodes) {
        this.areaCodes.clear();
        this.areaCodes.addAll(areaCodes);
    }

    /** A password the person chose: no forced change any more. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    /** An administrator's reset: the person must choose a new one at next sign-in. */
    public void resetPassword(String initialHash, Instant now) {
        this.passwordHash = initialHash;
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
        unlock();
    }

    /** Marks a preset password as already chosen (demo accounts only). */
    public void acceptPasswordAsChosen() {
        this.mustChangePassword = false;
    }

    /**
     * Counts a failed sign-in. Failures older than {@code window} start a new count; reaching
     * {@code maxFailures} inside the window locks the account for {@code lockout}.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailedLogin(Instant now, int maxFailures, Duration window, Duration lockout) {
        if (firstFailedAt == null || firstFailedAt.plus(window).isBefore(now)) {
            firstFailedAt = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
            firstFailedAt = null;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        firstFailedAt = null;
        lockedUntil = null;
    }

    public void unlock() {
        recordSuccessfulLogin();
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getPositionId() {
        return positionId;
    }

    public Long getSuperiorId() {
        return superiorId;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Set<Long> getRoleIds() {
        return Set.copyOf(roleIds);
    }

    public Set<String> getAreaCodes() {
        return Set.copyOf(areaCodes);
    }
}
