package kehu.customer.search.web;

import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import kehu.customer.CustomerSearch;
import kehu.customer.FieldDefinitionView;
import kehu.customer.IndustryFieldManagement;
import kehu.customer.SavedView;
import kehu.organization.KehuUser;
import kehu.organization.OrganizationDirectory;
import kehu.organization.StaffSummary;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the search parts of the customer list ({@code templates/customer/search.html}) show besides the
 * query: the signed-in person's saved views, the industry fields that can filter, the orders. Templates
 * call it as {@code @customerSearchParts}, so the list's controller only has to hand over the query.
 */
@Component("customerSearchParts")
public class SearchPageParts {

    /** An order the sort select offers: its parameter and the message key of its label. */
    public record SortOption(String parameter, String label) {
    }

    private static final String CUSTOMER_MANAGER_ROLE = "CUSTOMER_MANAGER";

    private static final List<SortOption> SORTS = List.of(
            new SortOption("relevance", "customerSearch.sort.relevance"),
            new SortOption("name", "customerSearch.sort.name"),
            new SortOption("-updatedAt", "customerSearch.sort.updated"),
            new SortOption("-lastFollowUpAt", "customerSearch.sort.followUp"),
            new SortOption("-createdAt", "customerSearch.sort.created"));

    /** A unit the unit filter offers. */
    public record UnitOption(long id, String name) {
    }

    private final CustomerSearch search;
    private final IndustryFieldManagement fields;
    private final OrganizationDirectory directory;

    SearchPageParts(CustomerSearch search, IndustryFieldManagement fields, OrganizationDirectory directory) {
        this.search = search;
        this.fields = fields;
        this.directory = directory;
    }

    /** The units customer managers work in (customers belong to their manager's unit), by name. */
    public List<UnitOption> units() {
        var units = new TreeMap<Long, String>();
        directory.staffSummariesWithRole(CUSTOMER_MANAGER_ROLE).stream().filter(StaffSummary::enabled)
                .forEach(s -> units.put(s.unitId(), s.unitName()));
        return units.entrySet().stream().map(e -> new UnitOption(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(UnitOption::name)).toList();
    }

    public List<SavedView> savedViews() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof KehuUser ? search.savedViews() : List.of();
    }

    /** The active industry fields, in their order. */
    public List<FieldDefinitionView> filterFields() {
        return fields.all().stream().filter(FieldDefinitionView::active).toList();
    }

    public List<SortOption> sorts() {
        return SORTS;
    }
}
