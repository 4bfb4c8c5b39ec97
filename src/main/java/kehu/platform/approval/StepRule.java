package kehu.platform.approval;

import java.time.Duration;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The rule of one step: who approves ({@link ApproverKind} with a role code or a person), how they
 * decide together ({@link ApprovalMode}), when to remind them and when the step times out and what
 * then happens. Durations are plain elapsed time (not working time), kept in whole minutes.
 * Refuses inconsistent combinations; user input is checked with field errors before one is built.
 */
@Embeddable
public class StepRule {

    @Enumerated(EnumType.STRING)
    @Column(name = "approver_kind", nullable = false, length = 20)
    private ApproverKind approverKind;

    @Column(name = "role_code", length = 32)
    private String roleCode;

    @Column(name = "person_staff_id")
    private Long personStaffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 8)
    private ApprovalMode mode;

    @Column(name = "reminder_after_minutes")
    private Integer reminderAfterMinutes;

    @Column(name = "timeout_after_minutes")
    private Integer timeoutAfterMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "timeout_action", length = 16)
    private TimeoutAction timeoutAction;

    protected StepRule() {
    }

    public StepRule(ApproverKind approverKind, String roleCode, Long personStaffId, ApprovalMode mode,
                    Duration reminderAfter, Duration timeoutAfter, TimeoutAction timeoutAction) {
        if (approverKind == null || mode == null) {
            throw new IllegalArgumentException("approver kind and mode are required");
        }
        if ((approverKind == ApproverKind.ROLE) != (roleCode != null && !roleCode.isBlank())) {
            throw new IllegalArgumentException("a role code goes with (and only with) approver kind ROLE");
        }
        if ((approverKind == ApproverKind.PERSON) != (personStaffId != null)) {
            throw new IllegalArgumentException("a person goes with (and only with) approver kind PERSON");
        }
        if ((timeoutAfter == null) != (timeoutAction == null)) {
            throw new IllegalArgumentException("a timeout needs an action and an action needs a timeout");
        }
        this.approverKind = approverKind;
        this.roleCode = roleCode;
        this.personStaffId = personStaffId;
        this.mode = mode;
        this.reminderAfterMinutes = minutes(reminderAfter);
        this.timeoutAfterMinutes = minutes(timeoutAfter);
        this.timeoutAction = timeoutAction;
    }

    private static Integer minutes(Duration d) {
        if (d == null) {
            return null;
        }
        if (d.isNegative() || d.isZero() || d.toMinutes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("durations must be positive: " + d);
        }
        return (int) Math.max(1, d.toMinutes());
    }

    /** A copy (an approval keeps its own copy of the chain's rules). */
    StepRule copy() {
        return new StepRule(approverKind, roleCode, personStaffId, mode, reminderAfter().orElse(null),
                timeoutAfter().orElse(null), timeoutAction);
    }

    public ApproverKind approverKind() {
        return approverKind;
    }

    public String roleCode() {
        return roleCode;
    }

    public Long personStaffId() {
        return personStaffId;
    }

    public ApprovalMode mode() {
        return mode;
    }

    public Optional<Duration> reminderAfter() {
        return Optional.ofNullable(reminderAfterMinutes).map(Duration::ofMinutes);
    }

    public Optional<Duration> timeoutAfter() {
        return Optional.ofNullable(timeoutAfterMinutes).map(Duration::ofMinutes);
    }

    public TimeoutAction timeoutAction() {
        return timeoutAction;
    }
}
