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

/**
 * One thing that happened to an approval: who did it (null: the system), for whom (the task's
 * approver, when a delegate acted on their behalf), when, and the comment given. Never changed.
 */
@Entity
@Table(name = "platform_approval_history")
public class ApprovalHistoryEntry extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approval_id", nullable = false, updatable = false)
    private Approval approval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private HistoryEvent event;

    @Column(name = "step_no", updatable = false)
    private Integer stepNo;

    @Column(name = "task_id", updatable = false)
    private Long taskId;

    @Column(name = "actor_staff_id", updatable = false)
    private Long actorStaffId;

    @Column(name = "approver_staff_id", updatable = false)
    private Long approverStaffId;

    @Column(length = 64, updatable = false)
    private String detail;

    @Column(length = 1000, updatable = false)
    private String comment;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ApprovalHistoryEntry() {
    }

    ApprovalHistoryEntry(Approval approval, HistoryEvent event, Integer stepNo, Long taskId, Long actorStaffId,
                         Long approverStaffId, String detail, String comment, Instant occurredAt) {
        this.approval = approval;
        this.event = event;
        this.stepNo = stepNo;
        this.taskId = taskId;
        this.actorStaffId = actorStaffId;
        this.approverStaffId = approverStaffId;
        this.detail = detail;
        this.comment = comment;
        this.occurredAt = occurredAt;
    }

    /** Whether someone acted for the task's approver (a delegate). */
    public boolean onBehalf() {
        return actorStaffId != null && approverStaffId != null && !actorStaffId.equals(approverStaffId);
    }

    public Long getId() {
        return id;
    }

    public HistoryEvent getEvent() {
        return event;
    }

    public Integer getStepNo() {
        return stepNo;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getActorStaffId() {
        return actorStaffId;
    }

    public Long getApproverStaffId() {
        return approverStaffId;
    }

    public String getDetail() {
        return detail;
    }

    public String getComment() {
        return comment;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
