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
    private final CustomerManagement customers;
    private final ArchiveJournal journal;
    private final ArchiveSettings settings;
    private final Clock clock;
    private final ScopeItems scopeItems;
    private final jakarta.persistence.EntityManager entityManager;

    ArchiveOpening(Archives archives, Volumes volumes, BusinessEvents events, Categories categories, VolumeRules rules,
                   ArchiveNumbers numbers, CustomerManagement customers, ArchiveJournal journal,
                   ArchiveSettings settings, Clock clock, ScopeItems scopeItems, jakarta.persistence.EntityManager entityManager) {
        this.scopeItems = scopeItems;
        this.entityManager = entityManager;
        this.archives = archives;
        this.volumes = volumes;
        this.events = events;
        this.categories = categories;
        this.rules = rules;
        this.numbers = numbers;
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
        var archive = create(customer, category, rules.findByCategoryCodeOrderBySortOrder(category.getCode()),
                codes -> scopeItems.findByEventCodeInOrderBySortOrder(java.util.List.of(codes)), today, now);
        journal.audit("archive.open", "archive", archive.getId(), null,
                "customer=" + customerId + ", no=" + archive.getArchiveNo() + ", category=" + category.getCode());
        journal.publish(new ArchiveOpened(archive.getId(), customerId, archive.getArchiveNo(), now));
        log.debug("Opened archive {} for customer {}", archive.getArchiveNo(), customerId);
        return archive;
    }

    /**
     * Opens the archives of many customers (an import's chunk) in the caller's transaction, as {@link #open} does for
     * each but reading the customers, the categories, the volume rules and the filing scopes once, and auditing them in
     * one {@link AuditableActions}: at a million imported customers one opening per transaction is hours of work. The
     * persistence context is flushed and cleared every {@value #FLUSH_EVERY} archives so that it stays small. The
     * number series' counter stays locked until the caller commits; if the transaction rolls back, so do the numbers
     * (gap-free). Customers that have an archive or do not exist are left alone.
     *
     * @return how many archives were opened
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int openAll(java.util.Collection<Long> customerIds) {
        var have = new java.util.HashSet<>(archives.customersWithArchive(customerIds));
        var todo = customers.summariesOf(customerIds.stream().filter(id -> !have.contains(id)).distinct().toList())
                .stream().sorted(java.util.Comparator.comparingLong(kehu.customer.CustomerSummary::id)).toList();
        if (todo.isEmpty()) {
            return 0;
        }
        // the customers read for their summaries would otherwise be dirty-checked at every flush below
        entityManager.flush();
        entityManager.clear();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ClockConfiguration.ZONE);
        var topLevel = categories.findByParentCodeIsNull();
        var rulesByCategory = new java.util.HashMap<String, java.util.List<VolumeRule>>();
        var scopesByEvent = new java.util.HashMap<String, java.util.List<ScopeItem>>();
        var actor = kehu.shared.PersistenceConfiguration.currentActor();
        var audits = new java.util.ArrayList<kehu.shared.AuditableAction>(todo.size());
        int opened = 0;
        for (var customer : todo) {
            var category = categoryFor(customer.industryCode(), topLevel);
            var archive = create(customer, category,
                    rulesByCategory.computeIfAbsent(category.getCode(), rules::findByCategoryCodeOrderBySortOrder),
                    code -> scopesByEvent.computeIfAbsent(code, c -> scopeItems.findByEventCodeInOrderBySortOrder(java.util.List.of(c))),
                    today, now);
            audits.add(kehu.shared.AuditableAction.of("archive.open", actor, "archive", archive.getId(), null,
                    "customer=" + customer.id() + ", no=" + archive.getArchiveNo() + ", category=" + category.getCode(), now));
            journal.publish(new ArchiveOpened(archive.getId(), customer.id(), archive.getArchiveNo(), now));
            if (++opened % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        journal.publish(new kehu.shared.AuditableActions(audits));
        log.debug("Opened {} archives for {} customers", opened, customerIds.size());
        return opened;
    }

    private static final int FLUSH_EVERY = 100;

    /**
     * A new archive with its number, its volumes by the category's rules, their opening events, and the count of what
     * their filing scopes still miss ({@code scopes}: the scope items of an event code).
     */
    private Archive create(kehu.customer.CustomerSummary customer, Category category, java.util.List<VolumeRule> volumeRules,
                           java.util.function.Function<String, java.util.List<ScopeItem>> scopes, LocalDate today,
                           java.time.Instant now) {
        var number = numbers.next(category.getCode(), today, category.getRetentionMark());
        var archive = new Archive(customer.id(), number, category.getCode(), settings.defaultConfidentiality(), now);
        archive.describe(customer.name(), customer.ownerStaffId(), customer.ownerUnitId(), customer.areaCode());
        archive = archives.save(archive);
        var vols = new java.util.ArrayList<Volume>();
        var evs = new java.util.ArrayList<BusinessEvent>();
        int volumeNo = 0;
        for (var rule : volumeRules) {
            var volume = volumes.save(new Volume(archive.getId(), ++volumeNo, rule.getBusinessLine(), rule.getName(), null));
            vols.add(volume);
            if (rule.getOpeningEvent() != null) {
                evs.add(events.save(new BusinessEvent(volume.getId(), rule.getOpeningEvent(), today, null)));
            }
        }
        var items = evs.stream().map(BusinessEvent::getEventCode).distinct().flatMap(code -> scopes.apply(code).stream()).toList();
        archive.missing(MissingItems.of(vols, evs, java.util.List.of(), items, java.util.Locale.SIMPLIFIED_CHINESE).size());
        return archive;
    }

    Category categoryFor(String industryCode) {
        return categoryFor(industryCode, categories.findByParentCodeIsNull());
    }

    private static Category categoryFor(String industryCode, java.util.List<Category> topLevel) {
        Category fallback = null;
        for (var c : topLevel) {
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
