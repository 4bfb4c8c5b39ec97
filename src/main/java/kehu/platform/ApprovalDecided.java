package kehu.platform;

import java.time.Instant;

/** An approval ended; the module that started it acts on the outcome. */
public record ApprovalDecided(long approvalId, String businessType, String businessKey,
                              ApprovalOutcome outcome, Instant at) {
}
