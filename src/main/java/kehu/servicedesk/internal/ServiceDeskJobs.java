package kehu.servicedesk.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import kehu.servicedesk.ServiceDeskSettings;
import kehu.servicedesk.TimeLimitSweep;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service desk's recurring jobs (cluster-safe, one node at a time): the time-limit sweep and the planning of
 * periodic return visits.
 */
@Configuration(proxyBeanMethods = false)
class ServiceDeskJobs {

    @Bean
    RecurringTask<Void> serviceDeskTimeLimits(TimeLimitSweep sweep, ServiceDeskSettings settings) {
        return Tasks.recurring("servicedesk.time-limits", Schedules.fixedDelay(settings.sweepInterval()))
                .execute((instance, context) -> sweep.sweep());
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "kehu.servicedesk.periodic-visits",
            havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> serviceDeskPeriodicVisits(PeriodicVisits periodic, ServiceDeskSettings settings) {
        return Tasks.recurring("servicedesk.periodic-visits", Schedules.fixedDelay(settings.periodicCheck()))
                .execute((instance, context) -> periodic.plan());
    }
}
