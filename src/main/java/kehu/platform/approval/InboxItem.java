package kehu.platform.approval;

import java.time.Instant;

/**
 * A pending task the signed-in person may decide: their own, or ({@code onBehalf}) one of a
 * colleague who delegated to them for now.
 */
public record InboxItem(long taskId, long approvalId, String businessType, String chainName, String title,
                        String applicantName, int stepNo, int stepCount, ApprovalMode mode, long approverStaffId,
                        String approverName, boolean onBehalf, Instant assignedAt, Instant timeoutAt) {
}
