package kehu.servicedesk.internal;

import java.time.Instant;

import kehu.customer.CustomerActivityRecorded;
import kehu.shared.AuditableAction;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes down what happened to a matter, in the transaction that did it: a line in the matter's journal,
 * an entry in the audit log (ORG-5), and — when the matter has a customer — a timeline entry (CUS-3).
 */
@Component
public class MatterJournal {

    static final String MODULE = "servicedesk";

    private final MatterLog log;
    private final ApplicationEventPublisher events;

    MatterJournal(MatterLog log, ApplicationEventPublisher events) {
        this.log = log;
        this.events = events;
    }

    /** A journal line and its audit entry ({@code matter.<kind>}). */
    public void record(Matter m, String kind, String detail, String before, Instant at) {
        var actor = PersistenceConfiguration.currentActor();
        log.save(new MatterLogRecord(m.getId(), at, actor, kind, detail));
        events.publishEvent(AuditableAction.of("matter." + kind, actor, "matter", m.getId(), before,
                "number=" + m.getNumber() + ", status=" + m.getStatus() + (detail == null ? "" : ", " + detail), at));
    }

    /** An audit entry for something else of this module (work order, rule, time limit). */
    public void audit(String action, String targetType, Object targetId, String before, String after, Instant at) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), targetType, targetId,
                before, after, at));
    }

    /** Puts something on the customer's timeline, once per {@code referenceId}. */
    public void timeline(Long customerId, Instant at, String kind, String title, String detail, String referenceId) {
        if (customerId != null) {
            events.publishEvent(new CustomerActivityRecorded(customerId, at, kind, title, detail, MODULE, referenceId));
        }
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }
}
