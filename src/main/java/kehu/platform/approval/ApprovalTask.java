package kehu.platform.approval;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * One approver's task in an active step. PENDING → APPROVED | REJECTED (decided by the approver or
 * their delegate) | CANCELLED (the step was decided without it, or the request was withdrawn) |
 * EXPIRED (the step timed out). Changed only through its {@link Approval}.
 */
@Entity
@Table(name = "platform_approval_task")
public class ApprovalTask extends AuditedEntity {

    public enum Status { PENDING, APPROVED, REJECTED, CANCELLED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approval_id", nullable = false, updatable = false)
    private Approval approval;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id", nullable = false, updatable = false)
    private ApprovalStep step;

    @Column(name = "approver_staff_id", nullable = false, updatable = false)
    private Long approverStaffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(name = "acted_by_staff_id")
    private Long actedByStaffId;

    @Column(length = 1000)
    private String comment;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ApprovalTask() {
    }

    ApprovalTask(Approval approval, ApprovalStep step, long approverStaffId) {
        this.approval = approval;
        this.step = step;
        this.approverStaffId = approverStaffId;
    }

    void decide(boolean approve, long actorStaffId, String comment, Instant at) {
        if (status != Status.PENDING) {
            throw new DomainException("approval.task.closed");
        }
        this.status = approve ? Status.APPROVED : Status.REJECTED;
        this.actedByStaffId = actorStaffId;
        this.comment = comment;
        this.decidedAt = at;
    }

    /** Closes the task without a decision (CANCELLED or EXPIRED); no effect once closed. */
    void close(Status closing, Instant at) {
        if (status == Status.PENDING) {
            this.status = closing;
            this.decidedAt = at;
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Approval getApproval() {
        return approval;
    }

    public ApprovalStep getStep() {
        return step;
    }

    public Long getApproverStaffId() {
        return approverStaffId;
    }

    public Status getStatus() {
        return status;
    }

    public Long getActedByStaffId() {
        return actedByStaffId;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
