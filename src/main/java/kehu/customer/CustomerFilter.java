package kehu.customer;

/**
 * Filters of the customer list; null or blank parts do not filter.
 *
 * @param name         part of the name (case-insensitive)
 * @param regionCode   a province, city or district: customers in it or below it
 * @param ownerStaffId customers of this manager
 * @param pool         true: only customers in the public pool; false: only owned ones
 */
public record CustomerFilter(String name, CustomerStatus status, AbcClass abcClass, Long ownerStaffId,
                             String regionCode, CustomerKind kind, String tag, Boolean pool) {

    public static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null, null, null, null);
}
