package kehu.survey.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kehu.customer.AbcClass;
import kehu.customer.ValueClass;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;
import kehu.survey.ActionForm;
import kehu.survey.AnswerSheet;
import kehu.survey.CampaignManagement;
import kehu.survey.Channel;
import kehu.survey.QuestionnaireManagement;
import kehu.survey.SurveyAccess;
import kehu.survey.TargetMode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Survey campaigns (SUR-2): list, plan, approval, start, responses, analysis, improvement actions. */
@Controller
@RequestMapping("/surveys")
class CampaignController {

    static final int PAGE_SIZE = 50;

    private final CampaignManagement campaigns;
    private final QuestionnaireManagement questionnaires;
    private final MessageSource messages;
    private final Clock clock;

    CampaignController(CampaignManagement campaigns, QuestionnaireManagement questionnaires, MessageSource messages,
                       Clock clock) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(SurveyAccess.VIEW)
    String home() {
        return "redirect:/surveys/campaigns";
    }

    @GetMapping("/campaigns")
    @PreAuthorize(SurveyAccess.VIEW)
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("yearPlan", campaigns.yearPlan());
        return "survey/campaigns";
    }

    // --- plan ------------------------------------------------------------------------------------

    @GetMapping("/campaigns/new")
    @PreAuthorize(SurveyAccess.MANAGE)
    String newForm(Model model) {
        return planForm(model, CampaignPageForm.startingOn(LocalDate.now(clock.withZone(ClockConfiguration.ZONE))), null);
    }

    @PostMapping("/campaigns/new")
    @PreAuthorize(SurveyAccess.MANAGE)
    String plan(@ModelAttribute("form") CampaignPageForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (result.hasErrors()) {
            alsoReport(form, result);
        } else {
            try {
                long id = campaigns.plan(form.toForm());
                redirect.addFlashAttribute("savedMessage", "survey.campaign.planned");
                return "redirect:/surveys/campaigns/" + id;
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return planForm(model, form, null);
    }

    @GetMapping("/campaigns/{id}/edit")
    @PreAuthorize(SurveyAccess.MANAGE)
    String editForm(@PathVariable long id, Model model) {
        var campaign = campaigns.get(id);
        return planForm(model, CampaignPageForm.of(campaign), campaign);
    }

    @PostMapping("/campaigns/{id}/edit")
    @PreAuthorize(SurveyAccess.MANAGE)
    String revise(@PathVariable long id, @ModelAttribute("form") CampaignPageForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            alsoReport(form, result);
        } else {
            try {
                campaigns.revise(id, form.toForm());
                redirect.addFlashAttribute("savedMessage", "common.saved");
                return "redirect:/surveys/campaigns/" + id;
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return planForm(model, form, campaigns.get(id));
    }

    /** A field that could not be read is reported; the others are checked too, so the page shows every mistake. */
    private void alsoReport(CampaignPageForm form, BindingResult result) {
        for (var v : campaigns.check(form.toForm())) {
            if (!result.hasFieldErrors(v.field())) {
                result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
            }
        }
    }

    private String planForm(Model model, CampaignPageForm form, Object campaign) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("versions", questionnaires.publishedVersions());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("modes", TargetMode.values());
        model.addAttribute("abcClasses", AbcClass.values());
        model.addAttribute("valueClasses", ValueClass.values());
        return "survey/campaign-form";
    }

    // --- lifecycle -------------------------------------------------------------------------------

    @GetMapping("/campaigns/{id}")
    @PreAuthorize(SurveyAccess.VIEW)
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("targets", campaigns.targets(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "survey/campaign";
    }

    @PostMapping("/campaigns/{id}/submit")
    @PreAuthorize(SurveyAccess.MANAGE)
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        campaigns.submit(id);
        redirect.addFlashAttribute("savedMessage", "survey.campaign.submitted");
        return "redirect:/surveys/campaigns/" + id;
    }

    @PostMapping("/campaigns/{id}/start")
    @PreAuthorize(SurveyAccess.MANAGE)
    String start(@PathVariable long id, RedirectAttributes redirect) {
        var started = campaigns.start(id);
        redirect.addFlashAttribute("savedMessage", "survey.campaign.started");
        redirect.addFlashAttribute("savedArg", started.targetCount());
        return "redirect:/surveys/campaigns/" + id;
    }

    @PostMapping("/campaigns/{id}/close")
    @PreAuthorize(SurveyAccess.MANAGE)
    String close(@PathVariable long id, RedirectAttributes redirect) {
        campaigns.close(id);
        redirect.addFlashAttribute("savedMessage", "survey.campaign.closed");
        return "redirect:/surveys/campaigns/" + id;
    }

    // --- responses -------------------------------------------------------------------------------

    @GetMapping("/campaigns/{id}/respond")
    @PreAuthorize(SurveyAccess.RECORD)
    String responseForm(@PathVariable long id, @RequestParam long customerId, Model model) {
        return responsePage(model, id, customerId, Map.of(), Set.of(), Map.of(), List.of());
    }

    @PostMapping("/campaigns/{id}/respond")
    @PreAuthorize(SurveyAccess.RECORD)
    String respond(@PathVariable long id, @RequestParam long customerId, @RequestParam MultiValueMap<String, String> params,
                   Model model, RedirectAttributes redirect) {
        var answers = new LinkedHashMap<Long, List<String>>();
        var flagged = new HashSet<Long>();
        params.forEach((name, values) -> {
            if (name.matches("a\\.\\d{1,18}")) {
                answers.put(Long.valueOf(name.substring(2)), values);
            } else if (name.matches("flag\\.\\d{1,18}")) {
                flagged.add(Long.valueOf(name.substring(5)));
            }
        });
        try {
            campaigns.recordResponse(id, customerId, new AnswerSheet(answers, flagged));
            redirect.addFlashAttribute("savedMessage", "survey.response.recorded");
            return "redirect:/surveys/campaigns/" + id;
        } catch (DomainException e) {
            var itemErrors = new LinkedHashMap<Long, String>();
            var globalErrors = new ArrayList<String>();
            var locale = LocaleContextHolder.getLocale();
            if (e.violations().isEmpty()) {
                globalErrors.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            }
            for (var v : e.violations()) {
                var text = messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale);
                if (v.field().matches("answers\\[\\d+]")) {
                    itemErrors.put(Long.valueOf(v.field().substring(8, v.field().length() - 1)), text);
                } else {
                    globalErrors.add(text);
                }
            }
            return responsePage(model, id, customerId, answers, flagged, itemErrors, globalErrors);
        }
    }

    private String responsePage(Model model, long id, long customerId, Map<Long, List<String>> answers, Set<Long> flagged,
                                Map<Long, String> itemErrors, List<String> globalErrors) {
        var campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("customerId", customerId);
        model.addAttribute("customerName", campaigns.targetName(id, customerId));
        model.addAttribute("answers", answers);
        model.addAttribute("flagged", flagged);
        model.addAttribute("itemErrors", itemErrors);
        model.addAttribute("globalErrors", globalErrors);
        return "survey/respond";
    }

    @GetMapping("/campaigns/{id}/responses/{answerSetId}")
    @PreAuthorize(SurveyAccess.VIEW)
    String response(@PathVariable long id, @PathVariable long answerSetId, Model model) {
        var response = campaigns.response(id, answerSetId);
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("response", response);
        model.addAttribute("customerName", campaigns.targetName(id, response.customerId()));
        return "survey/response";
    }

    // --- analysis and actions --------------------------------------------------------------------

    @GetMapping("/campaigns/{id}/analysis")
    @PreAuthorize(SurveyAccess.VIEW)
    String analysis(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new ActionForm("", "", null));
        }
        model.addAttribute("analysis", campaigns.analysis(id));
        model.addAttribute("followUps", campaigns.followUps(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("actions", campaigns.actions(id));
        return "survey/analysis";
    }

    @PostMapping("/campaigns/{id}/actions")
    @PreAuthorize(SurveyAccess.MANAGE)
    String addAction(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult result,
                     Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                campaigns.addAction(id, form);
                redirect.addFlashAttribute("savedMessage", "survey.action.added");
                return "redirect:/surveys/campaigns/" + id + "/analysis#actions";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return analysis(id, 0, model);
    }

    @PostMapping("/campaigns/{id}/actions/{actionId}/complete")
    @PreAuthorize(SurveyAccess.MANAGE)
    String completeAction(@PathVariable long id, @PathVariable long actionId, @RequestParam(required = false) String note,
                          RedirectAttributes redirect) {
        campaigns.completeAction(id, actionId, note);
        redirect.addFlashAttribute("savedMessage", "survey.action.completed");
        return "redirect:/surveys/campaigns/" + id + "/analysis#actions";
    }
}
