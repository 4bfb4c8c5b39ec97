package kehu.archive.internal;

import java.time.Clock;
import java.time.Instant;

import kehu.customer.CustomerActivityRecorded;
import kehu.shared.AuditableAction;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes down what happened to an archive, in the transaction that did it: the audit log and the customer's timeline. */
@Component
public class ArchiveJournal {

    public static final String SOURCE = "archive";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArchiveJournal(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void audit(String action, String targetType, Object targetId, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), targetType, targetId,
                before, after, clock.instant()));
    }

    /** An entry on the customer's timeline (CUS-3); recorded once per reference even if delivered twice. */
    public void timeline(long customerId, Instant at, String kind, String title, String detail, String referenceId) {
        events.publishEvent(new CustomerActivityRecorded(customerId, at, kind, title, detail, SOURCE, referenceId));
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }
}
