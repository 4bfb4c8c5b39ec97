package kehu.customer.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import kehu.customer.AbcClass;
import kehu.customer.CustomerDuplicates;
import kehu.customer.CustomerExport;
import kehu.customer.CustomerQuery;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerStatus;
import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFields;
import kehu.shared.DomainException;
import kehu.shared.ClockConfiguration;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for duplicates and merging (CUS-4) and the export of the customer list (CUS-8): the likely
 * duplicates of a customer (an htmx fragment on its page), the merge confirmation with both customers
 * side by side, and the list's export buttons.
 */
@Controller
@RequestMapping("/customers")
class TransferController {

    private final CustomerDuplicates duplicates;
    private final CustomerExport export;
    private final DataScopes scopes;
    private final CustomerPages pages;
    private final CustomerTexts texts;

    TransferController(CustomerDuplicates duplicates, CustomerExport export, DataScopes scopes, CustomerPages pages,
                       CustomerTexts texts) {
        this.duplicates = duplicates;
        this.export = export;
        this.scopes = scopes;
        this.pages = pages;
        this.texts = texts;
    }

    /** The likely duplicates of a customer, or where it was merged to (htmx fragment on the customer page). */
    @GetMapping("/{id}/duplicates")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    String duplicatesOf(@PathVariable long id, Model model) {
        var scope = scopes.forCurrentUser(Permissions.CUSTOMER_VIEW);
        model.addAttribute("customerId", id);
        model.addAttribute("mergedInto", duplicates.mergedInto(id, scope).orElse(null));
        model.addAttribute("duplicates", duplicates.of(id, scope));
        return "customer/duplicates :: panel";
    }

    @GetMapping("/{winner}/merge")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String mergeForm(@PathVariable long winner, @RequestParam(required = false) Long loser, Model model,
                     RedirectAttributes redirect) {
        model.addAttribute("winnerId", winner);
        if (loser == null) {
            model.addAttribute("duplicates", duplicates.of(winner, scopes.forCurrentUser(Permissions.CUSTOMER_VIEW)));
            return "customer/merge";
        }
        try {
            var preview = duplicates.preview(winner, loser, scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            model.addAttribute("preview", SensitiveFields.mayReveal(Permissions.CUSTOMER_SENSITIVE_VIEW) ? preview : preview.masked());
            pages.choices(model);
            return "customer/merge";
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", texts.text(e.messageKey(), e.args()));
            return "redirect:/customers/" + winner + "/merge";
        }
    }

    @PostMapping("/{winner}/merge/{loser}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String merge(@PathVariable long winner, @PathVariable long loser,
                 @RequestParam(name = "take", required = false) Set<String> take, RedirectAttributes redirect) {
        try {
            duplicates.merge(winner, loser, take, scopes.forCurrentUser(Permissions.CUSTOMER_EDIT));
            redirect.addFlashAttribute("flash", texts.text("customer.merge.done"));
            return "redirect:/customers/" + winner;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", texts.text(e.messageKey(), e.args()));
            return "redirect:/customers/" + winner + "/merge?loser=" + loser;
        }
    }

    // --- export ----------------------------------------------------------------------------------

    /** The list's current view (the same parameters as {@code /customers}: box, filters, sort ignored) as CSV. */
    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    void exportCsv(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        var query = CustomerQuery.parse(parameters);
        attachment(response, "text/csv;charset=UTF-8", "csv");
        export.writeCsv(query, response.getOutputStream());
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    void exportXlsx(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        var query = CustomerQuery.parse(parameters);
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        export.writeXlsx(query, response.getOutputStream());
    }

    static void attachment(HttpServletResponse response, String contentType, String extension) {
        var file = "customers-" + LocalDate.now(ClockConfiguration.ZONE) + "." + extension;
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8));
        response.setHeader("Cache-Control", "no-store");
    }
}
