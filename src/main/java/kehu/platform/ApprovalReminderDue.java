package kehu.platform;

import java.time.Instant;

/**
 * An approver has not decided a task within the step's reminder time: remind them (the notify
 * module listens). Published once per pending task when the step's reminder falls due.
 */
public record ApprovalReminderDue(long approvalId, long taskId, long staffId, String businessType, String title,
                                  Instant at) {
}
