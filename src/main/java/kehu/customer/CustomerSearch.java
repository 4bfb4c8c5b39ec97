package kehu.customer;

import java.time.Clock;
import java.util.List;

import kehu.customer.internal.CustomerViews;
import kehu.customer.search.IndexedCustomers;
import kehu.customer.search.SavedViews;
import kehu.organization.DataScope;
import kehu.organization.DataScopes;
import kehu.organization.KehuUser;
import kehu.organization.Permissions;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer search (CUS-7): one box and filters over the customer index (Hibernate Search, Lucene),
 * and the saved views of the signed-in person.
 *
 * <p>The data scope is part of the index query, so a page holds only customers the caller may see and
 * its total counts only those. Hits are loaded from the database and handed out as {@link CustomerRow}s
 * with sensitive values masked ({@link CustomerRow#masked()}); the index itself returns nothing but ids.
 * Bad input (an unknown industry field or region, a value of the wrong type, a too long query) throws a
 * {@link DomainException} naming the parameter.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSearch {

    private final IndexedCustomers index;
    private final CustomerViews views;
    private final DataScopes scopes;
    private final SavedViews savedViews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerSearch(IndexedCustomers index, CustomerViews views, DataScopes scopes, SavedViews savedViews,
                   ApplicationEventPublisher events, Clock clock) {
        this.index = index;
        this.views = views;
        this.scopes = scopes;
        this.savedViews = savedViews;
        this.events = events;
        this.clock = clock;
    }

    /** One page of what the signed-in person finds, within their {@code customer.view} data scope. */
    @PreAuthorize("hasAuthority('" + Permissions.CUSTOMER_VIEW + "')")
    public Page<CustomerRow> search(CustomerQuery query, Pageable pageable) {
        return search(query, scopes.forCurrentUser(Permissions.CUSTOMER_VIEW), pageable);
    }

    /**
     * One page of what the query finds within the given scope (for callers that resolved the scope
     * themselves, e.g. an export for the person who asked for it).
     */
    public Page<CustomerRow> search(CustomerQuery query, DataScope scope, Pageable pageable) {
        var page = index.find(query, scope, pageable);
        var rows = views.rows(page.getContent()).stream().map(CustomerRow::masked).toList();
        return new PageImpl<>(rows, page.getPageable(), page.getTotalElements());
    }

    /**
     * The ids of all customers the query finds within the scope, in id order, after {@code afterId}, at most
     * {@code limit} (≤ 1,000) at a time: a keyset over a whole result for other modules that need every
     * matching customer (e.g. a survey's target group) without deep paging.
     */
    public List<Long> idsAfter(CustomerQuery query, DataScope scope, long afterId, int limit) {
        return index.idsAfter(query, scope, afterId, limit);
    }

    // --- saved views -----------------------------------------------------------------------------

    /** The signed-in person's saved views, by name. */
    public List<SavedView> savedViews() {
        return savedViews.of(currentStaffId());
    }

    public SavedView savedView(long id) {
        return savedViews.get(currentStaffId(), id);
    }

    /** Saves the query under the name for the signed-in person; an existing view of that name is replaced. */
    @Transactional
    public SavedView saveView(String name, CustomerQuery query) {
        var saved = savedViews.save(currentStaffId(), name, query);
        events.publishEvent(AuditableAction.of(saved.replaced() ? "customer.view.replace" : "customer.view.save",
                PersistenceConfiguration.currentActor(), "customerSavedView", saved.view().id(), null,
                "name=" + saved.view().name() + ", query=" + saved.view().queryString(), clock.instant()));
        return saved.view();
    }

    /** Deletes one of the signed-in person's views; another person's view is not found. */
    @Transactional
    public void deleteView(long id) {
        var deleted = savedViews.delete(currentStaffId(), id);
        events.publishEvent(AuditableAction.of("customer.view.delete", PersistenceConfiguration.currentActor(),
                "customerSavedView", id, "name=" + deleted.name() + ", query=" + deleted.queryString(), null,
                clock.instant()));
    }

    private static long currentStaffId() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KehuUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        return user.staffId();
    }
}
