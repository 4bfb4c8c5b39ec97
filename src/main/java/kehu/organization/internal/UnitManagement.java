package kehu.organization.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kehu.organization.Permissions;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree (ORG-1). */
@Service
@Transactional
public class UnitManagement {

    private final Units units;
    private final StaffMembers staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitManagement(Units units, StaffMembers staff, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** One node of the tree, children sorted. */
    public record UnitNode(Unit unit, List<UnitNode> children, long staffCount) {
    }

    @Transactional(readOnly = true)
    public List<UnitNode> tree() {
        var all = units.findAllByOrderByDepthAscSortOrderAscNameAsc();
        Map<Long, UnitNode> nodes = new LinkedHashMap<>();
        List<UnitNode> roots = new ArrayList<>();
        for (Unit u : all) {
            var node = new UnitNode(u, new ArrayList<>(), staff.countByUnitId(u.getId()));
            nodes.put(u.getId(), node);
            var parent = u.getParentId() == null ? null : nodes.get(u.getParentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return roots;
    }

    @Transactional(readOnly = true)
    public List<Unit> all() {
        return units.findAllByOrderByDepthAscSortOrderAscNameAsc();
    }

    @Transactional(readOnly = true)
    public Unit get(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    @PreAuthorize("hasAuthority('" + Permissions.UNIT_MANAGE + "')")
    public Unit create(UnitForm form) {
        var violations = new ArrayList<FieldViolation>();
        Unit parent = null;
        if (form.parentId() != null) {
            parent = units.findById(form.parentId()).orElse(null);
            if (parent == null) {
                violations.add(new FieldViolation("parentId", "org.unit.parent.unknown", form.parentId()));
            }
        } else if (units.count() > 0) {
            violations.add(new FieldViolation("parentId", "validation.required"));
        }
        if (units.existsByCode(form.code().trim())) {
            violations.add(new FieldViolation("code", "org.unit.code.taken", form.code()));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        var unit = units.save(new Unit(form.code().trim(), form.name().trim(), parent, form.sortOrder()));
        unit.completePath(parent);
        audit("unit.create", unit.getId(), null, describe(unit));
        return unit;
    }

    @PreAuthorize("hasAuthority('" + Permissions.UNIT_MANAGE + "')")
    public Unit update(long id, UnitForm form) {
        var unit = get(id);
        var before = describe(unit);
        units.findByCode(form.code().trim()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw DomainException.invalid("code", "org.unit.code.taken", form.code());
        });
        unit.rename(form.code().trim(), form.name().trim(), form.sortOrder());
        audit("unit.update", id, before, describe(unit));
        return unit;
    }

    @PreAuthorize("hasAuthority('" + Permissions.UNIT_MANAGE + "')")
    public void appointHead(long unitId, Long staffId) {
        var unit = get(unitId);
        if (staffId != null && !staff.existsById(staffId)) {
            throw DomainException.invalid("headStaffId", "org.staff.unknown", staffId);
        }
        var before = String.valueOf(unit.getHeadStaffId());
        unit.appointHead(staffId);
        audit("unit.head", unitId, before, String.valueOf(staffId));
    }

    private static String describe(Unit u) {
        return "code=" + u.getCode() + ", name=" + u.getName() + ", parent=" + u.getParentId() + ", sort=" + u.getSortOrder();
    }

    private void audit(String action, Long id, String before, String after) {
        events.publishEvent(AuditableAction.of(action, PersistenceConfiguration.currentActor(), "unit", id,
                before, after, clock.instant()));
    }
}
