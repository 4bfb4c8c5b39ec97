package kehu.archive.internal;

import kehu.archive.ArchiveIntegrity;
import kehu.archive.ArchiveSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** The integrity sweep (ARC-10) as a cluster-safe recurring job: one node runs it at a time. */
@Configuration(proxyBeanMethods = false)
class IntegritySweepJob {

    @Bean
    RecurringTask<Void> archiveIntegritySweep(ArchiveIntegrity integrity, ArchiveSettings settings) {
        return Tasks.recurring(ArchiveIntegrity.SWEEP_TASK, Schedules.fixedDelay(settings.integritySweep()))
                .execute((instance, context) -> integrity.sweep());
    }
}
