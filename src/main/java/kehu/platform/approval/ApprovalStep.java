package kehu.platform.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/**
 * One step of one approval, with its own copy of the chain's {@link StepRule}.
 * WAITING → ACTIVE (tasks created) → APPROVED | REJECTED | TIMED_OUT | ESCALATED | CANCELLED;
 * WAITING → SKIPPED (nobody to approve it). Changed only through its {@link Approval}.
 */
@Entity
@Table(name = "platform_approval_step")
public class ApprovalStep extends AuditedEntity {

    public enum Status { WAITING, ACTIVE, APPROVED, REJECTED, SKIPPED, TIMED_OUT, ESCALATED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approval_id", nullable = false, updatable = false)
    private Approval approval;

    @Column(name = "step_no", nullable = false, updatable = false)
    private int stepNo;

    @Embedded
    private StepRule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.WAITING;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "timeout_at")
    private Instant timeoutAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ApprovalTask> tasks = new ArrayList<>();

    protected ApprovalStep() {
    }

    ApprovalStep(Approval approval, int stepNo, StepRule rule) {
        this.approval = approval;
        this.stepNo = stepNo;
        this.rule = rule.copy();
    }

    /** Gives one task to each approver and sets the reminder and timeout instants. */
    List<ApprovalTask> activate(Collection<Long> approvers, Instant now) {
        if (status != Status.WAITING || approvers.isEmpty()) {
            throw new IllegalStateException("step " + stepNo + " cannot start");
        }
        status = Status.ACTIVE;
        startedAt = now;
        remindAt = rule.reminderAfter().map(now::plus).orElse(null);
        timeoutAt = rule.timeoutAfter().map(now::plus).orElse(null);
        for (var approver : approvers) {
            tasks.add(new ApprovalTask(approval, this, approver));
        }
        return List.copyOf(tasks);
    }

    void skip(Instant now) {
        if (status != Status.WAITING) {
            throw new IllegalStateException("step " + stepNo + " is not waiting");
        }
        status = Status.SKIPPED;
        endedAt = now;
    }

    /** Ends an active step; tasks still pending are closed as {@code closing}. */
    void end(Status outcome, ApprovalTask.Status closing, Instant now) {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("step " + stepNo + " is not active");
        }
        status = outcome;
        endedAt = now;
        tasks.forEach(t -> t.close(closing, now));
    }

    void markReminded(Instant now) {
        remindedAt = now;
    }

    boolean reminderDue(Instant now) {
        return status == Status.ACTIVE && remindAt != null && remindedAt == null && !remindAt.isAfter(now);
    }

    boolean timeoutDue(Instant now) {
        return status == Status.ACTIVE && timeoutAt != null && !timeoutAt.isAfter(now);
    }

    boolean allApproved() {
        return tasks.stream().allMatch(t -> t.getStatus() == ApprovalTask.Status.APPROVED);
    }

    Optional<ApprovalTask> task(long taskId) {
        return tasks.stream().filter(t -> t.getId() != null && t.getId() == taskId).findFirst();
    }

    List<ApprovalTask> pendingTasks() {
        return tasks.stream().filter(ApprovalTask::isPending).toList();
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public int getStepNo() {
        return stepNo;
    }

    public StepRule getRule() {
        return rule;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getTimeoutAt() {
        return timeoutAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public List<ApprovalTask> getTasks() {
        return List.copyOf(tasks);
    }
}
