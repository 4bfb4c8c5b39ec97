package kehu.platform.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import kehu.platform.ApprovalDecided;
import kehu.platform.ApprovalOutcome;
import kehu.platform.ApprovalReminderDue;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * One approval of a piece of business (ORG-6), following a copy of its chain's steps.
 *
 * <p>Lifecycle: PENDING → APPROVED | REJECTED | TIMED_OUT | CANCELLED, decided exactly once.
 * <ul>
 *   <li>{@link #begin}: copies the steps and starts the first one; with no steps (no chain) the
 *       approval is APPROVED at once.</li>
 *   <li>Starting a step gives a task to each approver. Nobody found → the administrators (history
 *       STEP_FALLBACK); no administrator either → the step is SKIPPED, so nothing ever hangs.</li>
 *   <li>{@link #decide}: a rejection ends the approval REJECTED; an approval closes the step when its
 *       mode is ANY_OF (siblings cancelled) or when every task is approved (ALL_OF), and the next
 *       step starts; after the last step the approval is APPROVED.</li>
 *   <li>{@link #remindIfDue}: once per step, when its reminder time has come.</li>
 *   <li>{@link #timeOutIfDue}: applies the step's {@link TimeoutAction}.</li>
 *   <li>{@link #withdraw}: the applicant cancels while pending.</li>
 * </ul>
 * Every move is written to the history. The outcome is announced by an {@link ApprovalDecided}
 * event (and reminders by {@link ApprovalReminderDue}), collected here and published by the
 * engine in the same transaction ({@link #pullEvents()}).
 */
@Entity
@Table(name = "platform_approval")
public class Approval extends AuditedEntity {

    public enum Status { PENDING, APPROVED, REJECTED, TIMED_OUT, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_type", nullable = false, length = 64)
    private String businessType;

    @Column(name = "business_key", nullable = false, length = 64)
    private String businessKey;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "applicant_staff_id", nullable = false)
    private Long applicantStaffId;

    @Column(name = "subject_staff_id", nullable = false)
    private Long subjectStaffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    /** Number of the active step; 0 before the first step starts. */
    @Column(name = "current_step", nullable = false)
    private int currentStep;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "chain_id")
    private Long chainId;

    @OneToMany(mappedBy = "approval", cascade = CascadeType.ALL)
    @OrderBy("stepNo")
    private List<ApprovalStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "approval", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ApprovalHistoryEntry> history = new ArrayList<>();

    @Transient
    private final List<Object> events = new ArrayList<>();

    protected Approval() {
    }

    public Approval(String businessType, String businessKey, String title, long applicantStaffId, long subjectStaffId) {
        this.businessType = businessType;
        this.businessKey = businessKey;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.applicantStaffId = applicantStaffId;
        this.subjectStaffId = subjectStaffId;
    }

    /**
     * Starts the approval with these steps (copies of a chain's rules, in order); with none it is
     * approved at once. The approval must have been saved (it needs its id for the events).
     */
    void begin(Long chainId, List<StepRule> rules, ApproverResolver resolver, Instant now) {
        requirePending();
        if (!steps.isEmpty() || !history.isEmpty()) {
            throw new IllegalStateException("approval " + id + " has already begun");
        }
        this.chainId = chainId;
        record(HistoryEvent.STARTED, null, null, applicantStaffId, null, null, null, now);
        int no = 1;
        for (var rule : rules) {
            steps.add(new ApprovalStep(this, no++, rule));
        }
        advance(resolver, now);
    }

    /** An approver (or their delegate, {@code actorStaffId}) approves or rejects a task of the active step. */
    void decide(long taskId, boolean approve, long actorStaffId, String comment, ApproverResolver resolver, Instant now) {
        requirePending();
        var step = activeStep().orElseThrow(() -> new DomainException("approval.task.closed"));
        var task = step.task(taskId).orElseThrow(() -> new DomainException("approval.task.closed"));
        task.decide(approve, actorStaffId, comment, now);
        record(approve ? HistoryEvent.APPROVED : HistoryEvent.REJECTED, step.getStepNo(), taskId, actorStaffId,
                task.getApproverStaffId(), null, comment, now);
        if (!approve) {
            step.end(ApprovalStep.Status.REJECTED, ApprovalTask.Status.CANCELLED, now);
            finish(ApprovalOutcome.REJECTED, now);
        } else if (step.getRule().mode() == ApprovalMode.ANY_OF || step.allApproved()) {
            step.end(ApprovalStep.Status.APPROVED, ApprovalTask.Status.CANCELLED, now);
            advance(resolver, now);
        }
    }

    /** Reminds the pending approvers of the active step once its reminder is due; false when nothing was due. */
    boolean remindIfDue(Instant now) {
        if (status != Status.PENDING) {
            return false;
        }
        var step = activeStep().filter(s -> s.reminderDue(now));
        if (step.isEmpty()) {
            return false;
        }
        step.get().markReminded(now);
        for (var task : step.get().pendingTasks()) {
            record(HistoryEvent.REMINDED, step.get().getStepNo(), task.getId(), null, task.getApproverStaffId(), null,
                    null, now);
            events.add(new ApprovalReminderDue(id, task.getId(), task.getApproverStaffId(), businessType, title, now));
        }
        return true;
    }

    /** Applies the active step's timeout action once its timeout is due; false when nothing was due. */
    boolean timeOutIfDue(ApproverResolver resolver, Instant now) {
        if (status != Status.PENDING) {
            return false;
        }
        var due = activeStep().filter(s -> s.timeoutDue(now));
        if (due.isEmpty()) {
            return false;
        }
        var step = due.get();
        var action = step.getRule().timeoutAction();
        record(HistoryEvent.TIMED_OUT, step.getStepNo(), null, null, null, action.name(), null, now);
        switch (action) {
            case REJECT -> {
                step.end(ApprovalStep.Status.TIMED_OUT, ApprovalTask.Status.EXPIRED, now);
                finish(ApprovalOutcome.TIMED_OUT, now);
            }
            case APPROVE -> {
                step.end(ApprovalStep.Status.TIMED_OUT, ApprovalTask.Status.EXPIRED, now);
                advance(resolver, now);
            }
            case ESCALATE -> {
                step.end(ApprovalStep.Status.ESCALATED, ApprovalTask.Status.EXPIRED, now);
                if (steps.stream().anyMatch(s -> s.getStatus() == ApprovalStep.Status.WAITING)) {
                    advance(resolver, now);
                } else {
                    finish(ApprovalOutcome.TIMED_OUT, now); // nothing to escalate to (chains refuse this)
                }
            }
        }
        return true;
    }

    /** The applicant withdraws the request while it is pending. */
    void withdraw(long actorStaffId, String comment, Instant now) {
        requirePending();
        if (actorStaffId != applicantStaffId) {
            throw new DomainException("approval.withdraw.notApplicant");
        }
        activeStep().ifPresent(s -> s.end(ApprovalStep.Status.CANCELLED, ApprovalTask.Status.CANCELLED, now));
        record(HistoryEvent.WITHDRAWN, currentStep == 0 ? null : currentStep, null, actorStaffId, null, null, comment,
                now);
        finish(ApprovalOutcome.CANCELLED, now);
    }

    /** Starts the next waiting step that has approvers, or approves when none is left. */
    private void advance(ApproverResolver resolver, Instant now) {
        for (var step : steps) {
            if (step.getStatus() != ApprovalStep.Status.WAITING) {
                continue;
            }
            var resolution = resolver.resolve(step.getRule(), applicantStaffId, subjectStaffId);
            if (resolution.approvers().isEmpty()) {
                step.skip(now);
                record(HistoryEvent.STEP_SKIPPED, step.getStepNo(), null, null, null,
                        step.getRule().approverKind().name(), null, now);
                continue;
            }
            if (resolution.fallback()) {
                record(HistoryEvent.STEP_FALLBACK, step.getStepNo(), null, null, null,
                        step.getRule().approverKind().name(), null, now);
            }
            currentStep = step.getStepNo();
            var tasks = step.activate(resolution.approvers(), now);
            record(HistoryEvent.STEP_STARTED, step.getStepNo(), null, null, null, step.getRule().mode().name(), null, now);
            for (var task : tasks) {
                record(HistoryEvent.TASK_CREATED, step.getStepNo(), null, null, task.getApproverStaffId(), null, null, now);
            }
            return;
        }
        finish(ApprovalOutcome.APPROVED, now);
    }

    private void finish(ApprovalOutcome outcome, Instant now) {
        end(outcome, now);
        record(HistoryEvent.FINISHED, null, null, null, null, outcome.name(), null, now);
        events.add(new ApprovalDecided(id, businessType, businessKey, outcome, now));
    }

    /** Ends the approval with this outcome; refused once it has been decided. */
    private void end(ApprovalOutcome outcome, Instant at) {
        if (status != Status.PENDING) {
            throw new DomainException("approval.alreadyDecided");
        }
        this.status = Status.valueOf(outcome.name());
        this.decidedAt = at;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new DomainException("approval.alreadyDecided");
        }
    }

    private void record(HistoryEvent event, Integer stepNo, Long taskId, Long actor, Long approver, String detail,
                        String comment, Instant at) {
        history.add(new ApprovalHistoryEntry(this, event, stepNo, taskId, actor, approver, detail, comment, at));
    }

    /** The events registered since the last call, for the engine to publish; the list is emptied. */
    List<Object> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** A task of any step of this approval. */
    public Optional<ApprovalTask> task(long taskId) {
        return steps.stream().flatMap(s -> s.task(taskId).stream()).findFirst();
    }

    public Optional<ApprovalStep> activeStep() {
        return steps.stream().filter(ApprovalStep::isActive).findFirst();
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessType() {
        return businessType;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getTitle() {
        return title;
    }

    public Long getApplicantStaffId() {
        return applicantStaffId;
    }

    public Long getSubjectStaffId() {
        return subjectStaffId;
    }

    public Status getStatus() {
        return status;
    }

    public int getCurrentStep() {
        return currentStep;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getChainId() {
        return chainId;
    }

    public List<ApprovalStep> getSteps() {
        return List.copyOf(steps);
    }

    public List<ApprovalHistoryEntry> getHistory() {
        return List.copyOf(history);
    }
}
