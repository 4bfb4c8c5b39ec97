package kehu.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kehu.customer.internal.Customer;
import kehu.customer.internal.CustomerFormCheck;
import kehu.customer.internal.CustomerJournal;
import kehu.customer.internal.CustomerQueries;
import kehu.customer.internal.CustomerViews;
import kehu.customer.internal.CustomerVisibility;
import kehu.customer.internal.Customers;
import kehu.customer.internal.FieldChange;
import kehu.organization.DataScope;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.StaffSummary;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looks after a customer (CUS-5): the accountable manager and collaborators; transfer and bulk
 * transfer with a reason; the public pool (公海) and claiming from it up to a per-manager limit
 * ({@code kehu.customer.pool.claim-limit}). Every change of owner keeps its history and timeline
 * entry, is audited and publishes {@link CustomerTransferred}.
 */
@Service
@Transactional
public class CustomerAssignment {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CustomerAssignment.class);

    private final Customers customers;
    private final CustomerFormCheck check;
    private final CustomerJournal journal;
    private final CustomerViews views;
    private final CustomerQueries queries;
    private final OrganizationDirectory directory;
    private final CustomerSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerAssignment(Customers customers, CustomerFormCheck check, CustomerJournal journal, CustomerViews views,
                       CustomerQueries queries, OrganizationDirectory directory, CustomerSettings settings,
                       ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.check = check;
        this.journal = journal;
        this.views = views;
        this.queries = queries;
        this.directory = directory;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Gives a customer to another manager (a customer in the pool is assigned). The reason is required.
     */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void transfer(long customerId, long toStaffId, String reason, DataScope scope) {
        var why = reason(reason);
        var to = manager(toStaffId);
        var c = editable(customerId, scope);
        move(c, to, why, clock.instant());
    }

    /**
     * Gives several customers to one manager in one transaction: all or none (a customer outside the
     * scope fails the whole request). Customers the manager already owns are left as they are.
     *
     * @return how many customers changed hands
     */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public int transferAll(List<Long> customerIds, long toStaffId, String reason, DataScope scope) {
        var ids = new LinkedHashSet<>(customerIds == null ? List.<Long>of() : customerIds);
        var problems = new ArrayList<FieldViolation>();
        if (ids.isEmpty()) {
            problems.add(new FieldViolation("customerIds", "customer.transfer.noneSelected"));
        } else if (ids.size() > 500) {
            problems.add(new FieldViolation("customerIds", "customer.transfer.tooMany", 500));
        }
        var why = check.reason(reason, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var to = manager(toStaffId);
        var now = clock.instant();
        int moved = 0;
        for (var id : ids) {
            var c = editable(id, scope);
            if (c.getOwnerStaffId() == null || c.getOwnerStaffId() != toStaffId) {
                move(c, to, why, now);
                moved++;
            }
        }
        return moved;
    }

    private void move(Customer c, StaffSummary to, String reason, Instant now) {
        var from = c.getOwnerStaffId();
        if (c.inPool()) {
            c.assignTo(to.id(), to.unitId(), now);
        } else {
            c.transferTo(to.id(), to.unitId(), reason, now);
        }
        owned(c, from, to.id(), from == null ? "assigned" : "transferred", reason, now);
    }

    /**
     * The manager {@code staffId} takes a customer from the pool, if they own fewer than the limit.
     * When two claim the same customer at once, one gets it and the other a clear refusal.
     */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void claim(long customerId, long staffId) {
        var c = customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        if (!c.inPool()) {
            throw new DomainException("customer.pool.alreadyClaimed");
        }
        int limit = settings.pool().claimLimit();
        if (customers.countOwnedBy(staffId) >= limit) {
            throw new DomainException("customer.pool.limitReached", limit);
        }
        var me = manager(staffId);
        var now = clock.instant();
        c.claimBy(me.id(), me.unitId(), now);
        try {
            customers.flush();
        } catch (ConcurrencyFailureException claimedMeanwhile) {
            log.info("Claim of customer {} by staff {} lost the race: {}", customerId, staffId,
                    claimedMeanwhile.getClass().getSimpleName());
            throw new DomainException("customer.pool.alreadyClaimed");
        }
        owned(c, null, me.id(), "claimed", null, now);
    }

    /** Puts a customer back into the public pool (by hand now; the recycling job uses it later). */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void returnToPool(long customerId, String reason, DataScope scope) {
        var why = reason(reason);
        var c = editable(customerId, scope);
        returnToPool(c, why);
    }

    /**
     * The same for the pool-recycling job, which runs without a signed-in person or data scope.
     */
    public void returnToPoolBySystem(long customerId, String reason) {
        var c = customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        returnToPool(c, reason(reason));
    }

    private void returnToPool(Customer c, String reason) {
        var now = clock.instant();
        var from = c.returnToPool(reason, now);
        owned(c, from, null, "returnedToPool", reason, now);
    }

    /** Replaces the collaborators of a customer (staff who help the accountable manager). */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void setCollaborators(long customerId, Set<Long> staffIds, DataScope scope) {
        var c = editable(customerId, scope);
        var ids = staffIds == null ? Set.<Long>of() : staffIds;
        for (var id : ids) {
            if (directory.staff(id).filter(StaffSummary::enabled).isEmpty()) {
                throw DomainException.invalid("collaboratorIds", "customer.manager.unknown", id);
            }
        }
        var change = c.setCollaborators(ids);
        if (change.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var names = new HashMap<Long, StaffRef>();
        var title = c.getCollaboratorIds().stream().map(id -> views.staff(id, names).name()).collect(Collectors.joining("、"));
        journal.keep(c.getId(), List.of(new FieldChange("collaborators", names(change.get().oldValue(), names),
                names(change.get().newValue(), names))), null, now);
        journal.timeline(c.getId(), now, "collaborators", title.isEmpty() ? null : title, null);
        journal.audit("customer.collaborators", c.getId(), change.get().oldValue(), change.get().newValue());
        journal.changed(c.getId(), now);
    }

    /** The customers in the public pool (not closed), for anyone who may claim. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public Page<CustomerRow> pool(CustomerFilter filter, Pageable pageable) {
        var poolOnly = new CustomerFilter(filter.name(), filter.status(), filter.abcClass(), null, filter.regionCode(),
                filter.kind(), filter.tag(), true);
        var page = customers.findAll(queries.matching(poolOnly), pageable);
        return new PageImpl<>(views.rows(page.getContent()), pageable, page.getTotalElements());
    }

    /** How many customers (not closed) a manager owns, for the claim limit. */
    @Transactional(readOnly = true)
    public long ownedBy(long staffId) {
        return customers.countOwnedBy(staffId);
    }

    public int claimLimit() {
        return settings.pool().claimLimit();
    }

    private void owned(Customer c, Long from, Long to, String kind, String reason, Instant now) {
        var names = new HashMap<Long, StaffRef>();
        var fromName = from == null ? null : views.staff(from, names).name();
        var toName = to == null ? null : views.staff(to, names).name();
        journal.keep(c.getId(), List.of(new FieldChange("owner", fromName, toName)), reason, now);
        var title = fromName == null ? toName : toName == null ? fromName : fromName + " → " + toName;
        journal.timeline(c.getId(), now, kind, title, reason);
        journal.audit("customer." + kind, c.getId(), from == null ? null : "owner=" + from,
                (to == null ? "owner=pool" : "owner=" + to) + (reason == null ? "" : ", reason=" + reason));
        events.publishEvent(new CustomerTransferred(c.getId(), from, to, reason, now));
        journal.changed(c.getId(), now);
    }

    private String names(String ids, HashMap<Long, StaffRef> cache) {
        if (ids == null) {
            return null;
        }
        return java.util.Arrays.stream(ids.split(",")).map(s -> views.staff(Long.valueOf(s), cache).name())
                .collect(Collectors.joining("、"));
    }

    private StaffSummary manager(long staffId) {
        return directory.staff(staffId).filter(StaffSummary::enabled)
                .orElseThrow(() -> DomainException.invalid("toStaffId", "customer.manager.unknown", staffId));
    }

    private Customer editable(long id, DataScope scope) {
        var c = customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
        if (!CustomerVisibility.allows(scope, c)) {
            throw new NotFoundException("customer", id);
        }
        return c;
    }

    private String reason(String reason) {
        var problems = new ArrayList<FieldViolation>();
        var why = check.reason(reason, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return why;
    }
}
