package kehu.servicedesk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kehu.customer.CustomerQuery;
import kehu.customer.CustomerRow;
import kehu.customer.CustomerSearch;
import kehu.organization.KehuUser;
import kehu.organization.Permissions;
import kehu.servicedesk.MatterManagement;
import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The phone clerk's intake page (SVC-1): one keyboard-driven form — the customer search has the focus and
 * finds as you type, Enter submits, a double submit creates one matter (the form's one-time token) — next
 * to the day's duty log.
 */
@Controller
@RequestMapping("/service/intake")
@PreAuthorize("hasAuthority('" + Permissions.SERVICE_INTAKE + "')")
class IntakeController {

    static final int HITS = 8;

    private final MatterManagement matters;
    private final kehu.servicedesk.ServiceGuides guides;
    private final CustomerSearch customers;
    private final ServicePages pages;
    private final Clock clock;

    IntakeController(MatterManagement matters, kehu.servicedesk.ServiceGuides guides, CustomerSearch customers,
                     ServicePages pages, Clock clock) {
        this.matters = matters;
        this.guides = guides;
        this.customers = customers;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        var form = new IntakePageForm();
        form.setToken(UUID.randomUUID().toString());
        model.addAttribute("form", form);
        return page(model, form);
    }

    @PostMapping
    String register(@ModelAttribute("form") IntakePageForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var ref = matters.register(form.toForm());
                redirect.addFlashAttribute("flash", pages.text(ref.repeated() ? "servicedesk.intake.repeated"
                        : "servicedesk.intake.done", ref.number()));
                redirect.addFlashAttribute("lastMatterId", ref.id());
                return "redirect:/service/intake";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        return page(model, form);
    }

    /** The customer hits for the search box (htmx), as radio buttons the form submits. */
    @GetMapping("/customers")
    String hits(@RequestParam(required = false) String customerQuery, @RequestParam(required = false) Long customerId,
                @AuthenticationPrincipal KehuUser me, Model model) {
        var hits = search(customerQuery, me);
        model.addAttribute("hits", hits);
        model.addAttribute("selected", customerId != null ? customerId : hits.size() == 1 ? hits.get(0).id() : null);
        return "servicedesk/intake :: hits";
    }

    /** The handling templates and frequent answers that fit what the clerk has entered so far (htmx, SVC-7). */
    @GetMapping("/guide")
    String guide(@RequestParam(required = false) kehu.servicedesk.MatterType type,
                 @RequestParam(required = false) String categoryCode, @RequestParam(required = false) String subject,
                 Model model) {
        model.addAttribute("guide", guides.guide(type, categoryCode, subject));
        model.addAttribute("answerable", answerable(type));
        return "servicedesk/intake :: guide";
    }

    /**
     * Whether a guide's answer may close the matter on the spot: a consultation, a request for help, a suggestion or
     * praise may; a complaint, a repair or a dispute is handled, not answered away.
     */
    private static boolean answerable(kehu.servicedesk.MatterType type) {
        return type != null && switch (type) {
            case CONSULTATION, HELP, SUGGESTION, PRAISE -> true;
            default -> false;
        };
    }

    private List<CustomerRow> search(String q, KehuUser me) {
        if (q == null || q.isBlank() || q.strip().length() > CustomerQuery.MAX_QUERY_LENGTH
                || !me.has(Permissions.CUSTOMER_VIEW)) {
            return List.of();
        }
        return customers.search(CustomerQuery.text(q.strip()), PageRequest.of(0, HITS)).getContent();
    }

    private String page(Model model, IntakePageForm form) {
        pages.choices(model);
        var me = (KehuUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal();
        var hits = search(form.getCustomerQuery(), me);
        model.addAttribute("hits", hits);
        model.addAttribute("selected", form.getCustomerId() != null ? form.getCustomerId()
                : hits.size() == 1 ? hits.get(0).id() : null);
        var today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        model.addAttribute("today", today);
        var log = new java.util.ArrayList<>(matters.dutyLog(today));
        java.util.Collections.reverse(log);
        model.addAttribute("dutyLog", log);
        model.addAttribute("guide", guides.guide(form.getType(), form.getCategoryCode(), form.getSubject()));
        model.addAttribute("answerable", answerable(form.getType()));
        return "servicedesk/intake";
    }
}
