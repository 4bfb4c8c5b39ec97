package kehu.servicedesk.web;

import kehu.servicedesk.MatterType;
import kehu.servicedesk.Priority;
import kehu.servicedesk.RoutingRuleForm;
import kehu.servicedesk.ServiceRules;
import kehu.servicedesk.TimeLimitForm;
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

/** The supervisor's configuration page: routing rules (SVC-2) and time limits (SVC-3). */
@Controller
@RequestMapping("/service/rules")
@PreAuthorize("hasAuthority('service.dispatch')")
class RulesController {

    private final ServiceRules rules;
    private final kehu.servicedesk.ReturnVisitManagement visits;
    private final ServicePages pages;

    RulesController(ServiceRules rules, kehu.servicedesk.ReturnVisitManagement visits, ServicePages pages) {
        this.rules = rules;
        this.visits = visits;
        this.pages = pages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("routingRules", rules.routingRules());
        model.addAttribute("timeLimits", rules.timeLimits());
        model.addAttribute("visitRules", visits.rules());
        var questionnaires = visits.questionnaireChoices();
        model.addAttribute("questionnaires", questionnaires);
        model.addAttribute("questionnaireNames", questionnaires.stream().collect(java.util.stream.Collectors.toMap(
                kehu.survey.Questionnaires.Choice::templateId, kehu.survey.Questionnaires.Choice::name, (a, b) -> a)));
        pages.choices(model);
        pages.organisation(model);
        return "servicedesk/rules";
    }

    @PostMapping("/routing")
    String createRouting(@RequestParam(required = false) String name, @RequestParam(required = false) MatterType matterType,
                         @RequestParam(required = false) String categoryCode, @RequestParam(required = false) String areaCode,
                         @RequestParam(required = false) Long targetUnitId,
                         @RequestParam(required = false) Long targetPositionId,
                         @RequestParam(required = false) Long targetStaffId,
                         @RequestParam(required = false) Integer sortOrder, RedirectAttributes redirect) {
        return act(redirect, () -> rules.createRoutingRule(new RoutingRuleForm(name, matterType, categoryCode, areaCode,
                targetUnitId, targetPositionId, targetStaffId, sortOrder)));
    }

    @PostMapping("/routing/{id}/active")
    String activateRouting(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return act(redirect, () -> rules.activateRoutingRule(id, active));
    }

    @PostMapping("/time-limits")
    String createTimeLimit(@RequestParam(required = false) MatterType matterType,
                           @RequestParam(required = false) String categoryCode,
                           @RequestParam(required = false) Priority priority,
                           @RequestParam(required = false) Integer responseMinutes,
                           @RequestParam(required = false) Integer resolveMinutes,
                           @RequestParam(required = false) Integer warnMinutes, RedirectAttributes redirect) {
        return act(redirect, () -> rules.createTimeLimit(new TimeLimitForm(matterType, categoryCode, priority,
                responseMinutes, resolveMinutes, warnMinutes)));
    }

    @PostMapping("/time-limits/{id}/active")
    String activateTimeLimit(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return act(redirect, () -> rules.activateTimeLimit(id, active));
    }

    /** SVC-5: when a rule's return visits are due, with which questionnaire, or switched off. */
    @PostMapping("/visit-rules/{id}")
    String changeVisitRule(@PathVariable long id, @RequestParam(required = false) String name,
                           @RequestParam(required = false) Integer minDays, @RequestParam(required = false) Integer maxDays,
                           @RequestParam(required = false) Integer secondTierDays,
                           @RequestParam(required = false) Long questionnaireTemplateId,
                           @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        return act(redirect, () -> visits.changeRule(id, name, minDays, maxDays, secondTierDays, questionnaireTemplateId, active));
    }

    private String act(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", pages.text("common.saved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", pages.named(e));
        }
        return "redirect:/service/rules";
    }
}
