package kehu.servicedesk.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import kehu.organization.DataScope;

import org.springframework.data.jpa.domain.Specification;

/**
 * The return visits a person may see (in the query): visits assigned to them, visits of matters they own
 * (first-contact responsibility follows the matter to its visit), and visits whose unit or area one of
 * their scopes (service intake, dispatch, reports) reaches.
 */
public final class VisitVisibility {

    private VisitVisibility() {
    }

    public static Specification<ReturnVisit> of(long staffId, List<DataScope> scopes) {
        return (root, query, cb) -> {
            if (scopes.stream().anyMatch(DataScope::all)) {
                return cb.conjunction();
            }
            var units = new HashSet<Long>();
            var areas = new HashSet<String>();
            scopes.forEach(s -> {
                units.addAll(s.unitIds());
                areas.addAll(s.areaCodes());
            });
            var any = new ArrayList<Predicate>();
            any.add(cb.equal(root.get("staffId"), staffId));
            var owned = query.subquery(Long.class);
            var m = owned.from(Matter.class);
            owned.select(m.get("id")).where(cb.equal(m.get("ownerStaffId"), staffId));
            any.add(root.get("matterId").in(owned));
            if (!units.isEmpty()) {
                any.add(root.get("unitId").in(units));
            }
            if (!areas.isEmpty()) {
                any.add(root.get("areaCode").in(areas));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    public static boolean reaches(ReturnVisit v, long staffId, List<DataScope> scopes, Long matterOwner) {
        if (v.getStaffId() != null && v.getStaffId() == staffId || matterOwner != null && matterOwner == staffId) {
            return true;
        }
        return scopes.stream().anyMatch(s -> s.all() || s.unitIds().contains(v.getUnitId())
                || v.getAreaCode() != null && s.areaCodes().contains(v.getAreaCode()));
    }
}
