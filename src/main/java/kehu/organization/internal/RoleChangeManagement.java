package kehu.organization.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;

import kehu.organization.DataScope;
import kehu.organization.Permissions;
import kehu.organization.StaffRolesChanged;
import kehu.platform.ApprovalDecided;
import kehu.platform.ApprovalRequest;
import kehu.platform.Approvals;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a staff member's roles goes through the approvals engine (business type
 * {@value #BUSINESS_TYPE}); the roles change only when the approval is granted.
 */
@Service
@Transactional
public class RoleChangeManagement {

    public static final String BUSINESS_TYPE = "org.role-change";

    private final RoleChanges changes;
    private final StaffManagement staffManagement;
    private final Roles roles;
    private final Approvals approvals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleChangeManagement(RoleChanges changes, StaffManagement staffManagement, Roles roles, Approvals approvals,
                         ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.staffManagement = staffManagement;
        this.roles = roles;
        this.approvals = approvals;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    public RoleChange request(long staffId, Set<Long> roleIds, String reason, long applicantStaffId, DataScope scope) {
        var staff = staffManagement.get(staffId, scope);
        var violations = new ArrayList<FieldViolation>();
        if (reason == null || reason.isBlank()) {
            violations.add(new FieldViolation("reason", "validation.required"));
        } else if (reason.length() > 500) {
            violations.add(new FieldViolation("reason", "validation.tooLong", 500));
        }
        var requested = roleIds == null ? Set.<Long>of() : roleIds;
        if (roles.findAllById(requested).size() != requested.size()) {
            violations.add(new FieldViolation("roleIds", "org.role.unknown"));
        }
        if (changes.existsByStaffIdAndStatus(staffId, RoleChange.Status.PENDING)) {
            violations.add(new FieldViolation("roleIds", "org.roleChange.pending"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var change = changes.save(new RoleChange(staffId, requested, reason.trim()));
        events.publishEvent(AuditableAction.of("staff.roles.request", PersistenceConfiguration.currentActor(), "staff",
                staffId, String.join(",", staffManagement.roleCodes(staff.getRoleIds())),
                String.join(",", staffManagement.roleCodes(requested)), clock.instant()));
        var roleNames = roles.findAllById(requested).stream().map(Role::getName).sorted().toList();
        var title = staff.getFullName() + " (" + staff.getUsername() + "): "
                + (roleNames.isEmpty() ? "-" : String.join("、", roleNames));
        long approvalId = approvals.start(new ApprovalRequest(BUSINESS_TYPE, String.valueOf(change.getId()), title,
                applicantStaffId, staffId));
        change.awaitApproval(approvalId);
        return change;
    }

    @ApplicationModuleListener
    void on(ApprovalDecided decided) {
        if (!BUSINESS_TYPE.equals(decided.businessType())) {
            return;
        }
        var change = changes.findById(Long.valueOf(decided.businessKey())).orElseThrow();
        if (change.getStatus() != RoleChange.Status.PENDING) {
            return; // delivered again after a restart: already handled
        }
        change.decide(RoleChange.Status.valueOf(decided.outcome().name()), decided.at());
        if (change.getStatus() == RoleChange.Status.APPROVED) {
            var staff = staffManagement.rolesOf(change.getStaffId());
            staffManagement.applyRoles(change.getStaffId(), change.requestedRoleIds());
            events.publishEvent(new StaffRolesChanged(change.getStaffId(), staffManagement.roleCodes(staff),
                    staffManagement.roleCodes(change.requestedRoleIds()), decided.at()));
        }
    }
}
