package kehu.platform.approval;

import java.time.Instant;
import java.util.List;

/** Everything about one approval: its steps with their tasks, and its history. */
public record ApprovalDetails(long id, String businessType, String businessKey, String chainName, String title,
                              long applicantStaffId, String applicantName, long subjectStaffId, String subjectName,
                              Approval.Status status, int currentStep, Instant startedAt, Instant decidedAt,
                              List<Step> steps, List<Entry> history, boolean withdrawable) {

    public record Step(int stepNo, ApproverKind approverKind, String roleCode, String personName, ApprovalMode mode,
                       ApprovalStep.Status status, Instant startedAt, Instant remindAt, Instant timeoutAt,
                       TimeoutAction timeoutAction, Instant endedAt, List<Task> tasks) {
    }

    /** {@code actionable}: the viewer may decide this task now (as approver or delegate). */
    public record Task(long id, long approverStaffId, String approverName, ApprovalTask.Status status,
                       String actedByName, boolean onBehalf, String comment, Instant decidedAt, boolean actionable) {
    }

    /** {@code actorName} null: the system. {@code onBehalf}: the actor acted for {@code approverName}. */
    public record Entry(HistoryEvent event, Integer stepNo, String actorName, String approverName, boolean onBehalf,
                        String detail, String comment, Instant at) {

        /** The message key that names {@code detail} (a mode, timeout action, approver kind or outcome), or null. */
        public String detailKey() {
            if (detail == null) {
                return null;
            }
            return switch (event) {
                case STEP_STARTED -> "approval.mode." + detail;
                case TIMED_OUT -> "approval.timeoutAction." + detail;
                case STEP_FALLBACK, STEP_SKIPPED -> "approval.kind." + detail;
                case FINISHED -> "approval.status." + detail;
                default -> null;
            };
        }
    }
}
