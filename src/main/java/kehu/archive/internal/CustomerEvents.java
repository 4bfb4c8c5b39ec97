package kehu.archive.internal;

import kehu.customer.CustomerChanged;
import kehu.customer.CustomerClosed;
import kehu.customer.CustomerCreated;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerReopened;
import kehu.customer.CustomersImported;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the archive module does when customers change. Each listener runs after the customer's transaction
 * committed, in a transaction of its own, and may be delivered more than once: each is idempotent.
 */
@Component
class CustomerEvents {

    private final ArchiveOpening opening;
    private final Archives archives;
    private final CustomerManagement customers;
    private final ArchiveJournal journal;
    private final Retention retention;

    CustomerEvents(ArchiveOpening opening, Archives archives, CustomerManagement customers, ArchiveJournal journal,
                   Retention retention) {
        this.opening = opening;
        this.archives = archives;
        this.customers = customers;
        this.journal = journal;
        this.retention = retention;
    }

    /** ARC-1: a new customer gets an archive. */
    @ApplicationModuleListener
    void on(CustomerCreated event) {
        opening.open(event.customerId());
    }

    /** ARC-1: so does every imported customer (one transaction per imported chunk). */
    @ApplicationModuleListener
    void on(CustomersImported event) {
        event.customerIds().forEach(opening::open);
    }

    /** Keeps the archive's copy of name, owner, unit and area (used by list queries for the data scope). */
    @ApplicationModuleListener
    void on(CustomerChanged event) {
        var archive = archives.findByCustomerId(event.customerId());
        var summary = customers.summaryOf(event.customerId());
        if (archive.isEmpty() || summary.isEmpty()) {
            return;
        }
        var s = summary.get();
        archive.get().describe(s.name(), s.ownerStaffId(), s.ownerUnitId(), s.areaCode());
    }

    /**
     * ARC-8 (first part): a closed account's archive moves to the closed section and gets its destruction date
     * from the retention rules.
     */
    @ApplicationModuleListener
    void on(CustomerClosed event) {
        archives.findByCustomerId(event.customerId()).ifPresent(a -> {
            if (a.close(event.at())) {
                var years = retention.yearsFor(a);
                a.retain(years.orElse(null), years.map(y -> retention.destroyOn(event.at(), y)).orElse(null));
                journal.audit("archive.close", "archive", a.getId(), "status=OPEN", "status=CLOSED, reason="
                        + event.reason() + ", retentionYears=" + years.map(String::valueOf).orElse("permanent")
                        + ", destroyOn=" + a.getDestroyOn());
            }
        });
    }

    @ApplicationModuleListener
    void on(CustomerReopened event) {
        archives.findByCustomerId(event.customerId()).ifPresent(a -> {
            if (a.reopen()) {
                journal.audit("archive.reopen", "archive", a.getId(), "status=CLOSED", "status=OPEN");
            }
        });
    }
}
