package kehu.customer.internal;

import java.time.Clock;

import kehu.customer.CustomerActivityRecorded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts other modules' activities on the customer's timeline (CUS-3) and, for a follow-up, moves the
 * customer's last follow-up date.
 */
@Component
class ActivityTimeline {

    private static final Logger log = LoggerFactory.getLogger(ActivityTimeline.class);

    private final Customers customers;
    private final CustomerJournal journal;
    private final Clock clock;

    ActivityTimeline(Customers customers, CustomerJournal journal, Clock clock) {
        this.customers = customers;
        this.journal = journal;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CustomerActivityRecorded e) {
        var customer = customers.findById(e.customerId());
        if (customer.isEmpty()) {
            log.warn("Activity {} from {} for unknown customer {} ignored", e.kind(), e.sourceModule(), e.customerId());
            return;
        }
        var kind = e.kind() == null || e.kind().isBlank() ? "activity" : e.kind();
        var source = e.sourceModule() == null || e.sourceModule().isBlank() ? "unknown" : e.sourceModule();
        var at = e.at() == null ? clock.instant() : e.at();
        if (!journal.timelineFrom(e.customerId(), at, kind, e.title(), e.detail(), source, e.referenceId())) {
            return;
        }
        if (e.followUp() && customer.get().recordFollowUp(at)) {
            journal.changed(e.customerId(), clock.instant());
        }
    }
}
