package kehu.organization.web;

import jakarta.validation.Valid;

import kehu.organization.Permissions;
import kehu.organization.internal.PositionForm;
import kehu.organization.internal.PositionManagement;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Positions and their duties. */
@Controller
@RequestMapping("/org/positions")
class PositionController {

    private final PositionManagement positions;

    PositionController(PositionManagement positions) {
        this.positions = positions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.UNIT_VIEW + "')")
    String list(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("positions", positions.all());
        if (!model.containsAttribute("form")) {
            var p = edit == null ? null : positions.get(edit);
            model.addAttribute("form", p == null ? new PositionForm("", "") : new PositionForm(p.getName(), p.getDuties()));
        }
        model.addAttribute("editId", edit);
        return "organization/positions";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.UNIT_MANAGE + "')")
    String save(@RequestParam(required = false) Long id, @Valid @ModelAttribute("form") PositionForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                positions.save(id, form);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/org/positions";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("positions", positions.all());
        model.addAttribute("editId", id);
        return "organization/positions";
    }
}
