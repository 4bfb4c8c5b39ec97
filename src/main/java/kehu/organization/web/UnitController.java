package kehu.organization.web;

import jakarta.validation.Valid;

import kehu.organization.Permissions;
import kehu.organization.internal.UnitForm;
import kehu.organization.internal.UnitManagement;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation tree page (ORG-1). */
@Controller
@RequestMapping("/org/units")
class UnitController {

    private final UnitManagement units;
    private final kehu.organization.internal.StaffManagement staff;
    private final kehu.organization.DataScopes scopes;

    UnitController(UnitManagement units, kehu.organization.internal.StaffManagement staff, kehu.organization.DataScopes scopes) {
        this.units = units;
        this.staff = staff;
        this.scopes = scopes;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.UNIT_VIEW + "')")
    String tree(@RequestParam(required = false) Long parentId, Model model) {
        model.addAttribute("tree", units.tree());
        model.addAttribute("units", units.all());
        if (!model.containsAttribute("form")) {
            var all = units.all();
            model.addAttribute("form", UnitForm.empty(parentId != null || all.isEmpty() ? parentId : all.get(0).getId()));
        }
        return "organization/units";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.UNIT_MANAGE + "')")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var unit = units.create(form);
                redirect.addFlashAttribute("created", unit.getName());
                return "redirect:/org/units";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("tree", units.tree());
        model.addAttribute("units", units.all());
        return "organization/units";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.UNIT_MANAGE + "')")
    String edit(@PathVariable long id, Model model) {
        var unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("form", new UnitForm(unit.getCode(), unit.getName(), unit.getParentId(), unit.getSortOrder()));
        addHeadCandidates(model, id);
        return "organization/unit-edit";
    }

    @PostMapping("/{id}/head")
    @PreAuthorize("hasAuthority('" + Permissions.UNIT_MANAGE + "')")
    String appointHead(@PathVariable long id, @RequestParam(required = false) Long headStaffId, RedirectAttributes redirect) {
        units.appointHead(id, headStaffId);
        redirect.addFlashAttribute("created", units.get(id).getName());
        return "redirect:/org/units";
    }

    private void addHeadCandidates(Model model, long unitId) {
        model.addAttribute("headCandidates", staff.list(new kehu.organization.internal.StaffManagement.StaffFilter(null, unitId),
                scopes.forCurrentUser(Permissions.STAFF_VIEW),
                org.springframework.data.domain.PageRequest.of(0, 500, org.springframework.data.domain.Sort.by("fullName"))).getContent());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.UNIT_MANAGE + "')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                units.update(id, form);
                redirect.addFlashAttribute("created", form.name());
                return "redirect:/org/units";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("unit", units.get(id));
        addHeadCandidates(model, id);
        return "organization/unit-edit";
    }
}
