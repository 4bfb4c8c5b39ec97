package kehu.organization.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import kehu.organization.DataScopeKind;
import kehu.organization.Permissions;
import kehu.organization.internal.RoleForm;
import kehu.organization.internal.RoleManagement;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Roles, permissions and data scopes (ORG-2). */
@Controller
@RequestMapping("/org/roles")
class RoleController {

    private final RoleManagement roles;

    RoleController(RoleManagement roles) {
        this.roles = roles;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_VIEW + "')")
    String list(Model model) {
        model.addAttribute("roles", roles.all());
        return "organization/roles";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_MANAGE + "')")
    String newForm(Model model) {
        model.addAttribute("form", new RoleForm("", "", "", DataScopeKind.UNIT, java.util.Set.of()));
        return formPage(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_MANAGE + "')")
    String create(@Valid @ModelAttribute("form") RoleForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                roles.create(form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/org/roles";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(model, null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_VIEW + "')")
    String edit(@PathVariable long id, Model model) {
        var role = roles.get(id);
        model.addAttribute("form", new RoleForm(role.getCode(), role.getName(), role.getDescription(), role.getDataScope(),
                role.getPermissions()));
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.ROLE_MANAGE + "')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RoleForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                roles.update(id, form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/org/roles";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return formPage(model, id);
    }

    private String formPage(Model model, Long id) {
        model.addAttribute("roleId", id);
        model.addAttribute("scopes", DataScopeKind.values());
        model.addAttribute("permissionGroups", permissionGroups());
        return "organization/role-form";
    }

    /** Permissions grouped by their first segment (org, platform, audit, customer, …) for the form. */
    static Map<String, List<String>> permissionGroups() {
        var groups = new LinkedHashMap<String, List<String>>();
        for (var p : Permissions.ALL) {
            groups.computeIfAbsent(p.substring(0, p.indexOf('.')), k -> new java.util.ArrayList<>()).add(p);
        }
        return groups;
    }
}
