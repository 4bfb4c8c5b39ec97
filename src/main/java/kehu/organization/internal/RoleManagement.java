package kehu.organization.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kehu.organization.Permissions;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and their permissions (ORG-2). */
@Service
@Transactional
public class RoleManagement {

    private final Roles roles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleManagement(Roles roles, ApplicationEventPublisher events, Clock clock) {
        this.roles = roles;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Role> all() {
        return roles.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public Role get(long id) {
        return roles.findById(id).orElseThrow(() -> new NotFoundException("role", id));
    }

    @PreAuthorize("hasAuthority('" + Permissions.ROLE_MANAGE + "')")
    public Role create(RoleForm form) {
        var violations = checkPermissions(form.permissions());
        if (roles.existsByCode(form.code())) {
            violations.add(new FieldViolation("code", "org.role.code.taken", form.code()));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var role = roles.save(new Role(form.code(), form.name().trim(), form.description(), form.dataScope(), false,
                perms(form.permissions())));
        audit("role.create", role.getId(), null, describe(role));
        return role;
    }

    @PreAuthorize("hasAuthority('" + Permissions.ROLE_MANAGE + "')")
    public Role update(long id, RoleForm form) {
        var role = get(id);
        var violations = checkPermissions(form.permissions());
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var before = describe(role);
        role.redefine(form.name().trim(), form.description(), form.dataScope(), perms(form.permissions()));
        audit("role.update", id, before, describe(role));
        return role;
    }

    private static Set<String> perms(Set<String> requested) {
        return requested == null ? Set.of() : new LinkedHashSet<>(requested);
    }

    private static List<FieldViolation> checkPermissions(Set<String> requested) {
        var violations = new ArrayList<FieldViolation>();
        if (requested != null) {
            for (String p : requested) {
                if (!Permissions.ALL.contains(p)) {
                    violations.add(new FieldViolation("permissions", "org.role.permission.unknown", p));
                    break;
                }
            }
        }
        return violations;
    }

    private static String describe(Role r) {
        return "code=" + r.getCode() + ", name=" + r.getName() + ", scope=" + r.getDataScope() + ", permissions="
                + r.getPermissions();
    }

    private void audit(String action, Long id, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), "role", id,
                before, after, clock.instant()));
    }
}
