package kehu.customer.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import kehu.customer.CustomerKind;
import kehu.customer.CustomerNames;
import kehu.customer.DuplicateMode;
import kehu.customer.DuplicateSettings;
import kehu.customer.PossibleDuplicate;
import kehu.customer.PossibleDuplicatesFound;
import kehu.customer.StaffRef;
import kehu.customer.internal.Customer;
import kehu.customer.internal.CustomerViews;
import kehu.customer.internal.Profile;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the existing customers a new one probably duplicates (CUS-4), one customer at a time (the
 * create form and the REST API; an import uses {@link DuplicateKeys} instead):
 * <ul>
 *   <li>the same normalised name ({@link CustomerNames#normalise}) among customers of the same kind —
 *       unless both have an identity number (then the numbers decide: two people called 张伟 with
 *       different ID cards are two people);</li>
 *   <li>the same ID-card number or credit code;</li>
 *   <li>a phone (mobile or landline) equal to a customer's mobile, landline or a contact person's phone.</li>
 * </ul>
 * Customers merged into another one never count. The mode ({@code kehu.customer.duplicates.mode}) decides
 * what a match does; it can be switched at run time (tests, an administrator) and is not persisted.
 */
@Component
@Transactional(readOnly = true)
public class DuplicateFinder {

    static final int LIMIT = 20;

    private final EntityManager em;
    private final CustomerViews views;
    private volatile DuplicateMode mode;

    DuplicateFinder(EntityManager em, CustomerViews views, DuplicateSettings settings) {
        this.em = em;
        this.views = views;
        this.mode = settings.mode() == null ? DuplicateMode.WARN : settings.mode();
    }

    public DuplicateMode mode() {
        return mode;
    }

    public void useMode(DuplicateMode mode) {
        this.mode = mode == null ? DuplicateMode.WARN : mode;
    }

    /**
     * Refuses a new customer that has likely duplicates: in mode BLOCK always (a field error on each
     * matching field, naming the customer), in mode WARN unless the person confirmed them.
     */
    public void enforce(CustomerKind kind, Profile profile, boolean confirmed) {
        var found = find(kind, profile.name(), profile.idNumber(), phones(profile.mobile(), profile.landline()), null);
        if (found.isEmpty()) {
            return;
        }
        if (mode == DuplicateMode.BLOCK) {
            var problems = new ArrayList<FieldViolation>();
            var seen = new LinkedHashSet<String>();
            for (var d : found) {
                if (seen.add(d.field())) {
                    problems.add(new FieldViolation(d.field(), "customer.duplicates.blocked", d.name(), d.customerId()));
                }
            }
            throw DomainException.invalid(problems);
        }
        if (!confirmed) {
            throw new PossibleDuplicatesFound(found);
        }
    }

    private static Map<String, String> phones(String mobile, String landline) {
        var phones = new LinkedHashMap<String, String>();
        if (mobile != null && !mobile.isBlank()) {
            phones.put(mobile, "mobile");
        }
        if (landline != null && !landline.isBlank()) {
            phones.putIfAbsent(landline, "landline");
        }
        return phones;
    }

    /**
     * The likely duplicates of a customer described by already normalised values (null parts do not
     * match); {@code phones} maps each phone to the form field it came from. {@code exceptId} leaves
     * one customer out (the customer itself). At most {@value #LIMIT}, the strongest matches first
     * (identity number, phone, name).
     */
    public List<PossibleDuplicate> find(CustomerKind kind, String name, String idNumber, Map<String, String> phones,
                                        Long exceptId) {
        var result = new LinkedHashMap<Long, PossibleDuplicate>();
        var staff = new HashMap<Long, StaffRef>();
        if (idNumber != null && !idNumber.isBlank()) {
            for (var c : em.createQuery("select c from Customer c where c.mergedIntoId is null and c.idNumber = :id",
                    Customer.class).setParameter("id", idNumber.strip().toUpperCase(java.util.Locale.ROOT))
                    .setMaxResults(LIMIT).getResultList()) {
                add(result, c, "idNumber", false, staff, exceptId);
            }
        }
        if (phones != null && !phones.isEmpty()) {
            var list = List.copyOf(phones.keySet());
            for (var c : em.createQuery("select c from Customer c where c.mergedIntoId is null"
                    + " and (c.mobile in :phones or c.landline in :phones)", Customer.class)
                    .setParameter("phones", list).setMaxResults(LIMIT).getResultList()) {
                var field = phones.getOrDefault(c.getMobile(), phones.get(c.getLandline()));
                add(result, c, field == null ? "mobile" : field, false, staff, exceptId);
            }
            for (var row : em.createQuery("select c, k.phone from Customer c join c.contacts k"
                    + " where c.mergedIntoId is null and k.phone in :phones", Object[].class)
                    .setParameter("phones", list).setMaxResults(LIMIT).getResultList()) {
                var field = phones.get((String) row[1]);
                add(result, (Customer) row[0], field == null ? "mobile" : field, true, staff, exceptId);
            }
        }
        var normalised = CustomerNames.normalise(name);
        if (kind != null && normalised != null && !normalised.isBlank()) {
            var jpql = "select c from Customer c where c.mergedIntoId is null and c.kind = :kind and c.nameNormalized = :name"
                    + (idNumber != null && !idNumber.isBlank() ? " and c.idNumber is null" : "") + " order by c.id";
            for (var c : em.createQuery(jpql, Customer.class).setParameter("kind", kind).setParameter("name", normalised)
                    .setMaxResults(LIMIT).getResultList()) {
                add(result, c, "name", false, staff, exceptId);
            }
        }
        return List.copyOf(result.values()).subList(0, Math.min(result.size(), LIMIT));
    }

    private void add(Map<Long, PossibleDuplicate> result, Customer c, String field, boolean viaContact,
                     Map<Long, StaffRef> staff, Long exceptId) {
        if (exceptId != null && exceptId.equals(c.getId())) {
            return;
        }
        result.putIfAbsent(c.getId(), new PossibleDuplicate(c.getId(), c.getName(), c.getKind(), c.getStatus(), field,
                viaContact, views.staff(c.getOwnerStaffId(), staff)));
    }
}
