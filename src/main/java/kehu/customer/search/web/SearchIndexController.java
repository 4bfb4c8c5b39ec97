package kehu.customer.search.web;

import kehu.customer.CustomerSearchIndex;
import kehu.organization.Permissions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The search-index page: how many customers the index and the database hold, the rebuild button and
 * the rebuild's progress bar, which htmx refreshes every second while a rebuild runs.
 */
@Controller
@RequestMapping("/customers/search-index")
@PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_ADMIN + "')")
class SearchIndexController {

    private final CustomerSearchIndex index;

    SearchIndexController(CustomerSearchIndex index) {
        this.index = index;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("status", index.status());
        return "customer/search-index";
    }

    @GetMapping("/progress")
    String progress(Model model) {
        model.addAttribute("status", index.status());
        return "customer/search-index :: progress";
    }

    /** Starts a rebuild; htmx gets the progress fragment (which then polls), a plain form the page. */
    @PostMapping("/rebuild")
    String rebuild(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("status", index.rebuild());
        return htmx != null ? "customer/search-index :: progress" : "redirect:/customers/search-index";
    }
}
