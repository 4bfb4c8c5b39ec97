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

    OrganizationDirectory(StaffMembers staff, Roles roles, Units units) {
        this.staff = staff;
        this.roles = roles;
        this.units = units;
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
}
