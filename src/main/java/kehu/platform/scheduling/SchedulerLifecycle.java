package kehu.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts the scheduler when the application is ready (migrations done, every bean in place) and
 * stops it when the application shuts down, waiting for running executions (up to
 * {@code kehu.scheduler.shutdown-max-wait}) while the database is still there.
 */
class SchedulerLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLifecycle.class);

    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean started;

    SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
        this.scheduler = scheduler;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            log.info("Job scheduler disabled (kehu.scheduler.enabled=false)");
            return;
        }
        if (!started) {
            scheduler.start();
            started = true;
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (started) {
            started = false;
            scheduler.stop();
        }
    }

    boolean isStarted() {
        return started;
    }
}
