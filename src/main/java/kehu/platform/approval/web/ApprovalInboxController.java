package kehu.platform.approval.web;

import java.security.Principal;
import java.util.Locale;

import kehu.platform.approval.ApprovalEngine;
import kehu.platform.approval.ApprovalQueries;
import kehu.platform.approval.DelegationForm;
import kehu.platform.approval.DelegationManagement;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
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

/**
 * "My approvals" for every signed-in member of staff: tasks to decide (own and delegated), requests
 * started, recently decided, delegation; and an approval's detail page.
 */
@Controller
@RequestMapping("/approvals")
class ApprovalInboxController {

    private static final String INBOX = "platform/approval/inbox";

    private final ApprovalQueries queries;
    private final ApprovalEngine engine;
    private final DelegationManagement delegations;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    ApprovalInboxController(ApprovalQueries queries, ApprovalEngine engine, DelegationManagement delegations,
                            CurrentStaff currentStaff, MessageSource messages) {
        this.queries = queries;
        this.engine = engine;
        this.delegations = delegations;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping("/inbox")
    String inbox(Principal principal, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("delegationForm", DelegationForm.empty());
        return showInbox(currentStaff.id(principal), page, model);
    }

    private String showInbox(long staffId, int page, Model model) {
        model.addAttribute("items", queries.inbox(staffId));
        model.addAttribute("requests", queries.requestsOf(staffId, PageRequest.of(Math.max(0, page), 10)));
        model.addAttribute("decided", queries.decidedBy(staffId, 10));
        model.addAttribute("delegations", delegations.involving(staffId));
        return INBOX;
    }

    @PostMapping("/tasks/{taskId}/{decision:approve|reject}")
    String decide(@PathVariable long taskId, @PathVariable String decision,
                  @RequestParam(required = false) String comment,
                  @RequestParam(required = false) Long returnTo,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
        long staffId = currentStaff.id(principal);
        boolean approve = "approve".equals(decision);
        String error = null;
        try {
            if (approve) {
                engine.approve(taskId, staffId, comment);
            } else {
                engine.reject(taskId, staffId, comment);
            }
        } catch (DomainException e) {
            var v = e.violations().isEmpty() ? null : e.violations().get(0);
            error = v == null ? text(e.messageKey(), e.args(), locale) : text(v.messageKey(), v.args(), locale);
        } catch (AccessDeniedException e) {
            error = text("approval.task.notYours", null, locale);
        } catch (OptimisticLockingFailureException e) {
            error = text("error.concurrentChange", null, locale);
        }
        if (htmx != null) {
            var item = queries.inbox(staffId).stream().filter(i -> i.taskId() == taskId).findFirst().orElse(null);
            model.addAttribute("taskId", taskId);
            model.addAttribute("item", error == null ? null : item);
            model.addAttribute("comment", comment);
            model.addAttribute("error", error);
            model.addAttribute("decision", decision);
            return error != null && item != null ? INBOX + " :: taskItem" : INBOX + " :: taskResult";
        }
        if (error == null) {
            redirect.addFlashAttribute("flash", text("approval.task.done." + decision, null, locale));
        } else {
            redirect.addFlashAttribute("flashError", error);
        }
        return returnTo != null ? "redirect:/approvals/" + returnTo : "redirect:/approvals/inbox";
    }

    @GetMapping("/{id}")
    String details(@PathVariable long id, Principal principal, Authentication authentication, Model model) {
        model.addAttribute("approval", queries.details(id, currentStaff.id(principal),
                CurrentStaff.administers(authentication)));
        return "platform/approval/detail";
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String comment, Principal principal,
                    RedirectAttributes redirect, Locale locale) {
        try {
            engine.withdraw(id, currentStaff.id(principal), comment);
            redirect.addFlashAttribute("flash", text("approval.withdrawn", null, locale));
        } catch (DomainException e) {
            var v = e.violations().isEmpty() ? null : e.violations().get(0);
            redirect.addFlashAttribute("flashError",
                    v == null ? text(e.messageKey(), e.args(), locale) : text(v.messageKey(), v.args(), locale));
        }
        return "redirect:/approvals/" + id;
    }

    @PostMapping("/delegations")
    String delegate(@ModelAttribute("delegationForm") DelegationForm form, BindingResult result, Principal principal,
                    Model model, RedirectAttributes redirect, Locale locale) {
        long staffId = currentStaff.id(principal);
        if (!result.hasErrors()) {
            try {
                delegations.delegate(staffId, form);
                redirect.addFlashAttribute("flash", text("approval.delegation.saved", null, locale));
                return "redirect:/approvals/inbox#delegation";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return showInbox(staffId, 0, model);
    }

    @PostMapping("/delegations/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect, Locale locale) {
        try {
            delegations.revoke(id, currentStaff.id(principal));
            redirect.addFlashAttribute("flash", text("approval.delegation.revoked", null, locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), e.args(), locale));
        }
        return "redirect:/approvals/inbox#delegation";
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
