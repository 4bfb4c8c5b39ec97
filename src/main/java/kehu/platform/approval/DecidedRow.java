package kehu.platform.approval;

import java.time.Instant;

/** A task the signed-in person decided, for themselves or ({@code onBehalfOf} not null) for a colleague. */
public record DecidedRow(long taskId, long approvalId, String businessType, String title, ApprovalTask.Status decision,
                         Approval.Status approvalStatus, String comment, String onBehalfOf, Instant decidedAt) {
}
