package kehu.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import kehu.support.KehuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@KehuTest
class SchedulingTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SchedulerLifecycle lifecycle;

    @Autowired
    List<RecurringTask<?>> recurringTasks;

    @Test
    void schedulerIsOffInTestsAndKnowsTheRecurringTasksOfTheModules() {
        assertThat(lifecycle.isStarted()).isFalse();
        assertThat(recurringTasks).extracting(Task::getName).contains("platform.approval.due-check");
    }

    @Test
    void recurringTaskRunsOnTheApplicationsDatabase() throws Exception {
        var runs = new AtomicInteger();
        var ran = new CountDownLatch(2);
        var task = Tasks.recurring("test.scheduling-probe", Schedules.fixedDelay(Duration.ofMillis(200)))
                .execute((instance, context) -> {
                    runs.incrementAndGet();
                    ran.countDown();
                });
        var settings = new SchedulerSettings(true, 1, Duration.ofMillis(100), Duration.ofSeconds(5));
        Scheduler scheduler = SchedulingConfiguration.build(dataSource, List.of(task), settings, Clock.systemUTC(), null);
        scheduler.start();
        try {
            assertThat(ran.await(20, TimeUnit.SECONDS)).as("the recurring task ran twice").isTrue();
            assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Integer.class,
                    "test.scheduling-probe")).isOne();
        } finally {
            scheduler.stop();
            jdbc.update("delete from scheduled_tasks where task_name = ?", "test.scheduling-probe");
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
    }
}
