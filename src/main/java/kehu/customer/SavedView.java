package kehu.customer;

import java.time.Instant;

/**
 * A customer search a person saved under a name (CUS-7).
 *
 * @param queryString the search as the list page's query string (see {@link CustomerQuery#toQueryString()})
 */
public record SavedView(long id, String name, String queryString, Instant savedAt) {

    public CustomerQuery query() {
        return CustomerQuery.parseQueryString(queryString);
    }
}
