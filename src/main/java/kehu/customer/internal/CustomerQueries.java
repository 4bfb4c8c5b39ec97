package kehu.customer.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import kehu.customer.CustomerFilter;
import kehu.customer.CustomerNames;
import kehu.customer.CustomerStatus;
import kehu.platform.ReferenceData;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The filters of the customer list as a JPA specification (the data scope is added by the caller); merged customers never match. */
@Component
public class CustomerQueries {

    private final ReferenceData reference;

    CustomerQueries(ReferenceData reference) {
        this.reference = reference;
    }

    public Specification<Customer> matching(CustomerFilter f) {
        var regionCodes = f.regionCode() == null || f.regionCode().isBlank() ? null : regionAndBelow(f.regionCode().strip());
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            // a customer merged into another one (CUS-4) is found through the winner only
            predicates.add(cb.isNull(root.get("mergedIntoId")));
            if (f.name() != null && !f.name().isBlank()) {
                var q = f.name().strip();
                var normalised = CustomerNames.normalise(q);
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), "%" + escape(q.toLowerCase(Locale.ROOT)) + "%", '\\'),
                        cb.like(root.get("nameNormalized"), "%" + escape(normalised) + "%", '\\')));
            }
            if (f.status() != null) {
                predicates.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.abcClass() != null) {
                predicates.add(cb.equal(root.get("abcClass"), f.abcClass()));
            }
            if (f.ownerStaffId() != null) {
                predicates.add(cb.equal(root.get("ownerStaffId"), f.ownerStaffId()));
            }
            if (f.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.tag() != null && !f.tag().isBlank()) {
                predicates.add(cb.isMember(f.tag().strip(), root.<java.util.Collection<String>>get("tags")));
            }
            if (regionCodes != null) {
                predicates.add(root.get("regionCode").in(regionCodes));
            }
            if (Boolean.TRUE.equals(f.pool())) {
                predicates.add(cb.isNull(root.get("ownerStaffId")));
                predicates.add(cb.notEqual(root.get("status"), CustomerStatus.CLOSED));
            } else if (Boolean.FALSE.equals(f.pool())) {
                predicates.add(cb.isNotNull(root.get("ownerStaffId")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** A region and every region below it (a province: its cities and their districts). */
    Set<String> regionAndBelow(String code) {
        var codes = new LinkedHashSet<String>();
        codes.add(code);
        var frontier = new ArrayList<String>(codes);
        while (!frontier.isEmpty() && codes.size() < 5000) {
            var next = new ArrayList<String>();
            for (var c : frontier) {
                for (var child : reference.children(c)) {
                    if (codes.add(child.code())) {
                        next.add(child.code());
                    }
                }
            }
            frontier = next;
        }
        return codes;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
