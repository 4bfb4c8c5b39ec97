package kehu.servicedesk.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import kehu.servicedesk.ServiceDeskSettings;
import kehu.servicedesk.TimeLimitSweep;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service desk's recurring job: the time-limit sweep (cluster-safe, one node at a time). */
@Configuration(proxyBeanMethods = false)
class ServiceDeskJobs {

    @Bean
    RecurringTask<Void> serviceDeskTimeLimits(TimeLimitSweep sweep, ServiceDeskSettings settings) {
        return Tasks.recurring("servicedesk.time-limits", Schedules.fixedDelay(settings.sweepInterval()))
                .execute((instance, context) -> sweep.sweep());
    }
}
