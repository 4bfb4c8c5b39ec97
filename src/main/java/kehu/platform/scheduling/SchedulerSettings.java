package kehu.platform.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job scheduler ({@code kehu.scheduler.*}).
 *
 * @param enabled         whether this node runs jobs (default true; the test profile turns it off and tests
 *                        call the jobs' logic directly)
 * @param threads         worker threads per node
 * @param pollingInterval how often a node looks for due executions
 * @param shutdownMaxWait how long shutdown waits for running executions to finish (db-scheduler may wait twice
 *                        this; the default keeps it within Spring's 20 s shutdown phase)
 */
@ConfigurationProperties("kehu.scheduler")
public record SchedulerSettings(@DefaultValue("true") boolean enabled,
                                @DefaultValue("3") int threads,
                                @DefaultValue("10s") Duration pollingInterval,
                                @DefaultValue("10s") Duration shutdownMaxWait) {
}
