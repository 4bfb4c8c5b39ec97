package kehu.customer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kehu.customer.AbcClass;
import kehu.customer.Classification;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerNames;
import kehu.customer.CustomerStatus;
import kehu.customer.LoyaltyType;
import kehu.customer.ValueClass;
import kehu.customer.internal.Contact.ContactDetails;
import kehu.shared.AuditedEntity;
import kehu.shared.DomainException;
import kehu.shared.NotFoundException;

/**
 * A customer (CUS-1): a person or an organisation, with contacts, industry-field values, an
 * accountable manager and collaborators, a classification and a status.
 *
 * <h2>Lifecycle</h2>
 * <pre>
 *            register                      markLost                reopen
 *   ──────────────────▶ POTENTIAL ⇄ ACTIVE ⇄ DORMANT ──────────▶ LOST ───────▶ ACTIVE
 *                       (working states, set on the form)   │        │ close
 *                                                           │ close  ▼        reopen
 *                                                           └─────▶ CLOSED ───────▶ ACTIVE
 * </pre>
 * <ul>
 *   <li>{@link #changeStatus} moves between the working states only;</li>
 *   <li>{@link #markLost} from a working state; {@link #close} from a working state or LOST; closing or
 *       marking lost twice is refused;</li>
 *   <li>{@link #reopen} only from LOST or CLOSED, back to ACTIVE;</li>
 *   <li>a CLOSED customer is read-only: no edits, contacts, fields, transfers or classification;</li>
 *   <li>{@link #mergeInto} (CUS-4) ends a customer whatever its status: it points to the winner of the
 *       merge, keeps its status and history and is read-only for good (no lifecycle moves either).</li>
 * </ul>
 *
 * <h2>Ownership (CUS-5)</h2>
 * A customer without an owner is in the public pool (公海). {@link #assignTo} and {@link #claimBy}
 * take a customer out of the pool, {@link #transferTo} moves it between managers (a reason is
 * required), {@link #returnToPool} puts it back. The owner's unit is kept with the owner for data
 * scopes. Collaborators help the owner; the owner is never also a collaborator.
 *
 * <p>Every move that is not allowed throws a {@link DomainException}. Methods that change described
 * values return the {@link FieldChange}s so the caller can keep the history.
 */
@Entity
@Table(name = "customer")
public class Customer extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private CustomerKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_normalized", nullable = false, length = 100)
    private String nameNormalized;

    @Column(name = "id_number", length = 18)
    private String idNumber;

    @Column(length = 11)
    private String mobile;

    @Column(length = 32)
    private String landline;

    @Column(name = "region_code", length = 12)
    private String regionCode;

    @Column(length = 200)
    private String address;

    @Column(name = "industry_code", length = 32)
    private String industryCode;

    @Column(length = 50)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustomerStatus status;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "area_code", length = 32)
    private String areaCode;

    @Column(name = "owner_staff_id")
    private Long ownerStaffId;

    @Column(name = "owner_unit_id")
    private Long ownerUnitId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // varchar(1), not the char(1) Hibernate picks for length 1
    @Column(name = "abc_class", length = 1)
    private AbcClass abcClass;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private LoyaltyType loyalty;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_class", length = 16)
    private ValueClass valueClass;

    @Column(name = "credit_grade", length = 8)
    private String creditGrade;

    @Column(nullable = false)
    private boolean vip;

    @Column(name = "last_follow_up_at")
    private Instant lastFollowUpAt;

    @Column(name = "pool_warned_at")
    private Instant poolWarnedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag", length = 20)
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_collaborator", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "staff_id")
    private Set<Long> collaboratorIds = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "customer_id", nullable = false)
    @OrderBy("id")
    private List<Contact> contacts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "customer_id", nullable = false)
    private List<FieldValue> fieldValues = new ArrayList<>();

    /** The customer this one was merged into (CUS-4); set once, never cleared. */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "merged_at")
    private Instant mergedAt;

    protected Customer() {
    }

    private Customer(CustomerKind kind, CustomerStatus status, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.status = status;
        this.statusChangedAt = now;
    }

    /** A new customer in a working state, in the pool until assigned. */
    public static Customer register(CustomerKind kind, Profile profile, CustomerStatus status, Instant now) {
        var initial = status == null ? CustomerStatus.POTENTIAL : status;
        if (!initial.working()) {
            throw DomainException.invalid("status", "customer.status.notWorking");
        }
        var customer = new Customer(kind, initial, now);
        customer.describe(profile);
        return customer;
    }

    // --- description -------------------------------------------------------------------------

    /** Replaces the descriptive values; returns what changed. */
    public List<FieldChange> describe(Profile p) {
        requireOpen();
        var changes = new ArrayList<FieldChange>();
        name = track(changes, "name", name, p.name());
        nameNormalized = CustomerNames.normalise(name);
        idNumber = track(changes, "idNumber", idNumber, p.idNumber());
        mobile = track(changes, "mobile", mobile, p.mobile());
        landline = track(changes, "landline", landline, p.landline());
        regionCode = track(changes, "regionCode", regionCode, p.regionCode());
        address = track(changes, "address", address, p.address());
        industryCode = track(changes, "industryCode", industryCode, p.industryCode());
        source = track(changes, "source", source, p.source());
        areaCode = track(changes, "areaCode", areaCode, p.areaCode());
        var newTags = new TreeSet<>(p.tags());
        var oldTags = new TreeSet<>(tags);
        if (!newTags.equals(oldTags)) {
            changes.add(new FieldChange("tags", joinOrNull(oldTags), joinOrNull(newTags)));
            tags.clear();
            tags.addAll(newTags);
        }
        return changes;
    }

    /** Moves between the working states (潜在, 正式, 休眠); LOST and CLOSED have moves of their own. */
    public List<FieldChange> changeStatus(CustomerStatus next, Instant now) {
        requireOpen();
        if (next == null || next == status) {
            return List.of();
        }
        if (!status.working()) {
            throw DomainException.invalid("status", "customer.status.useReopen");
        }
        if (!next.working()) {
            throw DomainException.invalid("status", "customer.status.notWorking");
        }
        var change = new FieldChange("status", status.name(), next.name());
        status = next;
        statusChangedAt = now;
        statusReason = null;
        return List.of(change);
    }

    // --- industry fields ---------------------------------------------------------------------

    public Optional<TypedValue> fieldValue(long fieldId) {
        return fieldValues.stream().filter(v -> v.getFieldId() == fieldId).findFirst().map(FieldValue::value);
    }

    public List<FieldValue> fieldValues() {
        return List.copyOf(fieldValues);
    }

    /** Sets (or with null clears) the value of an industry field; returns the change, if any. */
    public Optional<FieldChange> setField(FieldDefinition definition, TypedValue value) {
        requireOpen();
        var existing = fieldValues.stream().filter(v -> v.getFieldId().equals(definition.getId())).findFirst();
        var old = existing.map(FieldValue::value).orElse(null);
        if (value == null ? old == null : value.sameAs(old)) {
            return Optional.empty();
        }
        if (value == null) {
            fieldValues.remove(existing.get());
        } else if (existing.isPresent()) {
            existing.get().set(value);
        } else {
            fieldValues.add(new FieldValue(definition.getId(), value));
        }
        return Optional.of(new FieldChange(definition.formField(), old == null ? null : old.asText(),
                value == null ? null : value.asText()));
    }

    // --- contacts ----------------------------------------------------------------------------

    public Contact addContact(ContactDetails details) {
        requireOpen();
        if (contacts.size() >= 50) {
            throw new DomainException("customer.contact.tooMany", 50);
        }
        var contact = new Contact(details);
        contacts.add(contact);
        return contact;
    }

    public List<FieldChange> updateContact(long contactId, ContactDetails details) {
        requireOpen();
        var contact = contact(contactId);
        var before = contact.details();
        contact.describe(details);
        var changes = new ArrayList<FieldChange>();
        var prefix = "contact." + contactId + ".";
        track(changes, prefix + "name", before.name(), details.name());
        track(changes, prefix + "role", before.role(), details.role());
        track(changes, prefix + "phone", before.phone(), details.phone());
        track(changes, prefix + "birthday", str(before.birthday()), str(details.birthday()));
        track(changes, prefix + "preferences", before.preferences(), details.preferences());
        return changes;
    }

    public Contact removeContact(long contactId) {
        requireOpen();
        var contact = contact(contactId);
        contacts.remove(contact);
        return contact;
    }

    public Contact contact(long contactId) {
        return contacts.stream().filter(c -> c.getId() != null && c.getId() == contactId).findFirst()
                .orElseThrow(() -> new NotFoundException("contact", contactId));
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    // --- ownership (CUS-5) -------------------------------------------------------------------

    public boolean inPool() {
        return ownerStaffId == null;
    }

    /** Gives a pool customer its first (or next) accountable manager. */
    public void assignTo(long staffId, long unitId, Instant now) {
        requireOpen();
        if (!inPool()) {
            throw new DomainException("customer.assign.notInPool");
        }
        own(staffId, unitId, now);
    }

    /** A manager takes a customer from the pool; another manager got there first when it has an owner. */
    public void claimBy(long staffId, long unitId, Instant now) {
        requireOpen();
        if (!inPool()) {
            throw new DomainException("customer.pool.alreadyClaimed");
        }
        own(staffId, unitId, now);
    }

    /** Hands an owned customer to another manager. */
    public Long transferTo(long staffId, long unitId, String reason, Instant now) {
        requireOpen();
        requireReason(reason);
        if (inPool()) {
            throw new DomainException("customer.transfer.inPool");
        }
        if (ownerStaffId == staffId) {
            throw DomainException.invalid("toStaffId", "customer.transfer.sameManager");
        }
        var from = ownerStaffId;
        own(staffId, unitId, now);
        return from;
    }

    /** Puts the customer back into the public pool. */
    public Long returnToPool(String reason, Instant now) {
        requireOpen();
        requireReason(reason);
        if (inPool()) {
            throw new DomainException("customer.pool.alreadyInPool");
        }
        var from = ownerStaffId;
        ownerStaffId = null;
        ownerUnitId = null;
        assignedAt = now;
        poolWarnedAt = null;
        return from;
    }

    private void own(long staffId, long unitId, Instant now) {
        ownerStaffId = staffId;
        ownerUnitId = unitId;
        assignedAt = now;
        poolWarnedAt = null;
        collaboratorIds.remove(staffId);
    }

    /** Replaces the collaborators; returns the change, if any. */
    public Optional<FieldChange> setCollaborators(Set<Long> staffIds) {
        requireOpen();
        var next = new TreeSet<>(staffIds);
        if (ownerStaffId != null && next.contains(ownerStaffId)) {
            throw DomainException.invalid("collaboratorIds", "customer.collaborators.owner");
        }
        if (next.size() > 20) {
            throw DomainException.invalid("collaboratorIds", "customer.collaborators.tooMany", 20);
        }
        var old = new TreeSet<>(collaboratorIds);
        if (old.equals(next)) {
            return Optional.empty();
        }
        collaboratorIds.clear();
        collaboratorIds.addAll(next);
        return Optional.of(new FieldChange("collaboratorIds", joinOrNull(old), joinOrNull(next)));
    }

    /** Records that someone followed the customer up; an earlier date than the one known is ignored. */
    public boolean recordFollowUp(Instant at) {
        if (lastFollowUpAt != null && !at.isAfter(lastFollowUpAt)) {
            return false;
        }
        lastFollowUpAt = at;
        poolWarnedAt = null;
        return true;
    }

    /** The last time someone took care of this customer: the later of the last follow-up and the assignment. */
    public Instant lastAttendedAt() {
        if (lastFollowUpAt == null) {
            return assignedAt;
        }
        return assignedAt == null || lastFollowUpAt.isAfter(assignedAt) ? lastFollowUpAt : assignedAt;
    }

    /**
     * Warns that this customer will return to the public pool for lack of follow-up (CUS-5). Only an owned,
     * open customer not yet warned can be warned; a follow-up or a new owner clears the warning.
     *
     * @return true when the warning was given now
     */
    public boolean warnOfPoolReturn(Instant now) {
        if (inPool() || poolWarnedAt != null || status == CustomerStatus.CLOSED || status == CustomerStatus.LOST) {
            return false;
        }
        poolWarnedAt = now;
        return true;
    }

    public Instant getPoolWarnedAt() {
        return poolWarnedAt;
    }

    // --- classification (CUS-6) --------------------------------------------------------------

    public Classification classification() {
        return new Classification(abcClass, loyalty, valueClass, creditGrade, vip);
    }

    /** Sets the classification by hand; a reason is required. Returns what changed. */
    public List<FieldChange> classify(Classification next, String reason) {
        requireOpen();
        requireReason(reason);
        var changes = new ArrayList<FieldChange>();
        abcClass = track(changes, "abcClass", abcClass, next.abcClass());
        loyalty = track(changes, "loyalty", loyalty, next.loyalty());
        valueClass = track(changes, "valueClass", valueClass, next.valueClass());
        creditGrade = track(changes, "creditGrade", creditGrade, next.creditGrade());
        vip = track(changes, "vip", vip, next.vip());
        if (changes.isEmpty()) {
            throw new DomainException("customer.classify.unchanged");
        }
        return changes;
    }

    /** The classification a new customer starts with (no reason needed, nothing to compare with). */
    public void initialClassification(Classification c) {
        abcClass = c.abcClass();
        loyalty = c.loyalty();
        valueClass = c.valueClass();
        creditGrade = c.creditGrade();
        vip = c.vip();
    }

    // --- lifecycle (CUS-9) -------------------------------------------------------------------

    public void markLost(String reason, Instant now) {
        requireNotMerged();
        requireReason(reason);
        if (status == CustomerStatus.LOST) {
            throw new DomainException("customer.lifecycle.alreadyLost");
        }
        requireOpen();
        endWith(CustomerStatus.LOST, reason, now);
    }

    public void close(String reason, Instant now) {
        requireNotMerged();
        requireReason(reason);
        if (status == CustomerStatus.CLOSED) {
            throw new DomainException("customer.lifecycle.alreadyClosed");
        }
        endWith(CustomerStatus.CLOSED, reason, now);
    }

    /** Back to ACTIVE from LOST or CLOSED; returns the status left. */
    public CustomerStatus reopen(String reason, Instant now) {
        requireNotMerged();
        requireReason(reason);
        if (status.working()) {
            throw new DomainException("customer.lifecycle.notEnded");
        }
        var from = status;
        status = CustomerStatus.ACTIVE;
        statusChangedAt = now;
        statusReason = reason.strip();
        return from;
    }

    private void endWith(CustomerStatus end, String reason, Instant now) {
        status = end;
        statusChangedAt = now;
        statusReason = reason.strip();
    }

    private void requireOpen() {
        requireNotMerged();
        if (status == CustomerStatus.CLOSED) {
            throw new DomainException("customer.closed.readOnly");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "validation.required");
        }
        if (reason.strip().length() > 500) {
            throw DomainException.invalid("reason", "validation.tooLong", 500);
        }
    }

    private static <T> T track(List<FieldChange> changes, String field, T old, T next) {
        if (!Objects.equals(old, next)) {
            changes.add(new FieldChange(field, str(old), str(next)));
        }
        return next;
    }

    private static String str(Object o) {
        return o == null ? null : o instanceof Enum<?> e ? e.name() : o.toString();
    }

    private static String joinOrNull(Set<?> values) {
        return values.isEmpty() ? null : String.join(",", values.stream().map(String::valueOf).toList());
    }

    // --- merging (CUS-4) ----------------------------------------------------------------------

    /** Whether this customer was merged into another one. */
    public boolean isMerged() {
        return mergedIntoId != null;
    }

    /**
     * The winner of a merge takes over what the loser has and it lacks: contacts (copied), tags,
     * industry-field values it has no value for, collaborators (the loser's owner among them), and —
     * for the profile fields named in {@code takeFromLoser} (name, idNumber, mobile, landline,
     * regionCode, address, industryCode, source, areaCode, or {@code fields.CODE}) — the loser's value.
     * Returns what changed, for the history.
     */
    public List<FieldChange> absorb(Customer loser, Set<String> takeFromLoser, java.util.Map<Long, FieldDefinition> definitions) {
        requireOpen();
        if (loser == this || Objects.equals(loser.id, id)) {
            throw new DomainException("customer.merge.same");
        }
        if (loser.isMerged()) {
            throw new DomainException("customer.merge.alreadyMerged");
        }
        if (loser.kind != kind) {
            throw new DomainException("customer.merge.kindDiffers");
        }
        var take = takeFromLoser == null ? Set.<String>of() : takeFromLoser;
        var tagsUnited = new TreeSet<>(tags);
        tagsUnited.addAll(loser.tags);
        var profile = new Profile(
                pick(take, "name", name, loser.name), pick(take, "idNumber", idNumber, loser.idNumber),
                pick(take, "mobile", mobile, loser.mobile), pick(take, "landline", landline, loser.landline),
                pick(take, "regionCode", regionCode, loser.regionCode), pick(take, "address", address, loser.address),
                pick(take, "industryCode", industryCode, loser.industryCode), pick(take, "source", source, loser.source),
                pick(take, "areaCode", areaCode, loser.areaCode), tagsUnited);
        var changes = new ArrayList<FieldChange>(describe(profile));
        for (var value : loser.fieldValues) {
            var definition = definitions.get(value.getFieldId());
            if (definition == null) {
                continue;
            }
            boolean mine = fieldValue(value.getFieldId()).isPresent();
            if (!mine || take.contains(definition.formField())) {
                setField(definition, value.value()).ifPresent(changes::add);
            }
        }
        for (var contact : loser.contacts) {
            var copy = addContact(contact.details());
            changes.add(new FieldChange("contacts", null, copy.getName()));
        }
        var collaborators = new TreeSet<>(collaboratorIds);
        collaborators.addAll(loser.collaboratorIds);
        if (loser.ownerStaffId != null) {
            collaborators.add(loser.ownerStaffId);
        }
        if (ownerStaffId != null) {
            collaborators.remove(ownerStaffId);
        }
        setCollaborators(collaborators).ifPresent(changes::add);
        return changes;
    }

    private static String pick(Set<String> take, String field, String mine, String theirs) {
        if (mine == null || mine.isBlank()) {
            return theirs;
        }
        return take.contains(field) && theirs != null && !theirs.isBlank() ? theirs : mine;
    }

    /** Marks this customer as merged into {@code winnerId}: from now on it is read-only and hidden from lists. */
    public void mergeInto(long winnerId, Instant now) {
        requireNotMerged();
        if (id != null && id == winnerId) {
            throw new DomainException("customer.merge.same");
        }
        mergedIntoId = winnerId;
        mergedAt = now;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    private void requireNotMerged() {
        if (mergedIntoId != null) {
            throw new DomainException("customer.merged.readOnly");
        }
    }

    // --- reading -----------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getNameNormalized() {
        return nameNormalized;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getMobile() {
        return mobile;
    }

    public String getLandline() {
        return landline;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getAddress() {
        return address;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getSource() {
        return source;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public Long getOwnerStaffId() {
        return ownerStaffId;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getLastFollowUpAt() {
        return lastFollowUpAt;
    }

    public Set<String> getTags() {
        return new TreeSet<>(tags);
    }

    public Set<Long> getCollaboratorIds() {
        return new TreeSet<>(collaboratorIds);
    }

    public boolean isCollaborator(long staffId) {
        return collaboratorIds.contains(staffId);
    }
}
