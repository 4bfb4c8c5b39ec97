package kehu.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import kehu.customer.internal.Customer;
import kehu.customer.internal.CustomerFormCheck;
import kehu.customer.internal.CustomerJournal;
import kehu.customer.internal.CustomerViews;
import kehu.customer.internal.CustomerVisibility;
import kehu.customer.internal.Customers;
import kehu.customer.internal.ChangeRecords;
import kehu.customer.internal.FieldChange;
import kehu.customer.internal.TimelineRecords;
import kehu.customer.transfer.DuplicateFinder;
import kehu.organization.DataScope;
import kehu.organization.OrganizationDirectory;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFields;
import kehu.organization.StaffSummary;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer record (CUS-1, CUS-2, CUS-3, CUS-6, CUS-9): list, read, register (one or many),
 * edit, contacts, classification, lifecycle, follow-ups, history and timeline. Assignment and the
 * pool are in {@link CustomerAssignment}, industry-field definitions in {@link IndustryFieldManagement}.
 *
 * <p>Every read and change takes the caller's {@link DataScope} (for {@code customer.view} when
 * reading, {@code customer.edit} when changing) and treats a customer outside it as not found.
 * Bad input throws a {@link DomainException} naming each wrong field and changes nothing. Each change
 * keeps its history, adds to the timeline, is audited (sensitive values masked) and publishes
 * {@link CustomerChanged}.
 */
@Service
@Transactional
public class CustomerManagement {

    static final String CUSTOMER = "customer";

    private final Customers customers;
    private final CustomerFormCheck check;
    private final CustomerJournal journal;
    private final CustomerViews views;
    private final ChangeRecords history;
    private final TimelineRecords timeline;
    private final OrganizationDirectory directory;
    private final DuplicateFinder duplicates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    CustomerManagement(Customers customers, CustomerFormCheck check, CustomerJournal journal, CustomerViews views,
                       ChangeRecords history, TimelineRecords timeline,
                       OrganizationDirectory directory, DuplicateFinder duplicates, ApplicationEventPublisher events,
                       Clock clock) {
        this.customers = customers;
        this.check = check;
        this.journal = journal;
        this.views = views;
        this.history = history;
        this.timeline = timeline;
        this.directory = directory;
        this.duplicates = duplicates;
        this.events = events;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    /**
     * One customer, if the scope reaches it — or if it is in the public pool and the caller may claim
     * it ({@code customer.edit}), so managers can look before they claim.
     */
    @Transactional(readOnly = true)
    public CustomerDetails get(long id, DataScope scope) {
        return views.details(readable(id, scope));
    }

    /**
     * The customer page's data in one transaction, so the customer is read once: the details within
     * {@code view}, whether {@code edit} reaches it, and one page each of history and timeline.
     */
    @Transactional(readOnly = true)
    public CustomerOverview overview(long id, DataScope view, DataScope edit, Pageable history, Pageable timeline) {
        var c = readable(id, view);
        return new CustomerOverview(views.details(c), CustomerVisibility.allows(edit, c),
                this.history.findByCustomerIdOrderByChangedAtDescIdDesc(id, history).map(CustomerViews::entry),
                this.timeline.findByCustomerIdOrderByAtDescIdDesc(id, timeline).map(CustomerViews::entry));
    }

    /** Whether the scope (for {@code customer.edit}) reaches the customer, so its edit actions apply. */
    @Transactional(readOnly = true)
    public boolean isEditable(long id, DataScope scope) {
        return customers.findById(id).map(c -> CustomerVisibility.allows(scope, c)).orElse(false);
    }

    /** Name, status and owner of any customer, for other modules (no data scope: they decide what to show). */
    @Transactional(readOnly = true)
    public Optional<CustomerSummary> summaryOf(long id) {
        return customers.findById(id).map(CustomerViews::summary);
    }

    /** The same for many customers at once (those that exist), in no particular order. */
    @Transactional(readOnly = true)
    public List<CustomerSummary> summariesOf(java.util.Collection<Long> ids) {
        return customers.findAllById(ids).stream().map(CustomerViews::summary).toList();
    }

    /** The customer's timeline, newest first. */
    @Transactional(readOnly = true)
    public Page<TimelineEntry> timeline(long id, DataScope scope, Pageable pageable) {
        readable(id, scope);
        return timeline.findByCustomerIdOrderByAtDescIdDesc(id, pageable).map(CustomerViews::entry);
    }

    /** The kept field changes, newest first (sensitive values masked). */
    @Transactional(readOnly = true)
    public Page<HistoryEntry> history(long id, DataScope scope, Pageable pageable) {
        readable(id, scope);
        return history.findByCustomerIdOrderByChangedAtDescIdDesc(id, pageable).map(CustomerViews::entry);
    }

    // --- registering -----------------------------------------------------------------------------

    /**
     * What is wrong with a new customer's form, without saving anything (an import checks each row
     * with it before {@link #createAll}).
     */
    @Transactional(readOnly = true)
    public List<FieldViolation> check(CustomerForm form, DataScope scope) {
        var problems = new ArrayList<FieldViolation>();
        check.check(form, null, problems);
        owner(form.ownerStaffId(), scope, problems);
        return problems;
    }

    /**
     * Registers a customer; without an owner it goes to the public pool. Returns its id. Likely
     * duplicates (CUS-4) are refused in mode BLOCK and let through in mode WARN (the caller already
     * showed them, or does not ask): see {@link #create(CustomerForm, DataScope, boolean)}.
     */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public long create(CustomerForm form, DataScope scope) {
        return create(form, scope, true);
    }

    /**
     * Registers a customer after the duplicate check (CUS-4): in mode BLOCK a likely duplicate is a field
     * error naming the matched field and customer; in mode WARN it throws {@link PossibleDuplicatesFound}
     * unless {@code duplicatesConfirmed} (the person saw the likely duplicates and creates anyway).
     */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public long create(CustomerForm form, DataScope scope, boolean duplicatesConfirmed) {
        var problems = new ArrayList<FieldViolation>();
        var checked = check.check(form, null, problems);
        var owner = owner(form.ownerStaffId(), scope, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        duplicates.enforce(checked.kind(), checked.profile(), duplicatesConfirmed);
        return register(checked, owner).getId();
    }

    /**
     * Registers many customers in one transaction: all or none. Every form is checked first; any
     * problem throws with the fields named {@code rows[i].field} (i counting from 0) and nothing is
     * saved. Returns the new ids in the order of the forms.
     */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public List<Long> createAll(List<CustomerForm> forms, DataScope scope) {
        var problems = new ArrayList<FieldViolation>();
        var checked = new ArrayList<CustomerFormCheck.Checked>();
        var owners = new ArrayList<StaffSummary>();
        for (int i = 0; i < forms.size(); i++) {
            var rowProblems = new ArrayList<FieldViolation>();
            checked.add(check.check(forms.get(i), null, rowProblems));
            owners.add(owner(forms.get(i).ownerStaffId(), scope, rowProblems));
            for (var v : rowProblems) {
                problems.add(new FieldViolation("rows[" + i + "]." + v.field(), v.messageKey(), v.args()));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var ids = new ArrayList<Long>(forms.size());
        for (int i = 0; i < checked.size(); i++) {
            ids.add(register(checked.get(i), owners.get(i)).getId());
        }
        return ids;
    }

    private Customer register(CustomerFormCheck.Checked checked, StaffSummary owner) {
        var now = clock.instant();
        var c = Customer.register(checked.kind(), checked.profile(), checked.status(), now);
        c.initialClassification(checked.classification());
        checked.fields().forEach(c::setField);
        if (owner != null) {
            c.assignTo(owner.id(), owner.unitId(), now);
        }
        c = customers.save(c);
        journal.timeline(c.getId(), now, "created", c.getName(), owner == null ? null : owner.fullName());
        journal.audit("customer.create", c.getId(), null, CustomerJournal.describe(c));
        events.publishEvent(new CustomerCreated(c.getId(), c.getKind(), c.getOwnerStaffId(), now));
        journal.changed(c.getId(), now);
        return c;
    }

    private StaffSummary owner(Long staffId, DataScope scope, List<FieldViolation> problems) {
        if (staffId == null) {
            return null;
        }
        var staff = directory.staff(staffId).filter(StaffSummary::enabled);
        if (staff.isEmpty()) {
            problems.add(new FieldViolation("ownerStaffId", "customer.manager.unknown", staffId));
            return null;
        }
        if (!scope.all() && staffId != scope.staffId() && !scope.unitIds().contains(staff.get().unitId())) {
            problems.add(new FieldViolation("ownerStaffId", "customer.owner.outOfScope"));
            return null;
        }
        return staff.get();
    }

    // --- editing ---------------------------------------------------------------------------------

    /**
     * Changes a customer's description, working status and industry fields. The form's version must be
     * the current one, otherwise someone else changed the customer meanwhile and nothing is saved.
     */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public CustomerDetails update(long id, CustomerForm form, DataScope scope) {
        var c = editable(id, scope);
        if (form.version() == null) {
            throw DomainException.invalid("version", "validation.required");
        }
        if (form.version() != c.getVersion()) {
            throw new DomainException("customer.conflict");
        }
        var problems = new ArrayList<FieldViolation>();
        var checked = check.check(form, c.getKind(), problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var now = clock.instant();
        var changes = new ArrayList<FieldChange>(c.describe(checked.profile()));
        changes.addAll(c.changeStatus(checked.status(), now));
        if (checked.fields() != null) {
            checked.fields().forEach((definition, value) -> c.setField(definition, value).ifPresent(changes::add));
        }
        if (!changes.isEmpty()) {
            newVersion(c);
            var masked = journal.keep(id, changes, checked.reason(), now);
            journal.timeline(id, now, "updated", CustomerJournal.fieldList(changes), checked.reason());
            journal.audit("customer.update", id, null, CustomerJournal.describe(masked));
            journal.changed(id, now);
        }
        return views.details(c);
    }

    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public long addContact(long id, ContactForm form, DataScope scope) {
        var c = editable(id, scope);
        var details = contact(form);
        var contact = c.addContact(details);
        newVersion(c);
        var now = clock.instant();
        journal.keep(id, List.of(new FieldChange("contacts", null, contact.getName())), null, now);
        journal.timeline(id, now, "contactAdded", contact.getName(), contact.getRole());
        journal.audit("customer.contact.add", id, null, "contact=" + contact.getId() + ", name=" + contact.getName());
        journal.changed(id, now);
        return contact.getId();
    }

    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void updateContact(long id, long contactId, ContactForm form, DataScope scope) {
        var c = editable(id, scope);
        c.contact(contactId);
        var details = contact(form);
        var changes = c.updateContact(contactId, details);
        if (changes.isEmpty()) {
            return;
        }
        newVersion(c);
        var now = clock.instant();
        var masked = journal.keep(id, changes, null, now);
        journal.timeline(id, now, "updated", CustomerJournal.fieldList(changes), null);
        journal.audit("customer.contact.update", id, null, CustomerJournal.describe(masked));
        journal.changed(id, now);
    }

    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void removeContact(long id, long contactId, DataScope scope) {
        var c = editable(id, scope);
        var removed = c.removeContact(contactId);
        newVersion(c);
        var now = clock.instant();
        journal.keep(id, List.of(new FieldChange("contacts", removed.getName(), null)), null, now);
        journal.timeline(id, now, "contactRemoved", removed.getName(), removed.getRole());
        journal.audit("customer.contact.remove", id, "contact=" + contactId + ", name=" + removed.getName(), null);
        journal.changed(id, now);
    }

    // --- classification (CUS-6) ------------------------------------------------------------------

    /** Sets the classification by hand; the reason is required and kept with the history. */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void classify(long id, Classification classification, String reason, DataScope scope) {
        var c = editable(id, scope);
        var problems = new ArrayList<FieldViolation>();
        var next = check.classification(classification, problems);
        var why = check.reason(reason, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        var before = c.classification();
        var changes = c.classify(next, why);
        var now = clock.instant();
        var masked = journal.keep(id, changes, why, now);
        journal.timeline(id, now, "classified", CustomerJournal.fieldList(changes), why);
        journal.audit("customer.classify", id, null, CustomerJournal.describe(masked) + "; reason=" + why);
        events.publishEvent(new CustomerClassified(id, before, c.classification(), why, now));
        journal.changed(id, now);
    }

    // --- lifecycle (CUS-9) -----------------------------------------------------------------------

    /** Closes the account (销户); the archive closes on {@link CustomerClosed}. */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void close(long id, String reason, DataScope scope) {
        var c = editable(id, scope);
        var why = reason(reason);
        var from = c.getStatus();
        var now = clock.instant();
        c.close(why, now);
        ended(c, from, "closed", why, now);
        events.publishEvent(new CustomerClosed(id, why, now));
    }

    /** Marks the customer lost (流失). */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void markLost(long id, String reason, DataScope scope) {
        var c = editable(id, scope);
        var why = reason(reason);
        var from = c.getStatus();
        var now = clock.instant();
        c.markLost(why, now);
        ended(c, from, "lost", why, now);
        events.publishEvent(new CustomerMarkedLost(id, why, now));
    }

    /** Reopens a closed or lost customer; it is active again. */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void reopen(long id, String reason, DataScope scope) {
        var c = editable(id, scope);
        var why = reason(reason);
        var now = clock.instant();
        var from = c.reopen(why, now);
        ended(c, from, "reopened", why, now);
        events.publishEvent(new CustomerReopened(id, from, why, now));
    }

    private void ended(Customer c, CustomerStatus from, String kind, String reason, Instant now) {
        var change = new FieldChange("status", from.name(), c.getStatus().name());
        journal.keep(c.getId(), List.of(change), reason, now);
        journal.timeline(c.getId(), now, kind, null, reason);
        journal.audit("customer." + kind, c.getId(), "status=" + from, "status=" + c.getStatus() + ", reason=" + reason);
        journal.changed(c.getId(), now);
    }

    // --- follow-up -------------------------------------------------------------------------------

    /**
     * Records that the customer was followed up at {@code at} (a visit, a call …). Other modules call
     * it (or publish {@link CustomerActivityRecorded} with {@code followUp}); the pool-recycling job
     * reads the date. An earlier date than the one known is ignored.
     */
    public void recordFollowUp(long customerId, Instant at) {
        var c = customers.findById(customerId).orElseThrow(() -> new NotFoundException(CUSTOMER, customerId));
        if (c.recordFollowUp(at)) {
            journal.changed(customerId, clock.instant());
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Customer readable(long id, DataScope scope) {
        var c = customers.findById(id).orElseThrow(() -> new NotFoundException(CUSTOMER, id));
        if (CustomerVisibility.allows(scope, c) || (c.inPool() && SensitiveFields.mayReveal(Permissions.CUSTOMER_EDIT))) {
            return c;
        }
        throw new NotFoundException(CUSTOMER, id);
    }

    private Customer editable(long id, DataScope scope) {
        var c = customers.findById(id).orElseThrow(() -> new NotFoundException(CUSTOMER, id));
        if (!CustomerVisibility.allows(scope, c)) {
            throw new NotFoundException(CUSTOMER, id);
        }
        return c;
    }

    /**
     * Gives the customer a new version now, whatever part of the aggregate changed (a contact or a
     * field value is a row of its own), so the answer carries it and an edit that started from the old
     * version conflicts. A concurrent change of the same customer makes this fail as a conflict.
     */
    private void newVersion(Customer c) {
        try {
            entityManager.lock(c, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            customers.flush();
        } catch (PersistenceException | ConcurrencyFailureException changedMeanwhile) {
            throw new DomainException("customer.conflict");
        }
    }

    private String reason(String reason) {
        var problems = new ArrayList<FieldViolation>();
        var why = check.reason(reason, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return why;
    }

    private kehu.customer.internal.Contact.ContactDetails contact(ContactForm form) {
        var problems = new ArrayList<FieldViolation>();
        var details = check.contact(form, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return details;
    }
}
