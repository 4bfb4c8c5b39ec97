package kehu.customer.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import kehu.customer.CustomerChanged;
import kehu.organization.SensitiveKind;
import kehu.shared.AuditableAction;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes down what happened to a customer, in the transaction that did it: the kept field history
 * (sensitive values masked), the customer's timeline, the audit log (masked too) and
 * {@link CustomerChanged} for whoever keeps a copy (the search index).
 */
@Component
public class CustomerJournal {

    /** The module name timeline entries of this module carry. */
    public static final String SOURCE = "customer";

    private final ChangeRecords changes;
    private final TimelineRecords timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerJournal(ChangeRecords changes, TimelineRecords timeline, ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps each field change; sensitive values are masked before they are stored. */
    public List<FieldChange> keep(long customerId, List<FieldChange> fieldChanges, String reason, Instant at) {
        var masked = fieldChanges.stream().map(CustomerJournal::masked).toList();
        var actor = PersistenceConfiguration.currentActor();
        for (var c : masked) {
            changes.save(new ChangeRecord(customerId, c.field(), c.oldValue(), c.newValue(), reason, actor, at));
        }
        return masked;
    }

    /** Adds an entry of this module to the customer's timeline. */
    public void timeline(long customerId, Instant at, String kind, String title, String detail) {
        timeline.save(new TimelineRecord(customerId, at, kind, title, detail, SOURCE, null,
                PersistenceConfiguration.currentActor()));
    }

    /** Adds another module's entry; returns false when that entry was recorded before. */
    public boolean timelineFrom(long customerId, Instant at, String kind, String title, String detail, String source,
                                String referenceId) {
        if (referenceId != null
                && timeline.existsByCustomerIdAndSourceModuleAndKindAndReferenceId(customerId, source, kind, referenceId)) {
            return false;
        }
        timeline.save(new TimelineRecord(customerId, at, kind, title, detail, source, referenceId,
                PersistenceConfiguration.currentActor()));
        return true;
    }

    public void audit(String action, long customerId, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), "customer", customerId,
                before, after, clock.instant()));
    }

    public void changed(long customerId, Instant at) {
        events.publishEvent(new CustomerChanged(customerId, at));
    }

    /** {@code field: old → new; …} for an audit entry (values already masked). */
    public static String describe(List<FieldChange> maskedChanges) {
        return maskedChanges.stream().map(c -> c.field() + ": " + nullToDash(c.oldValue()) + " → " + nullToDash(c.newValue()))
                .collect(Collectors.joining("; "));
    }

    /** The fields of a change list, for a timeline title: {@code name,mobile,fields.VOLTAGE}. */
    public static String fieldList(List<FieldChange> changes) {
        var s = changes.stream().map(FieldChange::field).distinct().collect(Collectors.joining(","));
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }

    /** A one-line, masked description of a customer for the audit log. */
    public static String describe(Customer c) {
        return "kind=" + c.getKind() + ", name=" + c.getName() + ", idNumber=" + SensitiveKind.ID_NUMBER.mask(c.getIdNumber())
                + ", mobile=" + SensitiveKind.MOBILE.mask(c.getMobile()) + ", region=" + c.getRegionCode()
                + ", status=" + c.getStatus() + ", owner=" + c.getOwnerStaffId();
    }

    static FieldChange masked(FieldChange c) {
        var kind = sensitiveKind(c.field());
        return kind == null ? c : new FieldChange(c.field(), kind.mask(c.oldValue()), kind.mask(c.newValue()));
    }

    /** Which fields of a customer are sensitive (ORG-4): ID number, mobile and contact phones. */
    public static SensitiveKind sensitiveKind(String field) {
        if (field.equals("idNumber")) {
            return SensitiveKind.ID_NUMBER;
        }
        if (field.equals("mobile") || (field.startsWith("contact.") && field.endsWith(".phone"))) {
            return SensitiveKind.MOBILE;
        }
        return null;
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
