package kehu.organization.web;

import java.util.Set;

import jakarta.validation.Valid;

import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFields;
import kehu.organization.SensitiveKind;
import kehu.organization.internal.Positions;
import kehu.organization.internal.RoleChangeManagement;
import kehu.organization.internal.RoleChanges;
import kehu.organization.internal.RoleManagement;
import kehu.organization.internal.StaffForm;
import kehu.organization.internal.StaffManagement;
import kehu.organization.internal.StaffManagement.StaffFilter;
import kehu.organization.internal.UnitManagement;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages (ORG-1, ORG-3): list within the data scope, create, edit, role change through approval. */
@Controller
@RequestMapping("/org/staff")
class StaffController {

    static final Set<String> SORTABLE = Set.of("username", "fullName", "unitId", "updatedAt");

    private final StaffManagement staff;
    private final UnitManagement units;
    private final Positions positions;
    private final RoleManagement roles;
    private final RoleChangeManagement roleChanges;
    private final RoleChanges roleChangeRecords;
    private final DataScopes scopes;

    StaffController(StaffManagement staff, UnitManagement units, Positions positions, RoleManagement roles,
                    RoleChangeManagement roleChanges, RoleChanges roleChangeRecords, DataScopes scopes) {
        this.staff = staff;
        this.units = units;
        this.positions = positions;
        this.roles = roles;
        this.roleChanges = roleChanges;
        this.roleChangeRecords = roleChangeRecords;
        this.scopes = scopes;
    }

    /** The role-change request form. */
    record RoleChangeForm(Set<Long> roleIds, String reason) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_VIEW + "')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                @RequestParam(defaultValue = "username") String sort,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var property = SORTABLE.contains(sort.replace("-", "")) ? sort.replace("-", "") : "username";
        var direction = sort.startsWith("-") ? Sort.Direction.DESC : Sort.Direction.ASC;
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by(direction, property));
        model.addAttribute("page", staff.list(new StaffFilter(q, unitId), scopes.forCurrentUser(Permissions.STAFF_VIEW), pageable));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("units", units.all());
        model.addAttribute("mobileKind", SensitiveKind.MOBILE);
        model.addAttribute("mayReveal", SensitiveFields.mayReveal(Permissions.STAFF_SENSITIVE_VIEW));
        return htmx != null ? "organization/staff-list :: rows" : "organization/staff-list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    String newForm(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("form", StaffForm.empty(unitId));
        return formPage(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = staff.create(form, scopes.forCurrentUser(Permissions.STAFF_VIEW));
                redirect.addFlashAttribute("initialPassword", created.initialPassword());
                return "redirect:/org/staff/" + created.staff().getId();
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(model, null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_VIEW + "')")
    String show(@PathVariable long id, Model model) {
        var member = staff.get(id, scopes.forCurrentUser(Permissions.STAFF_VIEW));
        model.addAttribute("member", member);
        model.addAttribute("form", new StaffForm(member.getUsername(), member.getFullName(), member.getUnitId(),
                member.getPositionId(), member.getSuperiorId(), "", member.getEmail(), member.getAreaCodes()));
        if (!model.containsAttribute("roleChange")) {
            model.addAttribute("roleChange", new RoleChangeForm(member.getRoleIds(), ""));
        }
        return formPage(model, member.getId());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        var scope = scopes.forCurrentUser(Permissions.STAFF_VIEW);
        if (!result.hasErrors()) {
            try {
                staff.update(id, form, scope);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/org/staff/" + id;
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        var member = staff.get(id, scope);
        model.addAttribute("member", member);
        model.addAttribute("roleChange", new RoleChangeForm(member.getRoleIds(), ""));
        return formPage(model, id);
    }

    @PostMapping("/{id}/role-change")
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    String requestRoleChange(@PathVariable long id, @ModelAttribute("roleChange") RoleChangeForm form,
                             BindingResult result, @AuthenticationPrincipal KehuUser me, Model model,
                             RedirectAttributes redirect) {
        var scope = scopes.forCurrentUser(Permissions.STAFF_VIEW);
        try {
            roleChanges.request(id, form.roleIds(), form.reason(), me.staffId(), scope);
            redirect.addFlashAttribute("roleChangeRequested", true);
            return "redirect:/org/staff/" + id;
        } catch (DomainException e) {
            FormErrors.apply(e, result);
        }
        var member = staff.get(id, scope);
        model.addAttribute("member", member);
        model.addAttribute("form", new StaffForm(member.getUsername(), member.getFullName(), member.getUnitId(),
                member.getPositionId(), member.getSuperiorId(), "", member.getEmail(), member.getAreaCodes()));
        return formPage(model, id);
    }

    @PostMapping("/{id}/reset-password")
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("initialPassword", staff.resetPassword(id, scopes.forCurrentUser(Permissions.STAFF_VIEW)));
        return "redirect:/org/staff/" + id;
    }

    @PostMapping("/{id}/enabled")
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        staff.setEnabled(id, enabled, scopes.forCurrentUser(Permissions.STAFF_VIEW));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/org/staff/" + id;
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('" + Permissions.STAFF_MANAGE + "')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        staff.unlock(id, scopes.forCurrentUser(Permissions.STAFF_VIEW));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/org/staff/" + id;
    }

    private String formPage(Model model, Long id) {
        model.addAttribute("units", units.all());
        model.addAttribute("positions", positions.findAllByOrderByNameAsc());
        model.addAttribute("roles", roles.all());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("superiors", staff.list(new StaffFilter(null, null), scopes.forCurrentUser(Permissions.STAFF_VIEW),
                PageRequest.of(0, 500, Sort.by("fullName"))).getContent());
        if (id != null) {
            model.addAttribute("roleChanges", roleChangeRecords.findByStaffIdOrderByIdDesc(id));
            model.addAttribute("mobileKind", SensitiveKind.MOBILE);
            model.addAttribute("mayReveal", SensitiveFields.mayReveal(Permissions.STAFF_SENSITIVE_VIEW));
        }
        return id == null ? "organization/staff-new" : "organization/staff-detail";
    }

    private java.util.Map<Long, String> unitNames() {
        var names = new java.util.HashMap<Long, String>();
        units.all().forEach(u -> names.put(u.getId(), u.getName()));
        return names;
    }
}
