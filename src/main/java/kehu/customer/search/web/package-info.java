/**
 * Pages and REST API of the customer search (CUS-7): the saved views and filter controls the customer
 * list includes, the search-index administration page, {@code /api/v1/customers/search},
 * {@code /api/v1/customers/search-index/rebuild} and {@code /api/v1/customers/saved-views}.
 */
package kehu.customer.search.web;
