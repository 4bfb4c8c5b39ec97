package kehu.platform.approval;

import java.time.Instant;
import java.util.List;

/** An approval the signed-in person started, with whom it waits for. */
public record RequestRow(long approvalId, String businessType, String title, Approval.Status status, int currentStep,
                         int stepCount, List<String> waitingFor, Instant startedAt, Instant decidedAt) {
}
