package kehu.archive.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import kehu.archive.ArchiveOpened;
import kehu.archive.ArchiveSettings;
import kehu.customer.CustomerManagement;
import kehu.organization.DataScope;
import kehu.organization.DataScopeKind;
import kehu.shared.ClockConfiguration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a customer's archive (ARC-1), idempotently: a customer that has one keeps it. The archive's category
 * is the top-level category configured for the customer's industry (or the default one); it gets the
 * volumes configured for that category, each with its opening business event, and its number from
 * {@link ArchiveNumbers}.
 */
@Component
public class ArchiveOpening {

    private static final Logger log = LoggerFactory.getLogger(ArchiveOpening.class);
    /** The customer module is asked with no data scope limit: opening is the system's work. */
    static final DataScope SYSTEM = new DataScope(DataScopeKind.ALL, 0, Set.of(), Set.of());

    private final Archives archives;
    private final Volumes volumes;
    private final BusinessEvents events;
    private final Categories categories;
    private final VolumeRules rules;
    private final ArchiveNumbers numbers;
    private final MissingItems missing;
    private final CustomerManagement customers;
    private final ArchiveJournal journal;
    private final ArchiveSettings settings;
    private final Clock clock;

    ArchiveOpening(Archives archives, Volumes volumes, BusinessEvents events, Categories categories, VolumeRules rules,
                   ArchiveNumbers numbers, MissingItems missing, CustomerManagement customers, ArchiveJournal journal,
                   ArchiveSettings settings, Clock clock) {
        this.archives = archives;
        this.volumes = volumes;
        this.events = events;
        this.categories = categories;
        this.rules = rules;
        this.numbers = numbers;
        this.missing = missing;
        this.customers = customers;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
    }

    /** The customer's archive, opened now if it has none. */
    @Transactional(propagation = Propagation.REQUIRED)
    public Archive open(long customerId) {
        var existing = archives.findByCustomerId(customerId);
        if (existing.isPresent()) {
            return existing.get();
        }
        // the summary, not the customer page's details (contacts, field definitions, values): a million at an import
        var customer = customers.summaryOf(customerId).orElseThrow(() -> new kehu.shared.NotFoundException("customer", customerId));
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ClockConfiguration.ZONE);
        var category = categoryFor(customer.industryCode());
        var number = numbers.next(category.getCode(), today, category.getRetentionMark());
        var archive = new Archive(customerId, number, category.getCode(), settings.defaultConfidentiality(), now);
        archive.describe(customer.name(), customer.ownerStaffId(), customer.ownerUnitId(), customer.areaCode());
        archive = archives.save(archive);
        int volumeNo = 0;
        for (var rule : rules.findByCategoryCodeOrderBySortOrder(category.getCode())) {
            var volume = volumes.save(new Volume(archive.getId(), ++volumeNo, rule.getBusinessLine(), rule.getName(), null));
            if (rule.getOpeningEvent() != null) {
                events.save(new BusinessEvent(volume.getId(), rule.getOpeningEvent(), today, null));
            }
        }
        missing.refresh(archive);
        journal.audit("archive.open", "archive", archive.getId(), null,
                "customer=" + customerId + ", no=" + archive.getArchiveNo() + ", category=" + category.getCode());
        journal.publish(new ArchiveOpened(archive.getId(), customerId, archive.getArchiveNo(), now));
        log.debug("Opened archive {} for customer {}", archive.getArchiveNo(), customerId);
        return archive;
    }

    Category categoryFor(String industryCode) {
        Category fallback = null;
        for (var c : categories.findByParentCodeIsNull()) {
            if (industryCode != null && Objects.equals(c.getIndustryCode(), industryCode)) {
                return c;
            }
            if (c.getIndustryCode() == null && (fallback == null || c.getCode().compareTo(fallback.getCode()) < 0)) {
                fallback = c;
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("No default archive category (a top-level category without industry)");
        }
        return fallback;
    }
}
