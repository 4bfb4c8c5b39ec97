package kehu.platform.scheduling;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Builds the one db-scheduler {@link Scheduler} of the application from the application's
 * {@link DataSource}, with every {@code Task<?>} bean of every module as a known task and every
 * {@code RecurringTask<?>} bean scheduled on start (see the package documentation for how to add one).
 * The scheduler is built always (so the {@code SchedulerClient} can be injected), but runs only when
 * {@code kehu.scheduler.enabled} is true: {@link SchedulerLifecycle} starts it once the application is
 * ready and stops it gracefully on shutdown.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, SchedulerSettings settings, Clock clock,
                        ObjectProvider<MeterRegistry> meters) {
        List<Task<?>> known = tasks.orderedStream().toList();
        return build(dataSource, known, settings, clock, meters.getIfAvailable());
    }

    @Bean
    SchedulerLifecycle schedulerLifecycle(Scheduler scheduler, SchedulerSettings settings) {
        return new SchedulerLifecycle(scheduler, settings.enabled());
    }

    /** A scheduler over this data source for these tasks; the recurring ones are scheduled when it starts. */
    static Scheduler build(DataSource dataSource, List<Task<?>> tasks, SchedulerSettings settings, Clock clock,
                           MeterRegistry meters) {
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(t -> t instanceof RecurringTask<?>)
                .<RecurringTask<?>>map(t -> (RecurringTask<?>) t)
                .toList();
        List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof RecurringTask<?>)).toList();
        // Transaction-aware: a task scheduled through the SchedulerClient inside a Spring transaction
        // is written in that transaction. (startTasks adds the recurring ones to the known tasks.)
        var builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others)
                .startTasks(recurring)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .shutdownMaxWait(settings.shutdownMaxWait())
                .commitWhenAutocommitDisabled(false)
                .clock(clock::instant);
        if (meters != null) {
            builder.statsRegistry(new MicrometerStatsRegistry(meters, tasks));
        }
        return builder.build();
    }
}
