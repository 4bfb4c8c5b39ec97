package kehu.archive.internal;

import kehu.archive.ArchiveIntegrity;
import kehu.archive.ArchiveSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The archive module's cluster-safe recurring jobs (one node runs each at a time): the integrity sweep (ARC-10),
 * the lending reminders and escalations (ARC-7) and the late-handover check (ARC-4).
 */
@Configuration(proxyBeanMethods = false)
class ArchiveJobs {

    @Bean
    RecurringTask<Void> archiveIntegritySweep(ArchiveIntegrity integrity, ArchiveSettings settings) {
        return Tasks.recurring(ArchiveIntegrity.SWEEP_TASK, Schedules.fixedDelay(settings.integritySweep()))
                .execute((instance, context) -> integrity.sweep());
    }

    @Bean
    RecurringTask<Void> archiveLoanReminders(kehu.archive.ArchiveLending lending, ArchiveSettings settings) {
        return Tasks.recurring("archive.loan-reminders", Schedules.fixedDelay(settings.loanCheck()))
                .execute((instance, context) -> lending.processDue(settings.loanRemindDaysBefore()));
    }

    @Bean
    RecurringTask<Void> archiveHandoverOverdue(kehu.archive.ArchiveTransmittals transmittals, ArchiveSettings settings) {
        return Tasks.recurring(kehu.archive.ArchiveTransmittals.OVERDUE_TASK, Schedules.fixedDelay(settings.handoverCheck()))
                .execute((instance, context) -> transmittals.flagOverdue());
    }
}
