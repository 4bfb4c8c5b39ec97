package kehu.customer.search.web;

import kehu.customer.CustomerQuery;
import kehu.customer.CustomerSearch;
import kehu.organization.Permissions;
import kehu.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving the customer list's current search under a name, and deleting a saved view, from the list page. */
@Controller
@RequestMapping("/customers/views")
@PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
class SavedViewController {

    private final CustomerSearch search;
    private final MessageSource messages;

    SavedViewController(CustomerSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    /** Saves, then shows the list with the saved search; a bad name comes back as a message on the list. */
    @PostMapping
    String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String query,
                RedirectAttributes redirect) {
        CustomerQuery parsed;
        try {
            parsed = CustomerQuery.parseQueryString(query);
        } catch (DomainException e) {
            parsed = CustomerQuery.ALL;
        }
        var back = parsed.toQueryString();
        try {
            var saved = search.saveView(name, parsed);
            redirect.addFlashAttribute("flash", text("customerSearch.views.saved", saved.name()));
        } catch (DomainException e) {
            var v = e.violations().isEmpty() ? null : e.violations().get(0);
            redirect.addFlashAttribute("viewError", v == null ? text(e.messageKey(), e.args())
                    : text("customerSearch.views.name", new Object[0]) + ": " + text(v.messageKey(), v.args()));
        }
        return "redirect:/customers" + (back.isEmpty() ? "" : "?" + back);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        var view = search.savedView(id);
        search.deleteView(id);
        redirect.addFlashAttribute("flash", text("customerSearch.views.deleted", view.name()));
        return "redirect:/customers";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
