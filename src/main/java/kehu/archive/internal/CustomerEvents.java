package kehu.archive.internal;

import kehu.customer.CustomerChanged;
import kehu.customer.CustomerClosed;
import kehu.customer.CustomerCreated;
import kehu.customer.CustomerManagement;
import kehu.customer.CustomerReopened;
import kehu.customer.CustomersImported;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * What the archive module does when customers change. Each listener runs after the customer's transaction
 * committed, in a transaction of its own, and may be delivered more than once: each is idempotent.
 */
@Component
class CustomerEvents {

    private static final Logger log = LoggerFactory.getLogger(CustomerEvents.class);
    private static final int ATTEMPTS = 6;

    private final java.util.concurrent.locks.ReentrantLock importChunks = new java.util.concurrent.locks.ReentrantLock(true);

    private final ArchiveOpening opening;
    private final Archives archives;
    private final CustomerManagement customers;
    private final ArchiveJournal journal;
    private final Retention retention;
    private final TransactionTemplate tx;
    private final org.springframework.beans.factory.ObjectProvider<kehu.archive.ArchiveHandovers> handovers;

    CustomerEvents(ArchiveOpening opening, Archives archives, CustomerManagement customers, ArchiveJournal journal,
                   Retention retention, PlatformTransactionManager transactions,
                   org.springframework.beans.factory.ObjectProvider<kehu.archive.ArchiveHandovers> handovers) {
        this.handovers = handovers;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.opening = opening;
        this.archives = archives;
        this.customers = customers;
        this.journal = journal;
        this.retention = retention;
    }

    /** ARC-1: a new customer gets an archive. */
    @Async
    @TransactionalEventListener
    void on(CustomerCreated event) {
        openWithRetry(event.customerId());
    }

    /**
     * ARC-1: so does every imported customer: the chunk's archives in one transaction ({@link ArchiveOpening#openAll});
     * should that fail (e.g. the number series stayed locked too long), each in a transaction of its own.
     */
    @Async
    @TransactionalEventListener
    void on(CustomersImported event) {
        // the chunks of an import arrive faster than they open: one at a time here rather than all of them queueing
        // for the number series' row lock in the database, where the later ones would time out (H2: 2 s)
        importChunks.lock();
        try {
            tx.executeWithoutResult(s -> opening.openAll(event.customerIds()));
        } catch (RuntimeException e) {
            log.info("Opening the archives of {} imported customers together failed ({}); opening them one by one",
                    event.customerIds().size(), e.toString());
            event.customerIds().forEach(this::openWithRetry);
        } finally {
            importChunks.unlock();
        }
    }

    /**
     * Opens the archive in a transaction of its own, retried a few times: many customers created at once (demo
     * data, bulk registration) queue for the same number series' lock, and a database may give up waiting (H2's lock
     * timeout). A failure after the last attempt leaves the event incomplete in the publication registry.
     */
    private void openWithRetry(long customerId) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(s -> opening.open(customerId));
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.debug("Opening the archive of customer {} failed (attempt {}), retrying", customerId, attempt, e);
                try {
                    Thread.sleep(100L * attempt * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Keeps the archive's copy of name, owner, unit and area (used by list queries for the data scope); the archives
     * merged into it follow its owner, unit and area and keep their own customer's name.
     */
    @ApplicationModuleListener
    void on(CustomerChanged event) {
        var archive = archives.findByCustomerId(event.customerId());
        var summary = customers.summaryOf(event.customerId());
        if (archive.isEmpty() || summary.isEmpty()) {
            return;
        }
        var s = summary.get();
        var a = archive.get();
        if (a.getMergedIntoId() != null) {
            // merged away: the customer is read-only, its archive follows the winner's manager (the merge itself
            // may arrive here after the merge listener ran)
            a.describe(s.name(), a.getOwnerStaffId(), a.getOwnerUnitId(), a.getAreaCode());
            return;
        }
        a.describe(s.name(), s.ownerStaffId(), s.ownerUnitId(), s.areaCode());
        for (var merged : archives.findByMergedIntoIdOrderById(a.getId())) {
            merged.describe(merged.getCustomerName(), s.ownerStaffId(), s.ownerUnitId(), s.areaCode());
        }
    }

    /**
     * CUS-4: the losing customer's archive is linked to the winner's, not renumbered or emptied: its documents keep
     * their archive number, items and files. From now on it follows the winner's manager, and it closes, reopens
     * and gets its destruction date with the winner's archive (the losing customer is read-only and never closes
     * on its own, so nothing is left open for ever). When that changes its manager, a handover with its checklist
     * opens as on a transfer (ARC-9). Audited on both archives.
     */
    @ApplicationModuleListener
    void on(kehu.customer.CustomersMerged event) {
        var loser = archives.findByCustomerId(event.loserId());
        var winner = archives.findByCustomerId(event.winnerId());
        if (loser.isEmpty() || winner.isEmpty() || !loser.get().mergeInto(winner.get().getId(), event.at())) {
            return;
        }
        var l = loser.get();
        var w = winner.get();
        var before = l.getOwnerStaffId();
        l.describe(l.getCustomerName(), w.getOwnerStaffId(), w.getOwnerUnitId(), w.getAreaCode());
        journal.audit("archive.merge", "archive", l.getId(), null, "mergedInto=" + w.getArchiveNo());
        journal.audit("archive.merge", "archive", w.getId(), null, "merged=" + l.getArchiveNo());
        if (!java.util.Objects.equals(before, w.getOwnerStaffId())) {
            // ARC-9: a new manager answers for the merged archive; what the previous one held on it is handed over
            handovers.getObject().transferred(new kehu.customer.CustomerTransferred(event.loserId(), before,
                    w.getOwnerStaffId(), "客户合并，并入 " + w.getArchiveNo(), event.at()));
        }
        if (w.getStatus() == kehu.archive.ArchiveStatus.CLOSED) {
            close(l, event.at(), "merged into " + w.getArchiveNo() + ", closed");
        }
    }

    /**
     * ARC-8 (first part): a closed account's archive moves to the closed section and gets its destruction date
     * from the retention rules; so do the archives merged into it.
     */
    @ApplicationModuleListener
    void on(CustomerClosed event) {
        archives.findByCustomerId(event.customerId()).ifPresent(a -> {
            close(a, event.at(), event.reason());
            archives.findByMergedIntoIdOrderById(a.getId())
                    .forEach(merged -> close(merged, event.at(), "merged into " + a.getArchiveNo() + ", " + event.reason()));
        });
    }

    private void close(Archive a, java.time.Instant at, String reason) {
        if (a.close(at)) {
            var years = retention.yearsFor(a);
            a.retain(years.orElse(null), years.map(y -> retention.destroyOn(at, y)).orElse(null));
            journal.audit("archive.close", "archive", a.getId(), "status=OPEN", "status=CLOSED, reason="
                    + reason + ", retentionYears=" + years.map(String::valueOf).orElse("permanent")
                    + ", destroyOn=" + a.getDestroyOn());
        }
    }

    /** ARC-9: the archive is handed over to the new manager with a checklist. */
    @ApplicationModuleListener
    void on(kehu.customer.CustomerTransferred event) {
        handovers.getObject().transferred(event);
    }

    /** A staff member left: what they held on archives is handed to their superior (ARC-9). */
    @ApplicationModuleListener
    void on(kehu.organization.StaffDisabled event) {
        handovers.getObject().staffLeft(event);
    }

    @ApplicationModuleListener
    void on(CustomerReopened event) {
        archives.findByCustomerId(event.customerId()).ifPresent(a -> {
            reopen(a);
            archives.findByMergedIntoIdOrderById(a.getId()).forEach(this::reopen);
        });
    }

    private void reopen(Archive a) {
        if (a.reopen()) {
            journal.audit("archive.reopen", "archive", a.getId(), "status=CLOSED", "status=OPEN");
        }
    }
}
