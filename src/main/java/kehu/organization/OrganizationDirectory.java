package kehu.organization;

import java.util.List;
import java.util.Optional;

import kehu.organization.internal.Roles;
import kehu.organization.internal.Staff;
import kehu.organization.internal.StaffMembers;
import kehu.organization.internal.Units;
import kehu.platform.ApproverDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only facts about the organisation for other modules, and the approvals engine's directory. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory implements ApproverDirectory {

    private final StaffMembers staff;
    private final Roles roles;
    private final Units units;
    private final kehu.organization.internal.Positions positions;

    OrganizationDirectory(StaffMembers staff, Roles roles, Units units, kehu.organization.internal.Positions positions) {
        this.staff = staff;
        this.roles = roles;
        this.units = units;
        this.positions = positions;
    }

    public Optional<StaffSummary> staff(long id) {
        return staff.findById(id).map(this::summary);
    }

    public Optional<StaffSummary> staffByUsername(String username) {
        return staff.findByUsername(username).map(this::summary);
    }

    /** The holders of a role with their units, read in a fixed number of statements however many there are. */
    public List<StaffSummary> staffSummariesWithRole(String roleCode) {
        var members = staff.findAllById(staffWithRole(roleCode));
        var unitNames = new java.util.HashMap<Long, String>();
        units.findAllById(members.stream().map(Staff::getUnitId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(u -> unitNames.put(u.getId(), u.getName()));
        return members.stream().map(s -> new StaffSummary(s.getId(), s.getUsername(), s.getFullName(), s.getUnitId(),
                unitNames.getOrDefault(s.getUnitId(), ""), s.isEnabled())).toList();
    }

    @Override
    public List<Long> staffWithRole(String roleCode) {
        return roles.findByCode(roleCode).map(r -> staff.idsWithRole(r.getId())).orElse(List.of());
    }

    @Override
    public Optional<Long> directSuperiorOf(long staffId) {
        return staff.findById(staffId).map(Staff::getSuperiorId);
    }

    @Override
    public Optional<Long> unitHeadOf(long staffId) {
        return staff.findById(staffId).flatMap(s -> units.findById(s.getUnitId())).map(u -> u.getHeadStaffId());
    }

    @Override
    public boolean isActiveStaff(long staffId) {
        return staff.findById(staffId).map(Staff::isEnabled).orElse(false);
    }

    @Override
    public String displayName(long staffId) {
        return staff.findById(staffId).map(s -> s.getFullName() + " (" + s.getUsername() + ")").orElse("#" + staffId);
    }

    @Override
    public boolean roleExists(String roleCode) {
        return roleCode != null && roles.existsByCode(roleCode);
    }

    @Override
    public Optional<Long> staffIdByUsername(String username) {
        return username == null ? Optional.empty() : staff.findByUsername(username.trim()).map(Staff::getId);
    }

    @Override
    public Optional<String> usernameOf(long staffId) {
        return staff.findById(staffId).map(Staff::getUsername);
    }

    private StaffSummary summary(Staff s) {
        var unitName = units.findById(s.getUnitId()).map(u -> u.getName()).orElse("");
        return new StaffSummary(s.getId(), s.getUsername(), s.getFullName(), s.getUnitId(), unitName, s.isEnabled());
    }

    // --- units, members and posts, for routing work to a department, post or person -------------

    /** Every unit in tree order (depth, then sort order, then name). */
    public List<UnitSummary> units() {
        return units.findAllByOrderByDepthAscSortOrderAscNameAsc().stream().map(OrganizationDirectory::unit).toList();
    }

    public Optional<UnitSummary> unit(long id) {
        return units.findById(id).map(OrganizationDirectory::unit);
    }

    public Optional<UnitSummary> unitByCode(String code) {
        return code == null ? Optional.empty() : units.findByCode(code).map(OrganizationDirectory::unit);
    }

    /** The enabled members of a unit (not of the units below it), by name. */
    public List<StaffSummary> membersOf(long unitId) {
        return staff.findByUnitIdAndEnabledTrueOrderByFullNameAsc(unitId).stream().map(this::summary).toList();
    }

    /** Every post (岗位), by name. */
    public List<PositionSummary> positions() {
        return positions.findAllByOrderByNameAsc().stream().map(p -> new PositionSummary(p.getId(), p.getName())).toList();
    }

    public Optional<PositionSummary> position(long id) {
        return positions.findById(id).map(p -> new PositionSummary(p.getId(), p.getName()));
    }

    /** The enabled staff holding a post, by name. */
    public List<StaffSummary> holdersOf(long positionId) {
        return staff.findByPositionIdAndEnabledTrueOrderByFullNameAsc(positionId).stream().map(this::summary).toList();
    }

    private static UnitSummary unit(kehu.organization.internal.Unit u) {
        return new UnitSummary(u.getId(), u.getCode(), u.getName(), u.getParentId(), u.getDepth(), u.getHeadStaffId(),
                u.isActive());
    }
}
