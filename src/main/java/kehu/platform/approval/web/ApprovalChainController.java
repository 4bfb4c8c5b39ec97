package kehu.platform.approval.web;

import kehu.platform.approval.ApprovalChainForm;
import kehu.platform.approval.ApprovalChainManagement;
import kehu.platform.approval.ApprovalMode;
import kehu.platform.approval.ApproverKind;
import kehu.platform.approval.TimeoutAction;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/** Pages for configuring approval chains ({@code platform.approval.manage}). */
@Controller
@RequestMapping("/platform/approval-chains")
@PreAuthorize("hasAuthority('platform.approval.manage')")
class ApprovalChainController {

    private static final String FORM = "platform/approval/chain-form";

    private final ApprovalChainManagement chains;
    private final MessageSource messages;

    ApprovalChainController(ApprovalChainManagement chains, MessageSource messages) {
        this.chains = chains;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("approverKinds", ApproverKind.values());
        model.addAttribute("modes", ApprovalMode.values());
        model.addAttribute("timeoutActions", TimeoutAction.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("chains", chains.list());
        return "platform/approval/chains";
    }

    @GetMapping("/new")
    String initCreateForm(Model model) {
        model.addAttribute("form", ApprovalChainForm.empty());
        model.addAttribute("chainId", null);
        return FORM;
    }

    @PostMapping("/new")
    String processCreateForm(@ModelAttribute("form") ApprovalChainForm form, BindingResult result,
                             @RequestParam(required = false) String addStep,
                             @RequestParam(required = false) Integer removeStep,
                             Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("chainId", null);
        if (addStep != null || removeStep != null) {
            model.addAttribute("form", addStep != null ? form.withStepAdded() : form.withStepRemoved(removeStep));
            return FORM;
        }
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            var created = chains.create(form);
            redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, locale));
            return "redirect:/platform/approval-chains/" + created.id();
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        model.addAttribute("form", chains.formOf(id));
        model.addAttribute("chain", chains.get(id));
        model.addAttribute("chainId", id);
        return FORM;
    }

    @PostMapping("/{id}")
    String processUpdateForm(@PathVariable long id, @ModelAttribute("form") ApprovalChainForm form,
                             BindingResult result, @RequestParam(required = false) String addStep,
                             @RequestParam(required = false) Integer removeStep,
                             Model model, RedirectAttributes redirect, Locale locale) {
        model.addAttribute("chain", chains.get(id));
        model.addAttribute("chainId", id);
        if (addStep != null || removeStep != null) {
            model.addAttribute("form", addStep != null ? form.withStepAdded() : form.withStepRemoved(removeStep));
            return FORM;
        }
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            chains.update(id, form);
            redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, locale));
            return "redirect:/platform/approval-chains/" + id;
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return FORM;
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.concurrentChange");
            return FORM;
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        chains.deactivate(id);
        redirect.addFlashAttribute("flash", messages.getMessage("approval.chain.deactivated", null, locale));
        return "redirect:/platform/approval-chains";
    }
}
