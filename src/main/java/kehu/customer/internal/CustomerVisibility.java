package kehu.customer.internal;

import java.util.ArrayList;

import jakarta.persistence.criteria.Predicate;

import kehu.organization.DataScope;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which customers a data scope reaches (ORG-2), applied in every query: all; or those whose owner's
 * unit is in the scope's units (UNIT, SUBTREE); or those the person owns or collaborates on (OWN);
 * or those in the person's areas (AREA). Customers in the pool have no owner and no unit, so only an
 * ALL scope reaches them here; the pool has its own list.
 */
public final class CustomerVisibility {

    private CustomerVisibility() {
    }

    public static Specification<Customer> within(DataScope scope) {
        return (root, query, cb) -> {
            if (scope.all()) {
                return cb.conjunction();
            }
            var visible = new ArrayList<Predicate>();
            visible.add(cb.equal(root.get("ownerStaffId"), scope.staffId()));
            visible.add(cb.isMember(scope.staffId(), root.<java.util.Collection<Long>>get("collaboratorIds")));
            if (!scope.unitIds().isEmpty()) {
                visible.add(root.get("ownerUnitId").in(scope.unitIds()));
            }
            if (!scope.areaCodes().isEmpty()) {
                visible.add(root.get("areaCode").in(scope.areaCodes()));
            }
            return cb.or(visible.toArray(Predicate[]::new));
        };
    }

    public static boolean allows(DataScope scope, Customer c) {
        return scope.all()
                || (c.getOwnerStaffId() != null && c.getOwnerStaffId() == scope.staffId())
                || c.isCollaborator(scope.staffId())
                || (c.getOwnerUnitId() != null && scope.unitIds().contains(c.getOwnerUnitId()))
                || (c.getAreaCode() != null && scope.areaCodes().contains(c.getAreaCode()));
    }
}
