package kehu.servicedesk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.servicedesk.MatterStatus;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.Priority;
import kehu.servicedesk.Severity;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;

/**
 * A customer matter (报事), the aggregate of the service desk.
 *
 * <p>Lifecycle: REGISTERED (taken in) › IN_PROGRESS ({@link #respond}, {@link #take}) ⇄ WAITING_CUSTOMER
 * ({@link #pause} stops the resolution clock, {@link #resume} restarts it with the working time that was
 * left) › RESOLVED ({@link #resolve}) › CLOSED ({@link #close}; a complaint only with feedback). A
 * resolved or closed matter may be {@link #reopen reopened} (new resolution round, new limit). Ownership
 * (首问负责) stays with whoever took it in until {@link #handOver}; handling goes to a department, post or
 * person ({@link #assign}). Alerts: {@link #nextAlertAt} is the earliest warning or escalation still to
 * fire; the sweep fires them and records each on the matter, so a second sweep finds nothing to do.
 */
@Entity
@Table(name = "sd_matter")
public class Matter extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;
    @Enumerated(EnumType.STRING)
    private MatterType type;
    private String channel;
    private String categoryCode;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    private String subject;
    private String description;
    private Long customerId;
    private String customerName;
    private String callerName;
    private String callbackNumber;
    private String areaCode;
    @Enumerated(EnumType.STRING)
    private MatterStatus status;
    private String intakeToken;
    private Instant receivedAt;
    private long receivedBy;
    private long ownerStaffId;
    private long ownerUnitId;
    private Long handlingUnitId;
    private Long handlingPositionId;
    private Long handlingStaffId;
    private Instant firstResponseAt;
    private Instant responseWarnAt;
    private Instant responseDueAt;
    private Instant resolveWarnAt;
    private Instant resolveDueAt;
    private Instant pausedAt;
    @Column(name = "resolve_remaining_s")
    private Long resolveRemainingSeconds;
    private boolean responseWarned;
    private boolean responseBreached;
    private boolean resolveWarned;
    private int escalationLevel;
    private Instant nextAlertAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private int resolutionRound;
    private int reopenCount;

    protected Matter() {
    }

    public Matter(String number, MatterType type, String channel, String categoryCode, Priority priority,
                  Severity severity, String subject, String description, Long customerId, String customerName,
                  String callerName, String callbackNumber, String areaCode, String intakeToken, Instant receivedAt,
                  long receivedBy, long ownerUnitId, Deadlines deadlines) {
        this.number = number;
        this.type = type;
        this.channel = channel;
        this.categoryCode = categoryCode;
        this.priority = priority;
        this.severity = severity;
        this.subject = subject;
        this.description = description;
        this.customerId = customerId;
        this.customerName = customerName;
        this.callerName = callerName;
        this.callbackNumber = callbackNumber;
        this.areaCode = areaCode;
        this.intakeToken = intakeToken;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.ownerStaffId = receivedBy;
        this.ownerUnitId = ownerUnitId;
        this.status = MatterStatus.REGISTERED;
        apply(deadlines);
    }

    private void apply(Deadlines d) {
        this.responseWarnAt = d.responseWarnAt();
        this.responseDueAt = d.responseDueAt();
        this.resolveWarnAt = d.resolveWarnAt();
        this.resolveDueAt = d.resolveDueAt();
    }

    // --- handling and ownership ------------------------------------------------------------------

    /** Sends the matter to a department, post or person; whoever had taken it no longer holds it. */
    public void assign(Long unitId, Long positionId, Long staffId) {
        requireNotClosed();
        this.handlingUnitId = unitId;
        this.handlingPositionId = positionId;
        this.handlingStaffId = staffId;
    }

    /**
     * A member of the handling department takes the matter: it is theirs, and taking it is the first
     * response. Refused when someone else already took it.
     */
    public void take(long staffId, Instant now) {
        requireOpen();
        if (handlingStaffId != null && handlingStaffId != staffId) {
            throw new DomainException("servicedesk.matter.alreadyTaken", number);
        }
        this.handlingStaffId = staffId;
        respond(now);
    }

    /** First-contact ownership passes to another person (a recorded hand-over). */
    public void handOver(long toStaffId, long toUnitId) {
        requireNotClosed();
        if (toStaffId == ownerStaffId) {
            throw DomainException.invalid("toStaffId", "servicedesk.handover.sameOwner");
        }
        this.ownerStaffId = toStaffId;
        this.ownerUnitId = toUnitId;
    }

    // --- moves ---------------------------------------------------------------------------------

    /** Somebody responded to the customer; the response clock stops (the first time only). */
    public boolean respond(Instant now) {
        requireOpen();
        if (status == MatterStatus.REGISTERED) {
            status = MatterStatus.IN_PROGRESS;
        }
        if (firstResponseAt == null) {
            firstResponseAt = now;
            return true;
        }
        return false;
    }

    /** Waiting for the customer: the resolution clock stops with {@code remaining} working time left on it. */
    public void pause(Instant now, Duration remaining) {
        if (status != MatterStatus.IN_PROGRESS) {
            throw new DomainException("servicedesk.matter.cannotPause", number);
        }
        status = MatterStatus.WAITING_CUSTOMER;
        pausedAt = now;
        resolveRemainingSeconds = Math.max(remaining.toSeconds(), 0);
    }

    /** The customer answered: the clock runs again from {@code now} with the time that was left. */
    public void resume(Function<Duration, Deadlines> fromNowWithRemaining) {
        if (status != MatterStatus.WAITING_CUSTOMER) {
            throw new DomainException("servicedesk.matter.notWaiting", number);
        }
        var d = fromNowWithRemaining.apply(Duration.ofSeconds(resolveRemainingSeconds == null ? 0 : resolveRemainingSeconds));
        this.resolveWarnAt = d.resolveWarnAt();
        this.resolveDueAt = d.resolveDueAt();
        status = MatterStatus.IN_PROGRESS;
        pausedAt = null;
        resolveRemainingSeconds = null;
    }

    public Duration remainingOnPause() {
        return resolveRemainingSeconds == null ? null : Duration.ofSeconds(resolveRemainingSeconds);
    }

    /** The answer is given: the next resolution round starts and waits for the customer's feedback. */
    public int resolve(Instant now) {
        requireOpen();
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
        status = MatterStatus.RESOLVED;
        resolvedAt = now;
        pausedAt = null;
        resolveRemainingSeconds = null;
        resolutionRound++;
        return resolutionRound;
    }

    /** Closes a resolved matter; a complaint needs the customer's feedback (or a return visit) first. */
    public void close(Instant now, boolean feedbackRecorded) {
        if (status != MatterStatus.RESOLVED) {
            throw new DomainException("servicedesk.matter.notResolved", number);
        }
        if (type.needsFeedbackToClose() && !feedbackRecorded) {
            throw new DomainException("servicedesk.matter.closeWithoutFeedback", number);
        }
        status = MatterStatus.CLOSED;
        closedAt = now;
    }

    /** Opens a resolved or closed matter again with a new resolution limit; earlier rounds are kept. */
    public void reopen(Deadlines fresh) {
        if (status != MatterStatus.RESOLVED && status != MatterStatus.CLOSED) {
            throw new DomainException("servicedesk.matter.notReopenable", number);
        }
        status = MatterStatus.IN_PROGRESS;
        closedAt = null;
        resolvedAt = null;
        reopenCount++;
        resolveWarnAt = fresh.resolveWarnAt();
        resolveDueAt = fresh.resolveDueAt();
        resolveWarned = false;
        escalationLevel = 0;
    }

    // --- alerts (SVC-3) ------------------------------------------------------------------------

    /** A time-limit event that is due on this matter. */
    public record DueAlert(kehu.servicedesk.AlertKind kind, int level, Instant dueAt) {
    }

    /**
     * The warnings and escalations due at {@code now} that have not fired yet, in order. Escalation
     * level n falls due {@code step × (n − 1)} of working time after the resolution limit
     * ({@code afterLimit} computes that instant).
     */
    public List<DueAlert> dueAlerts(Instant now, java.util.function.BiFunction<Instant, Integer, Instant> afterLimit) {
        var due = new ArrayList<DueAlert>();
        for (var a : pendingAlerts(afterLimit)) {
            if (!a.dueAt().isAfter(now)) {
                due.add(a);
            }
        }
        return due;
    }

    private List<DueAlert> pendingAlerts(java.util.function.BiFunction<Instant, Integer, Instant> afterLimit) {
        var pending = new ArrayList<DueAlert>();
        if (status == MatterStatus.REGISTERED || status == MatterStatus.IN_PROGRESS) {
            if (firstResponseAt == null) {
                if (!responseWarned && responseWarnAt != null) {
                    pending.add(new DueAlert(kehu.servicedesk.AlertKind.RESPONSE_WARNING, 0, responseWarnAt));
                }
                if (!responseBreached) {
                    pending.add(new DueAlert(kehu.servicedesk.AlertKind.RESPONSE_BREACH, 1, responseDueAt));
                }
            }
            if (resolveDueAt != null) {
                if (!resolveWarned && resolveWarnAt != null) {
                    pending.add(new DueAlert(kehu.servicedesk.AlertKind.RESOLVE_WARNING, 0, resolveWarnAt));
                }
                // every level still to come (a sweep after a long pause fires all that fell due, in order)
                for (int next = escalationLevel + 1; next <= 3; next++) {
                    pending.add(new DueAlert(kehu.servicedesk.AlertKind.ESCALATION, next, afterLimit.apply(resolveDueAt, next)));
                }
            }
        }
        pending.sort(java.util.Comparator.comparing(DueAlert::dueAt).thenComparing(DueAlert::level));
        return pending;
    }

    /** Records that an alert fired, so it never fires again in this round. */
    public void fired(DueAlert alert) {
        switch (alert.kind()) {
            case RESPONSE_WARNING -> responseWarned = true;
            case RESPONSE_BREACH -> responseBreached = true;
            case RESOLVE_WARNING -> resolveWarned = true;
            case ESCALATION -> escalationLevel = Math.max(escalationLevel, alert.level());
            case MAJOR -> {
                // told at intake; the breach ladder still runs if the limit is missed
            }
        }
    }

    /** Recomputes the earliest alert still to fire (null when none can: resolved, closed or paused). */
    public void scheduleNextAlert(java.util.function.BiFunction<Instant, Integer, Instant> afterLimit) {
        var pending = pendingAlerts(afterLimit);
        nextAlertAt = pending.isEmpty() ? null : pending.get(0).dueAt();
    }

    /** Past its resolution limit or its response limit. */
    public boolean isOverdue(Instant now) {
        if (!status.open() || status == MatterStatus.WAITING_CUSTOMER) {
            return false;
        }
        return (resolveDueAt != null && now.isAfter(resolveDueAt))
                || (firstResponseAt == null && now.isAfter(responseDueAt));
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new DomainException("servicedesk.matter.notOpen", number);
        }
    }

    private void requireNotClosed() {
        if (status == MatterStatus.CLOSED) {
            throw new DomainException("servicedesk.matter.closed", number);
        }
    }

    // --- getters -------------------------------------------------------------------------------

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public MatterType getType() { return type; }
    public String getChannel() { return channel; }
    public String getCategoryCode() { return categoryCode; }
    public Priority getPriority() { return priority; }
    public Severity getSeverity() { return severity; }
    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public Long getCustomerId() { return customerId; }
    public String getCustomerName() { return customerName; }
    public String getCallerName() { return callerName; }
    public String getCallbackNumber() { return callbackNumber; }
    public String getAreaCode() { return areaCode; }
    public MatterStatus getStatus() { return status; }
    public String getIntakeToken() { return intakeToken; }
    public Instant getReceivedAt() { return receivedAt; }
    public long getReceivedBy() { return receivedBy; }
    public long getOwnerStaffId() { return ownerStaffId; }
    public long getOwnerUnitId() { return ownerUnitId; }
    public Long getHandlingUnitId() { return handlingUnitId; }
    public Long getHandlingPositionId() { return handlingPositionId; }
    public Long getHandlingStaffId() { return handlingStaffId; }
    public Instant getFirstResponseAt() { return firstResponseAt; }
    public Instant getResponseWarnAt() { return responseWarnAt; }
    public Instant getResponseDueAt() { return responseDueAt; }
    public Instant getResolveWarnAt() { return resolveWarnAt; }
    public Instant getResolveDueAt() { return resolveDueAt; }
    public Instant getPausedAt() { return pausedAt; }
    public boolean isResponseWarned() { return responseWarned; }
    public boolean isResponseBreached() { return responseBreached; }
    public boolean isResolveWarned() { return resolveWarned; }
    public int getEscalationLevel() { return escalationLevel; }
    public Instant getNextAlertAt() { return nextAlertAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getClosedAt() { return closedAt; }
    public int getResolutionRound() { return resolutionRound; }
    public int getReopenCount() { return reopenCount; }
}
