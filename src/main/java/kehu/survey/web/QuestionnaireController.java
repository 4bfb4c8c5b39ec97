package kehu.survey.web;

import kehu.shared.DomainException;
import kehu.shared.FormErrors;
import kehu.survey.ItemKind;
import kehu.survey.QuestionnaireManagement;
import kehu.survey.SurveyAccess;

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

/** Questionnaire templates (SUR-1): list, editor, versions, publication. */
@Controller
@RequestMapping("/surveys/templates")
class QuestionnaireController {

    private final QuestionnaireManagement questionnaires;

    QuestionnaireController(QuestionnaireManagement questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping
    @PreAuthorize(SurveyAccess.VIEW)
    String list(Model model) {
        model.addAttribute("templates", questionnaires.list());
        return "survey/templates";
    }

    @GetMapping("/{id}")
    @PreAuthorize(SurveyAccess.VIEW)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("template", questionnaires.get(id));
        return "survey/template";
    }

    @GetMapping("/versions/{versionId}")
    @PreAuthorize(SurveyAccess.VIEW)
    String version(@PathVariable long versionId, Model model) {
        var version = questionnaires.version(versionId);
        model.addAttribute("template", questionnaires.get(version.templateId()));
        model.addAttribute("shown", version);
        return "survey/template";
    }

    @GetMapping("/new")
    @PreAuthorize(SurveyAccess.MANAGE)
    String newForm(Model model) {
        return editor(model, TemplatePageForm.blank(), null);
    }

    @PostMapping("/new")
    @PreAuthorize(SurveyAccess.MANAGE)
    String create(@ModelAttribute("form") TemplatePageForm form, BindingResult result,
                  @RequestParam(required = false) String op, Model model, RedirectAttributes redirect) {
        if (op != null && !op.isBlank()) {
            form.apply(op);
            return editor(model, form, null);
        }
        try {
            long id = questionnaires.create(form.toForm());
            redirect.addFlashAttribute("savedMessage", "survey.template.created");
            return "redirect:/surveys/templates/" + id;
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return editor(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(SurveyAccess.MANAGE)
    String editForm(@PathVariable long id, Model model) {
        var template = questionnaires.get(id);
        return editor(model, TemplatePageForm.of(template.latest()), template);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(SurveyAccess.MANAGE)
    String edit(@PathVariable long id, @ModelAttribute("form") TemplatePageForm form, BindingResult result,
                @RequestParam(required = false) String op, Model model, RedirectAttributes redirect) {
        if (op != null && !op.isBlank()) {
            form.apply(op);
            return editor(model, form, questionnaires.get(id));
        }
        try {
            questionnaires.edit(id, form.toForm());
            redirect.addFlashAttribute("savedMessage", "survey.template.draftSaved");
            return "redirect:/surveys/templates/" + id;
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return editor(model, form, questionnaires.get(id));
        }
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(SurveyAccess.MANAGE)
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        var published = questionnaires.publish(id);
        redirect.addFlashAttribute("savedMessage", "survey.template.published");
        redirect.addFlashAttribute("savedArg", published.versionNo());
        return "redirect:/surveys/templates/" + id;
    }

    private String editor(Model model, TemplatePageForm form, Object template) {
        model.addAttribute("form", form);
        model.addAttribute("template", template);
        model.addAttribute("kinds", ItemKind.values());
        return "survey/template-form";
    }
}
