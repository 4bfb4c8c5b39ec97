package kehu.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kehu.organization.KehuUser;
import kehu.organization.internal.StaffManagement;
import kehu.organization.security.ApiTokenService;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
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

/** The signed-in person's own account: password and API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final StaffManagement staff;
    private final ApiTokenService tokens;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(StaffManagement staff, ApiTokenService tokens) {
        this.staff = staff;
        this.tokens = tokens;
    }

    /** The password form. */
    record PasswordForm(String currentPassword, String newPassword, String confirmation) {
    }

    @GetMapping
    String account(@AuthenticationPrincipal KehuUser me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("tokens", tokens.tokensOf(me.staffId()));
        return "organization/account";
    }

    @GetMapping("/password")
    String passwordForm(@AuthenticationPrincipal KehuUser me, Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("forced", me.mustChangePassword());
        return "organization/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal KehuUser me, @ModelAttribute("form") PasswordForm form,
                          BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            staff.changeOwnPassword(me.staffId(), form.currentPassword(), form.newPassword(), form.confirmation());
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            model.addAttribute("form", new PasswordForm("", "", ""));
            model.addAttribute("forced", me.mustChangePassword());
            return "organization/password";
        }
        var updated = me.withPasswordChanged();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String issueToken(@AuthenticationPrincipal KehuUser me, @RequestParam(required = false) String name,
                      RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", tokens.issue(me.staffId(), me.getUsername(), name));
        } catch (DomainException e) {
            redirect.addFlashAttribute("tokenError", e.violations().isEmpty() ? e.messageKey() : e.violations().get(0).messageKey());
        }
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal KehuUser me, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me.staffId(), me.getUsername(), id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/account";
    }
}
