package kehu.platform.approval;

import java.time.Instant;
import java.util.List;

/** An approval chain as pages and the API show it. Durations in hours. */
public record ChainView(long id, String businessType, String name, boolean active, List<Step> steps, long version,
                        Instant updatedAt, String updatedBy) {

    public record Step(int stepNo, ApproverKind approverKind, String roleCode, Long personStaffId, String personName,
                       ApprovalMode mode, Integer reminderAfterHours, Integer timeoutAfterHours,
                       TimeoutAction timeoutAction) {
    }
}
