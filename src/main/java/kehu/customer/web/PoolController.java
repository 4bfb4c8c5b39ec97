package kehu.customer.web;

import kehu.customer.AbcClass;
import kehu.customer.CustomerAssignment;
import kehu.customer.CustomerFilter;
import kehu.customer.CustomerKind;
import kehu.organization.KehuUser;
import kehu.organization.Permissions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pool (公海, CUS-5): customers without a manager, to be claimed up to the limit. */
@Controller
@RequestMapping("/customers/pool")
class PoolController {

    private final CustomerAssignment assignment;
    private final CustomerPages pages;

    PoolController(CustomerAssignment assignment, CustomerPages pages) {
        this.assignment = assignment;
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_EDIT + "')")
    String pool(@RequestParam(required = false) String name, @RequestParam(required = false) AbcClass abcClass,
                @RequestParam(required = false) CustomerKind kind, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "-updatedAt") String sort,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @AuthenticationPrincipal KehuUser me, Model model) {
        var filter = new CustomerFilter(name, null, abcClass, null, null, kind, null, true);
        model.addAttribute("page", assignment.pool(filter, CustomerPages.pageable(page, size, sort, "-updatedAt"))
                .map(r -> r.masked()));
        model.addAttribute("filter", filter);
        model.addAttribute("query", CustomerPages.query(CustomerPages.params("name", name, "abcClass", abcClass,
                "kind", kind, "sort", sort)));
        model.addAttribute("owned", assignment.ownedBy(me.staffId()));
        model.addAttribute("limit", assignment.claimLimit());
        pages.choices(model);
        return htmx != null ? "customer/pool :: rows" : "customer/pool";
    }
}
