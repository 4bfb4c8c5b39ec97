package kehu.organization.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * A request to change a staff member's roles, decided by the approvals engine.
 * PENDING → APPROVED (roles applied) | REJECTED | TIMED_OUT | CANCELLED.
 */
@Entity
@Table(name = "org_role_change")
public class RoleChange extends AuditedEntity {

    public enum Status { PENDING, APPROVED, REJECTED, TIMED_OUT, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(name = "role_ids", nullable = false, length = 500)
    private String roleIds;

    @Column(nullable = false, length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(name = "approval_id")
    private Long approvalId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected RoleChange() {
    }

    public RoleChange(Long staffId, Set<Long> roleIds, String reason) {
        this.staffId = staffId;
        this.roleIds = roleIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.reason = reason;
    }

    public void awaitApproval(long approvalId) {
        this.approvalId = approvalId;
    }

    public void decide(Status outcome, Instant at) {
        if (status != Status.PENDING) {
            throw new DomainException("org.roleChange.alreadyDecided");
        }
        if (outcome == Status.PENDING) {
            throw new IllegalArgumentException("outcome");
        }
        this.status = outcome;
        this.decidedAt = at;
    }

    public Set<Long> requestedRoleIds() {
        if (roleIds.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(roleIds.split(",")).map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Long getId() {
        return id;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public Long getApprovalId() {
        return approvalId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
