package kehu.customer.web;

import kehu.customer.CustomerKind;
import kehu.customer.FieldDefinitionForm;
import kehu.customer.FieldDefinitionView;
import kehu.customer.FieldType;
import kehu.customer.IndustryFieldManagement;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.dao.OptimisticLockingFailureException;
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

/** Administration of industry-field definitions (CUS-2): a list with a form to add one, and an edit page. */
@Controller
@RequestMapping("/customers/fields")
@PreAuthorize("hasAuthority('platform.dictionary.manage')")
class FieldDefinitionController {

    private final IndustryFieldManagement fields;
    private final CustomerTexts texts;

    FieldDefinitionController(IndustryFieldManagement fields, CustomerTexts texts) {
        this.fields = fields;
        this.texts = texts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", FieldDefinitionForm.empty());
        return listPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") FieldDefinitionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = fields.create(form);
                redirect.addFlashAttribute("flash", texts.text("customer.fieldDef.saved", created.label()));
                return "redirect:/customers/fields";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return listPage(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var d = fields.get(id);
        model.addAttribute("form", formOf(d));
        return editPage(d, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") FieldDefinitionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var saved = fields.update(id, form);
                redirect.addFlashAttribute("flash", texts.text("customer.fieldDef.saved", saved.label()));
                return "redirect:/customers/fields";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            } catch (OptimisticLockingFailureException e) {
                result.reject("customer.fieldDef.conflict");
            }
        }
        return editPage(fields.get(id), model);
    }

    private String listPage(Model model) {
        model.addAttribute("definitions", fields.all());
        choices(model);
        return "customer/fields";
    }

    private String editPage(FieldDefinitionView d, Model model) {
        model.addAttribute("definition", d);
        choices(model);
        return "customer/field-edit";
    }

    private static void choices(Model model) {
        model.addAttribute("types", FieldType.values());
        model.addAttribute("kinds", CustomerKind.values());
    }

    private static FieldDefinitionForm formOf(FieldDefinitionView d) {
        return new FieldDefinitionForm(d.code(), d.label(), d.labelEn(), d.type(), d.required(), d.maxLength(),
                d.minValue(), d.maxValue(), String.join("\n", d.choices()), d.pattern(), d.appliesTo(), d.sortOrder(),
                d.active(), d.version());
    }
}
