package kehu.customer.search.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kehu.customer.CustomerQuery;
import kehu.customer.CustomerRow;
import kehu.customer.CustomerSearch;
import kehu.customer.CustomerSearchIndex;
import kehu.customer.SavedView;
import kehu.customer.SearchIndexStatus;
import kehu.organization.Permissions;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the customer search (CUS-7). The search takes the parameters of {@link CustomerQuery#parse}
 * plus {@code page} (from 0) and {@code size} (at most 100); it answers within the caller's data scope,
 * with sensitive values masked. Saved views belong to the caller; their {@code query} is a query string
 * of the same parameters.
 */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerSearchApi {

    private final CustomerSearch search;
    private final CustomerSearchIndex index;

    CustomerSearchApi(CustomerSearch search, CustomerSearchIndex index) {
        this.search = search;
        this.index = index;
    }

    @GetMapping("/search")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    PagedModel<CustomerRow> search(@RequestParam MultiValueMap<String, String> parameters,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        var query = CustomerQuery.parse(parameters);
        return new PagedModel<>(search.search(query, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
    }

    /** Starts a rebuild of the index from the database (unless one runs) and answers its status. */
    @PostMapping("/search-index/rebuild")
    ResponseEntity<SearchIndexStatus> rebuild() {
        return ResponseEntity.accepted().body(index.rebuild());
    }

    @GetMapping("/search-index/rebuild")
    SearchIndexStatus rebuildStatus() {
        return index.status();
    }

    // --- saved views -----------------------------------------------------------------------------

    /**
     * A view to save.
     *
     * @param query the search as a query string, e.g. {@code q=zs&status=ACTIVE&sort=name}
     */
    record SavedViewRequest(@NotNull(message = "{validation.required}") @Size(max = 50, message = "{validation.maxLength}") String name,
                            @Size(max = 2000, message = "{validation.maxLength}") String query) {
    }

    @GetMapping("/saved-views")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    List<SavedView> savedViews() {
        return search.savedViews();
    }

    @GetMapping("/saved-views/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    SavedView savedView(@PathVariable long id) {
        return search.savedView(id);
    }

    /** Saves (or, under an existing name, replaces) a view. */
    @PostMapping("/saved-views")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    ResponseEntity<SavedView> saveView(@Valid @RequestBody SavedViewRequest request) {
        var view = search.saveView(request.name(), CustomerQuery.parseQueryString(request.query()));
        return ResponseEntity.created(URI.create("/api/v1/customers/saved-views/" + view.id())).body(view);
    }

    @DeleteMapping("/saved-views/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    ResponseEntity<Void> deleteView(@PathVariable long id) {
        search.deleteView(id);
        return ResponseEntity.noContent().build();
    }
}
