package kehu.platform.approval;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueCheckInterval how often the scheduled job looks for due reminders and timeouts
 *                         ({@code kehu.approval.due-check-interval}, default one minute)
 */
@ConfigurationProperties("kehu.approval")
public record ApprovalSettings(@DefaultValue("1m") Duration dueCheckInterval) {
}
