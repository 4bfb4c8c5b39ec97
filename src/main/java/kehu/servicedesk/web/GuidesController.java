package kehu.servicedesk.web;


import kehu.servicedesk.FaqForm;
import kehu.servicedesk.HandlingTemplateForm;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.ReplyLetterManagement;
import kehu.servicedesk.ServiceGuides;
import kehu.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervisor's page of handling templates, frequent answers and reply-letter templates (SVC-7). */
@Controller
@RequestMapping("/service/guides")
@PreAuthorize("hasAuthority('service.dispatch')")
class GuidesController {

    private final ServiceGuides guides;
    private final ReplyLetterManagement letters;
    private final ServicePages pages;

    GuidesController(ServiceGuides guides, ReplyLetterManagement letters, ServicePages pages) {
        this.guides = guides;
        this.letters = letters;
        this.pages = pages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("templates", guides.handlingTemplates());
        model.addAttribute("faqs", guides.frequentAnswers());
        model.addAttribute("replyTemplates", letters.allTemplates());
        pages.choices(model);
        return "servicedesk/guides";
    }

    @PostMapping("/templates")
    String createTemplate(@RequestParam(required = false) String categoryCode, @RequestParam(required = false) MatterType matterType,
                          @RequestParam(required = false) String title, @RequestParam(required = false) String steps,
                          @RequestParam(required = false) String standardAnswer, RedirectAttributes redirect) {
        return act(redirect, "templates", () -> guides.createHandlingTemplate(
                new HandlingTemplateForm(categoryCode, matterType, title, steps, standardAnswer)));
    }

    @PostMapping("/templates/{id}")
    String updateTemplate(@PathVariable long id, @RequestParam(required = false) String categoryCode,
                          @RequestParam(required = false) MatterType matterType, @RequestParam(required = false) String title,
                          @RequestParam(required = false) String steps, @RequestParam(required = false) String standardAnswer,
                          RedirectAttributes redirect) {
        return act(redirect, "templates", () -> guides.updateHandlingTemplate(id,
                new HandlingTemplateForm(categoryCode, matterType, title, steps, standardAnswer)));
    }

    @PostMapping("/templates/{id}/active")
    String activateTemplate(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return act(redirect, "templates", () -> guides.activateHandlingTemplate(id, active));
    }

    @PostMapping("/faqs")
    String createFaq(@RequestParam(required = false) String question, @RequestParam(required = false) String answer,
                     @RequestParam(required = false) String categoryCode, @RequestParam(required = false) String keywords,
                     RedirectAttributes redirect) {
        return act(redirect, "faqs", () -> guides.createFrequentAnswer(new FaqForm(question, answer, categoryCode, keywords)));
    }

    @PostMapping("/faqs/{id}")
    String updateFaq(@PathVariable long id, @RequestParam(required = false) String question,
                     @RequestParam(required = false) String answer, @RequestParam(required = false) String categoryCode,
                     @RequestParam(required = false) String keywords, RedirectAttributes redirect) {
        return act(redirect, "faqs", () -> guides.updateFrequentAnswer(id, new FaqForm(question, answer, categoryCode, keywords)));
    }

    @PostMapping("/faqs/{id}/active")
    String activateFaq(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return act(redirect, "faqs", () -> guides.activateFrequentAnswer(id, active));
    }

    @PostMapping("/replies")
    String createReply(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                       @RequestParam(required = false) String body, RedirectAttributes redirect) {
        return act(redirect, "replies", () -> letters.createTemplate(new kehu.servicedesk.ReplyTemplateForm(code, name, body)));
    }

    @PostMapping("/replies/{id}")
    String updateReply(@PathVariable long id, @RequestParam(required = false) String name,
                       @RequestParam(required = false) String body, RedirectAttributes redirect) {
        return act(redirect, "replies", () -> letters.updateTemplate(id, new kehu.servicedesk.ReplyTemplateForm(null, name, body)));
    }

    @PostMapping("/replies/{id}/active")
    String activateReply(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return act(redirect, "replies", () -> letters.activateTemplate(id, active));
    }

    private String act(RedirectAttributes redirect, String anchor, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", pages.text("common.saved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", pages.named(e));
        }
        return "redirect:/service/guides#" + anchor;
    }
}
