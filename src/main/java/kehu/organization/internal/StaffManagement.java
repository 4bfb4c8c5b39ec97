package kehu.organization.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.criteria.Predicate;

import kehu.organization.DataScope;
import kehu.organization.Permissions;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff and their accounts (ORG-1, ORG-3). Every list and read obeys the caller's data scope. */
@Service
@Transactional
public class StaffManagement {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffMembers staff;
    private final Units units;
    private final Positions positions;
    private final Roles roles;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffManagement(StaffMembers staff, Units units, Positions positions, Roles roles, PasswordEncoder passwords,
                    ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.units = units;
        this.positions = positions;
        this.roles = roles;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** A staff member just created, with the initial password to hand over (shown once). */
    public record CreatedStaff(Staff staff, String initialPassword) {
    }

    /** Filter of the staff list. */
    public record StaffFilter(String q, Long unitId) {
    }

    @Transactional(readOnly = true)
    public Page<Staff> list(StaffFilter filter, DataScope scope, Pageable pageable) {
        Specification<Staff> spec = (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (!scope.all()) {
                var visible = new ArrayList<Predicate>();
                visible.add(cb.equal(root.get("id"), scope.staffId()));
                if (!scope.unitIds().isEmpty()) {
                    visible.add(root.get("unitId").in(scope.unitIds()));
                }
                predicates.add(cb.or(visible.toArray(Predicate[]::new)));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                var like = "%" + filter.q().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("username")), like, '\\'),
                        cb.like(cb.lower(root.get("fullName")), like, '\\')));
            }
            if (filter.unitId() != null) {
                predicates.add(cb.equal(root.get("unitId"), filter.unitId()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return staff.findAll(spec, pageable);
    }

    /** One staff member, if the caller's scope reaches them. */
    @Transactional(readOnly = true)
    public Staff get(long id, DataScope scope) {
        var s = staff.findById(id).orElseThrow(() -> new NotFoundException("staff", id));
        if (!scope.allows(s.getUnitId(), s.getId())) {
            throw new NotFoundException("staff", id);
        }
        return s;
    }

    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    public CreatedStaff create(StaffForm form, DataScope scope) {
        var violations = checkReferences(form, null, scope);
        if (staff.existsByUsername(form.username())) {
            violations.add(new FieldViolation("username", "org.staff.username.taken", form.username()));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var initial = generatePassword();
        var s = new Staff(form.username(), form.fullName().trim(), form.unitId(), passwords.encode(initial));
        s.describe(form.fullName().trim(), form.unitId(), form.positionId(), form.superiorId(), blankToNull(form.mobile()),
                blankToNull(form.email()));
        s.assignAreas(form.areaCodes() == null ? Set.of() : form.areaCodes());
        s = staff.save(s);
        audit("staff.create", s.getId(), null, describe(s));
        return new CreatedStaff(s, initial);
    }

    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    public Staff update(long id, StaffForm form, DataScope scope) {
        var s = get(id, scope);
        var violations = checkReferences(form, id, scope);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var before = describe(s);
        // The mobile number is sensitive and never pre-filled in forms: blank means "keep the current one".
        var mobile = form.mobile() == null || form.mobile().isBlank() ? s.getMobile() : form.mobile().trim();
        s.describe(form.fullName().trim(), form.unitId(), form.positionId(), form.superiorId(), mobile,
                blankToNull(form.email()));
        s.assignAreas(form.areaCodes() == null ? Set.of() : form.areaCodes());
        audit("staff.update", id, before, describe(s));
        return s;
    }

    /** Sets roles directly. Used by the approved role change and by start-up code; not exposed to the UI. */
    public void applyRoles(long staffId, Set<Long> roleIds) {
        var s = staff.findById(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
        var before = roleCodes(s.getRoleIds());
        s.assignRoles(roleIds);
        audit("staff.roles", staffId, String.join(",", before), String.join(",", roleCodes(roleIds)));
    }

    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    public String resetPassword(long id, DataScope scope) {
        var s = get(id, scope);
        var initial = generatePassword();
        s.resetPassword(passwords.encode(initial), clock.instant());
        audit("staff.password.reset", id, null, null);
        return initial;
    }

    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    public void setEnabled(long id, boolean enabled, DataScope scope) {
        var s = get(id, scope);
        if (enabled) {
            s.enable();
        } else {
            boolean wasEnabled = s.isEnabled();
            s.disable();
            if (wasEnabled) {
                events.publishEvent(new kehu.organization.StaffDisabled(id, s.getUnitId(), s.getSuperiorId(), clock.instant()));
            }
        }
        audit(enabled ? "staff.enable" : "staff.disable", id, null, null);
    }

    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    public void unlock(long id, DataScope scope) {
        get(id, scope).unlock();
        audit("staff.unlock", id, null, null);
    }

    /** The signed-in person changes their own password; the current one must be given. */
    public void changeOwnPassword(long staffId, String currentPassword, String newPassword, String confirmation) {
        var s = staff.findById(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
        var violations = new ArrayList<FieldViolation>();
        if (currentPassword == null || !passwords.matches(currentPassword, s.getPasswordHash())) {
            violations.add(new FieldViolation("currentPassword", "org.password.currentWrong"));
        }
        violations.addAll(PasswordPolicy.check("newPassword", newPassword, s.getUsername()));
        if (violations.isEmpty() && newPassword.equals(currentPassword)) {
            violations.add(new FieldViolation("newPassword", "org.password.sameAsOld"));
        }
        if (violations.isEmpty() && !newPassword.equals(confirmation)) {
            violations.add(new FieldViolation("confirmation", "org.password.mismatch"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        s.changePassword(passwords.encode(newPassword), clock.instant());
        audit("staff.password.change", staffId, null, null);
    }

    @Transactional(readOnly = true)
    public Set<Long> rolesOf(long staffId) {
        return staff.findById(staffId).orElseThrow(() -> new NotFoundException("staff", staffId)).getRoleIds();
    }

    @Transactional(readOnly = true)
    public Set<String> roleCodes(Set<Long> roleIds) {
        var codes = new TreeSet<String>();
        roles.findAllById(roleIds).forEach(r -> codes.add(r.getCode()));
        return codes;
    }

    private List<FieldViolation> checkReferences(StaffForm form, Long selfId, DataScope scope) {
        var violations = new ArrayList<FieldViolation>();
        if (form.unitId() != null) {
            var unit = units.findById(form.unitId());
            if (unit.isEmpty()) {
                violations.add(new FieldViolation("unitId", "org.unit.unknown", form.unitId()));
            } else if (!scope.all() && !scope.unitIds().contains(form.unitId())) {
                violations.add(new FieldViolation("unitId", "org.unit.outOfScope"));
            }
        }
        if (form.positionId() != null && !positions.existsById(form.positionId())) {
            violations.add(new FieldViolation("positionId", "org.position.unknown", form.positionId()));
        }
        if (form.superiorId() != null) {
            if (form.superiorId().equals(selfId)) {
                violations.add(new FieldViolation("superiorId", "org.staff.superior.self"));
            } else if (!staff.existsById(form.superiorId())) {
                violations.add(new FieldViolation("superiorId", "org.staff.unknown", form.superiorId()));
            }
        }
        if (form.areaCodes() != null) {
            for (String area : form.areaCodes()) {
                if (area == null || area.isBlank() || area.length() > 32 || !area.matches("[A-Za-z0-9_.-]+")) {
                    violations.add(new FieldViolation("areaCodes", "validation.code"));
                    break;
                }
            }
        }
        return violations;
    }

    static String generatePassword() {
        var sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        sb.append(2 + RANDOM.nextInt(8)); // always a digit and a letter
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String describe(Staff s) {
        return "username=" + s.getUsername() + ", name=" + s.getFullName() + ", unit=" + s.getUnitId()
                + ", position=" + s.getPositionId() + ", superior=" + s.getSuperiorId()
                + ", areas=" + new LinkedHashSet<>(s.getAreaCodes());
    }

    private void audit(String action, Long id, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), "staff", id,
                before, after, clock.instant()));
    }
}
