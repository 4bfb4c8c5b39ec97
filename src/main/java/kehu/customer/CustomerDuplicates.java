package kehu.customer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import kehu.customer.internal.Customer;
import kehu.customer.internal.CustomerJournal;
import kehu.customer.internal.CustomerViews;
import kehu.customer.internal.CustomerVisibility;
import kehu.customer.internal.Customers;
import kehu.customer.internal.FieldChange;
import kehu.customer.internal.FieldDefinition;
import kehu.customer.internal.FieldDefinitions;
import kehu.customer.transfer.DuplicateFinder;
import kehu.customer.transfer.MergedTimeline;
import kehu.organization.DataScope;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFields;
import kehu.shared.DomainException;
import kehu.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicates (CUS-4): which existing customers a new or an existing one probably duplicates, and
 * merging two customers into one.
 *
 * <p>A merge keeps the winner's values (or, for the fields the person picks, the loser's), unites
 * contacts, tags, industry-field values, collaborators (the loser's manager becomes one), copies the
 * loser's timeline onto the winner's and keeps both histories. The loser stays in the database, read-only,
 * pointing to the winner; it disappears from lists, the pool and duplicate checks. Both must be within
 * the person's data scope for {@code customer.edit}. Audited; publishes {@link CustomersMerged}.
 */
@Service
@Transactional
public class CustomerDuplicates {

    private final Customers customers;
    private final FieldDefinitions definitions;
    private final DuplicateFinder finder;
    private final CustomerJournal journal;
    private final CustomerViews views;
    private final MergedTimeline mergedTimeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerDuplicates(Customers customers, FieldDefinitions definitions, DuplicateFinder finder, CustomerJournal journal,
                       CustomerViews views, MergedTimeline mergedTimeline, ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.definitions = definitions;
        this.finder = finder;
        this.journal = journal;
        this.views = views;
        this.mergedTimeline = mergedTimeline;
        this.events = events;
        this.clock = clock;
    }

    /** The duplicate mode in force ({@code kehu.customer.duplicates.mode}). */
    public DuplicateMode mode() {
        return finder.mode();
    }

    /** Switches the duplicate mode until the next restart (tests; an administrator's setting page later). */
    public void useMode(DuplicateMode mode) {
        finder.useMode(mode);
    }

    /**
     * The customers that a customer with these values would probably duplicate. The phone may be a
     * mobile or a landline; values that are not valid numbers are compared as typed. Kind null: the name
     * is compared among both kinds.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    public List<PossibleDuplicate> find(CustomerKind kind, String name, String phone, String idNumber) {
        var phones = new LinkedHashMap<String, String>();
        if (phone != null && !phone.isBlank()) {
            try {
                var p = PhoneNumber.parse(phone);
                phones.put(p.value(), p.mobile() ? "mobile" : "landline");
            } catch (DomainException notAPhone) {
                phones.put(phone.strip(), "mobile");
            }
        }
        var id = idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase(Locale.ROOT);
        if (kind != null) {
            return finder.find(kind, name, id, phones, null);
        }
        var result = new LinkedHashMap<Long, PossibleDuplicate>();
        for (var k : CustomerKind.values()) {
            finder.find(k, name, id, phones, null).forEach(d -> result.putIfAbsent(d.customerId(), d));
        }
        return List.copyOf(result.values());
    }

    /** The likely duplicates of an existing customer (its name, identity number, phones and contacts' phones). */
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> of(long customerId, DataScope scope) {
        var c = readable(customerId, scope);
        if (c.isMerged()) {
            return List.of();
        }
        var phones = new LinkedHashMap<String, String>();
        if (c.getMobile() != null) {
            phones.put(c.getMobile(), "mobile");
        }
        if (c.getLandline() != null) {
            phones.putIfAbsent(c.getLandline(), "landline");
        }
        c.contacts().stream().filter(k -> k.getPhone() != null).forEach(k -> phones.putIfAbsent(k.getPhone(), "mobile"));
        return finder.find(c.getKind(), c.getName(), c.getIdNumber(), phones, customerId);
    }

    /** The customer a merged customer points to, if it was merged. */
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long customerId, DataScope scope) {
        return Optional.ofNullable(readable(customerId, scope).getMergedIntoId());
    }

    /** Both customers side by side, and what the winner could take from the loser. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public MergePreview preview(long winnerId, long loserId, DataScope scope) {
        var winner = editable(winnerId, scope);
        var loser = editable(loserId, scope);
        check(winner, loser);
        var takeable = new ArrayList<String>();
        var w = views.details(winner);
        var l = views.details(loser);
        compare(takeable, "name", w.name(), l.name());
        compare(takeable, "idNumber", w.idNumber(), l.idNumber());
        compare(takeable, "mobile", w.mobile(), l.mobile());
        compare(takeable, "landline", w.landline(), l.landline());
        compare(takeable, "regionCode", w.regionCode(), l.regionCode());
        compare(takeable, "address", w.address(), l.address());
        compare(takeable, "industryCode", w.industryCode(), l.industryCode());
        compare(takeable, "source", w.source(), l.source());
        compare(takeable, "areaCode", w.areaCode(), l.areaCode());
        var mine = new HashMap<String, String>();
        w.fields().forEach(f -> mine.put(f.code(), f.value()));
        l.fields().forEach(f -> compare(takeable, "fields." + f.code(), mine.get(f.code()), f.value()));
        return new MergePreview(w, l, takeable);
    }

    private static void compare(List<String> takeable, String field, String mine, String theirs) {
        if (theirs != null && !theirs.isBlank() && mine != null && !mine.isBlank() && !Objects.equals(mine, theirs)) {
            takeable.add(field);
        }
    }

    /**
     * Merges {@code loserId} into {@code winnerId}. {@code takeFromLoser} names the fields whose value the
     * winner takes from the loser (see {@link MergePreview#takeable()}); every other value of the winner
     * stays, and whatever the winner lacks is filled from the loser.
     */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    public void merge(long winnerId, long loserId, Set<String> takeFromLoser, DataScope scope) {
        var winner = editable(winnerId, scope);
        var loser = editable(loserId, scope);
        check(winner, loser);
        var take = new TreeSet<String>(takeFromLoser == null ? Set.of() : takeFromLoser);
        Map<Long, FieldDefinition> defs = new HashMap<>();
        definitions.findAll().forEach(d -> defs.put(d.getId(), d));
        var now = clock.instant();
        var changes = new ArrayList<FieldChange>(winner.absorb(loser, take, defs));
        loser.mergeInto(winnerId, now);
        customers.flush();
        var copied = mergedTimeline.copy(loserId, winnerId, now);
        var loserLabel = loser.getName() + " (#" + loserId + ")";
        var winnerLabel = winner.getName() + " (#" + winnerId + ")";
        changes.add(new FieldChange("mergedFrom", null, loserLabel));
        var masked = journal.keep(winnerId, changes, null, now);
        journal.keep(loserId, List.of(new FieldChange("mergedInto", null, winnerLabel)), null, now);
        journal.timeline(winnerId, now, "merged", loser.getName(), "#" + loserId);
        journal.timeline(loserId, now, "mergedInto", winner.getName(), "#" + winnerId);
        journal.audit("customer.merge", winnerId, "loser: " + CustomerJournal.describe(loser),
                "winner: " + CustomerJournal.describe(winner) + "; taken=" + String.join(",", take) + "; timeline entries copied="
                        + copied + "; " + CustomerJournal.describe(masked));
        events.publishEvent(new CustomersMerged(winnerId, loserId, now));
        journal.changed(winnerId, now);
        journal.changed(loserId, now);
    }

    private static void check(Customer winner, Customer loser) {
        if (Objects.equals(winner.getId(), loser.getId())) {
            throw new DomainException("customer.merge.same");
        }
        if (winner.isMerged() || loser.isMerged()) {
            throw new DomainException("customer.merge.alreadyMerged");
        }
        if (winner.getKind() != loser.getKind()) {
            throw new DomainException("customer.merge.kindDiffers");
        }
        if (winner.getStatus() == CustomerStatus.CLOSED) {
            throw new DomainException("customer.closed.readOnly");
        }
    }

    private Customer readable(long id, DataScope scope) {
        var c = customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
        if (CustomerVisibility.allows(scope, c) || (c.inPool() && SensitiveFields.mayReveal(Permissions.CUSTOMER_EDIT))) {
            return c;
        }
        throw new NotFoundException("customer", id);
    }

    private Customer editable(long id, DataScope scope) {
        var c = customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
        if (!CustomerVisibility.allows(scope, c)) {
            throw new NotFoundException("customer", id);
        }
        return c;
    }
}
