package kehu.organization.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import kehu.organization.DataScopeKind;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFields;
import kehu.organization.SensitiveKind;
import kehu.organization.internal.Role;
import kehu.organization.internal.RoleChangeManagement;
import kehu.organization.internal.RoleForm;
import kehu.organization.internal.RoleManagement;
import kehu.organization.internal.Staff;
import kehu.organization.internal.StaffForm;
import kehu.organization.internal.StaffManagement;
import kehu.organization.internal.StaffManagement.StaffFilter;
import kehu.organization.internal.Unit;
import kehu.organization.internal.UnitForm;
import kehu.organization.internal.UnitManagement;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the organisation: units, staff (scoped, mobile masked), roles, role changes, sensitive values. */
@RestController
@RequestMapping("/api/v1")
class OrganizationApi {

    private final UnitManagement units;
    private final StaffManagement staff;
    private final RoleManagement roles;
    private final RoleChangeManagement roleChanges;
    private final DataScopes scopes;
    private final SensitiveFields sensitive;

    OrganizationApi(UnitManagement units, StaffManagement staff, RoleManagement roles, RoleChangeManagement roleChanges,
                    DataScopes scopes, SensitiveFields sensitive) {
        this.units = units;
        this.staff = staff;
        this.roles = roles;
        this.roleChanges = roleChanges;
        this.scopes = scopes;
        this.sensitive = sensitive;
    }

    record UnitDto(long id, String code, String name, Long parentId, int depth, int sortOrder, Long headStaffId) {
        static UnitDto of(Unit u) {
            return new UnitDto(u.getId(), u.getCode(), u.getName(), u.getParentId(), u.getDepth(), u.getSortOrder(),
                    u.getHeadStaffId());
        }
    }

    record StaffDto(long id, String username, String fullName, long unitId, Long positionId, Long superiorId,
                    String mobile, String email, boolean enabled, Set<String> areaCodes) {
        static StaffDto of(Staff s) {
            return new StaffDto(s.getId(), s.getUsername(), s.getFullName(), s.getUnitId(), s.getPositionId(),
                    s.getSuperiorId(), SensitiveKind.MOBILE.mask(s.getMobile()), s.getEmail(), s.isEnabled(),
                    s.getAreaCodes());
        }
    }

    record PageDto<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    }

    record RoleDto(long id, String code, String name, String description, DataScopeKind dataScope, boolean builtin,
                   Set<String> permissions) {
        static RoleDto of(Role r) {
            return new RoleDto(r.getId(), r.getCode(), r.getName(), r.getDescription(), r.getDataScope(), r.isBuiltin(),
                    r.getPermissions());
        }
    }

    record CreatedStaffDto(StaffDto staff, String initialPassword) {
    }

    record RoleChangeRequest(Set<Long> roleIds, String reason) {
    }

    record RoleChangeDto(long id, long staffId, String status, Long approvalId, Instant decidedAt) {
    }

    record RevealedValue(String value) {
    }

    @GetMapping("/units")
    @PreAuthorize("hasAuthority('" + Permissions.UNIT_VIEW + "')")
    List<UnitDto> units() {
        return units.all().stream().map(UnitDto::of).toList();
    }

    @PostMapping("/units")
    ResponseEntity<UnitDto> createUnit(@Valid @RequestBody UnitForm form) {
        var unit = UnitDto.of(units.create(form));
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(unit);
    }

    @PutMapping("/units/{id}")
    UnitDto updateUnit(@PathVariable long id, @Valid @RequestBody UnitForm form) {
        return UnitDto.of(units.update(id, form));
    }

    @GetMapping("/staff")
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_VIEW + "')")
    PageDto<StaffDto> staff(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var result = staff.list(new StaffFilter(q, unitId), scopes.forCurrentUser(Permissions.STAFF_VIEW),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("username")));
        return new PageDto<>(result.getContent().stream().map(StaffDto::of).toList(), result.getNumber(), result.getSize(),
                result.getTotalElements(), result.getTotalPages());
    }

    @GetMapping("/staff/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_VIEW + "')")
    StaffDto staffMember(@PathVariable long id) {
        return StaffDto.of(staff.get(id, scopes.forCurrentUser(Permissions.STAFF_VIEW)));
    }

    @PostMapping("/staff")
    ResponseEntity<CreatedStaffDto> createStaff(@Valid @RequestBody StaffForm form) {
        var created = staff.create(form, scopes.forCurrentUser(Permissions.STAFF_VIEW));
        return ResponseEntity.created(URI.create("/api/v1/staff/" + created.staff().getId()))
                .body(new CreatedStaffDto(StaffDto.of(created.staff()), created.initialPassword()));
    }

    @PutMapping("/staff/{id}")
    StaffDto updateStaff(@PathVariable long id, @Valid @RequestBody StaffForm form) {
        return StaffDto.of(staff.update(id, form, scopes.forCurrentUser(Permissions.STAFF_VIEW)));
    }

    @PostMapping("/staff/{id}/role-changes")
    ResponseEntity<RoleChangeDto> requestRoleChange(@PathVariable long id, @RequestBody RoleChangeRequest request,
                                                    @AuthenticationPrincipal KehuUser me) {
        var change = roleChanges.request(id, request.roleIds(), request.reason(), me.staffId(),
                scopes.forCurrentUser(Permissions.STAFF_VIEW));
        return ResponseEntity.accepted().body(new RoleChangeDto(change.getId(), change.getStaffId(),
                change.getStatus().name(), change.getApprovalId(), change.getDecidedAt()));
    }

    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_VIEW + "')")
    List<RoleDto> roles() {
        return roles.all().stream().map(RoleDto::of).toList();
    }

    @PostMapping("/roles")
    ResponseEntity<RoleDto> createRole(@Valid @RequestBody RoleForm form) {
        var role = RoleDto.of(roles.create(form));
        return ResponseEntity.created(URI.create("/api/v1/roles/" + role.id())).body(role);
    }

    @PutMapping("/roles/{id}")
    RoleDto updateRole(@PathVariable long id, @Valid @RequestBody RoleForm form) {
        return RoleDto.of(roles.update(id, form));
    }

    @PostMapping("/sensitive/{type}/{id}/{field}")
    RevealedValue reveal(@PathVariable String type, @PathVariable long id, @PathVariable String field) {
        return new RevealedValue(sensitive.reveal(type, id, field));
    }
}
