package kehu.platform.approval;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import kehu.platform.ApprovalRequest;
import kehu.platform.Approvals;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approvals engine (ORG-6): starts approvals along the chain configured for their business
 * type, and takes the approvers' decisions. The rules of the moves live in {@link Approval}; this
 * class loads, checks who may act, and publishes what the approval registered
 * ({@code ApprovalDecided}, {@code ApprovalReminderDue}) in the same transaction, so the event
 * publication registry delivers them exactly when the change commits.
 */
@Service
@Transactional
public class ApprovalEngine implements Approvals {

    static final Pattern BUSINESS_TYPE = Pattern.compile("[a-z0-9.-]{1,64}");
    static final int MAX_COMMENT = 1000;

    private final ApprovalRecords approvals;
    private final ApprovalChains chains;
    private final ApprovalTasks tasks;
    private final Delegations delegations;
    private final ApproverResolver resolver;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApprovalEngine(ApprovalRecords approvals, ApprovalChains chains, ApprovalTasks tasks, Delegations delegations,
                   ApproverResolver resolver, ApplicationEventPublisher events, Clock clock) {
        this.approvals = approvals;
        this.chains = chains;
        this.tasks = tasks;
        this.delegations = delegations;
        this.resolver = resolver;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long start(ApprovalRequest request) {
        if (request.businessType() == null || !BUSINESS_TYPE.matcher(request.businessType()).matches()) {
            throw new IllegalArgumentException("business type must match [a-z0-9.-]{1,64}: " + request.businessType());
        }
        if (request.businessKey() == null || request.businessKey().isBlank() || request.businessKey().length() > 64) {
            throw new IllegalArgumentException("business key must have 1 to 64 characters");
        }
        if (request.title() == null || request.title().isBlank()) {
            throw new IllegalArgumentException("an approval needs a title");
        }
        var now = clock.instant();
        var approval = approvals.save(new Approval(request.businessType(), request.businessKey(), request.title().trim(),
                request.applicantStaffId(), request.subjectStaffId()));
        var chain = chains.findByBusinessTypeAndActiveTrue(request.businessType());
        approval.begin(chain.map(ApprovalChain::getId).orElse(null), chain.map(ApprovalChain::rules).orElse(List.of()),
                resolver, now);
        publish(approval);
        events.publishEvent(AuditableAction.of("approval.start", PersistenceConfiguration.currentActor(), "approval",
                approval.getId(), null, request.businessType() + ":" + request.businessKey(), now));
        return approval.getId();
    }

    /** Approves a task, as its approver or their delegate ({@code actorStaffId}); the comment is optional. */
    public void approve(long taskId, long actorStaffId, String comment) {
        decide(taskId, true, actorStaffId, comment);
    }

    /** Rejects a task, as its approver or their delegate; a reason (comment) is required. Ends the approval REJECTED. */
    public void reject(long taskId, long actorStaffId, String comment) {
        decide(taskId, false, actorStaffId, comment);
    }

    private void decide(long taskId, boolean approve, long actorStaffId, String comment) {
        var text = comment == null || comment.isBlank() ? null : comment.trim();
        var violations = new ArrayList<FieldViolation>();
        if (!approve && text == null) {
            violations.add(new FieldViolation("comment", "approval.comment.requiredToReject"));
        }
        if (text != null && text.length() > MAX_COMMENT) {
            violations.add(new FieldViolation("comment", "validation.tooLong", MAX_COMMENT));
        }
        var approvalId = tasks.approvalIdOf(taskId).orElseThrow(() -> new NotFoundException("approval.task", taskId));
        var approval = approvals.findForUpdate(approvalId).orElseThrow();
        var task = approval.task(taskId).orElseThrow();
        var now = clock.instant();
        if (!mayAct(task, actorStaffId, approval.getBusinessType(), now)) {
            throw new AccessDeniedException("staff " + actorStaffId + " may not act on approval task " + taskId);
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        approval.decide(taskId, approve, actorStaffId, text, resolver, now);
        publish(approval);
        events.publishEvent(AuditableAction.of(approve ? "approval.approve" : "approval.reject",
                PersistenceConfiguration.currentActor(), "approval", approval.getId(),
                null, "task " + taskId + (text == null ? "" : ": " + text), now));
    }

    /** The applicant withdraws a pending request; the approval ends CANCELLED. */
    public void withdraw(long approvalId, long actorStaffId, String comment) {
        var text = comment == null || comment.isBlank() ? null : comment.trim();
        if (text != null && text.length() > MAX_COMMENT) {
            throw DomainException.invalid("comment", "validation.tooLong", MAX_COMMENT);
        }
        var approval = approvals.findForUpdate(approvalId).orElseThrow(() -> new NotFoundException("approval", approvalId));
        var now = clock.instant();
        approval.withdraw(actorStaffId, text, now);
        publish(approval);
        events.publishEvent(AuditableAction.of("approval.withdraw", PersistenceConfiguration.currentActor(), "approval",
                approvalId, null, text, now));
    }

    /** Whether this staff member may act on the task now: its approver, or a delegate of the approver. */
    boolean mayAct(ApprovalTask task, long staffId, String businessType, Instant at) {
        return task.getApproverStaffId() == staffId
                || delegations.activeFor(task.getApproverStaffId(), staffId, businessType, at);
    }

    /**
     * Applies a due timeout, or else sends a due reminder, of one approval (the scheduled job calls
     * this once per approval, each in its own transaction). Checks the state again, so a second
     * call — or a call racing a decision — does nothing more. Returns whether anything happened.
     */
    boolean handleDue(long approvalId, Instant now) {
        var approval = approvals.findForUpdate(approvalId).orElseThrow();
        boolean timedOut = approval.timeOutIfDue(resolver, now);
        boolean reminded = !timedOut && approval.remindIfDue(now);
        publish(approval);
        if (timedOut) {
            events.publishEvent(AuditableAction.of("approval.timeout", PersistenceConfiguration.currentActor(),
                    "approval", approvalId, null, approval.getStatus().name(), now));
        }
        return timedOut || reminded;
    }

    private void publish(Approval approval) {
        approval.pullEvents().forEach(events::publishEvent);
    }
}
