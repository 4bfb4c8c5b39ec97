package kehu.audit.web;

import kehu.audit.AuditFilter;
import kehu.audit.AuditLog;
import kehu.shared.DomainException;
import kehu.shared.FormErrors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit log page: search, page through, verify the chain; the export link leads to the API. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('audit.view')")
class AuditController {

    static final int PAGE_SIZE = 20;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditSearchForm form, BindingResult result,
                @PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
        var query = "";
        Page<?> page = Page.empty(pageable);
        if (!result.hasErrors()) {
            try {
                var filter = form.toFilter();
                query = AuditSearchForm.queryOf(filter);
                page = auditLog.search(filter, pageable);
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("query", query);
        model.addAttribute("page", page);
        return "audit/log";
    }

    /** htmx asks for the result alone; without htmx the page shows it above the newest entries. */
    @GetMapping("/verification")
    String verification(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", auditLog.verify());
        if (htmx != null) {
            return "audit/log :: verification";
        }
        model.addAttribute("filter", new AuditSearchForm());
        model.addAttribute("query", "");
        model.addAttribute("page", auditLog.search(AuditFilter.none(), Pageable.ofSize(PAGE_SIZE)));
        return "audit/log";
    }
}
