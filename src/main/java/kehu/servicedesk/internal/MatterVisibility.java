package kehu.servicedesk.internal;

import java.util.ArrayList;
import java.util.HashSet;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The matters a person may see, as a query condition (the data scope is enforced in the query, not only
 * in the page): matters they own, received or handle, and matters whose owning or handling unit, or whose
 * area, one of their service scopes reaches.
 */
public final class MatterVisibility {

    private MatterVisibility() {
    }

    public static Specification<Matter> of(ServiceActor actor) {
        return (root, query, cb) -> {
            if (actor.seesAll()) {
                return cb.conjunction();
            }
            var units = new HashSet<Long>();
            var areas = new HashSet<String>();
            actor.scopes().forEach(s -> {
                units.addAll(s.unitIds());
                areas.addAll(s.areaCodes());
            });
            var any = new ArrayList<Predicate>();
            any.add(cb.equal(root.get("ownerStaffId"), actor.staffId()));
            any.add(cb.equal(root.get("receivedBy"), actor.staffId()));
            any.add(cb.equal(root.get("handlingStaffId"), actor.staffId()));
            if (!units.isEmpty()) {
                any.add(root.get("ownerUnitId").in(units));
                any.add(root.get("handlingUnitId").in(units));
            }
            if (!areas.isEmpty()) {
                any.add(root.get("areaCode").in(areas));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }
}
