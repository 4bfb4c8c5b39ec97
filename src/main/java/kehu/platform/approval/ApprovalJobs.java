package kehu.platform.approval;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The approvals engine's recurring job, picked up by the platform scheduler (see {@code kehu.platform.scheduling}). */
@Configuration(proxyBeanMethods = false)
class ApprovalJobs {

    static final String DUE_CHECK = "platform.approval.due-check";

    @Bean
    RecurringTask<Void> approvalDueCheck(ApprovalTimeouts timeouts, ApprovalSettings settings) {
        return Tasks.recurring(DUE_CHECK, Schedules.fixedDelay(settings.dueCheckInterval()))
                .execute((instance, context) -> timeouts.processDue());
    }
}
