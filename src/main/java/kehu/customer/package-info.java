/**
 * Customers (CUS-1 … CUS-3, CUS-5, CUS-6, CUS-9): the customer record with contacts and industry
 * fields, its change history and one timeline, assignment to a manager, the public pool,
 * classification and lifecycle. Other modules use {@link kehu.customer.CustomerManagement} and the
 * events of this package; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers",
        allowedDependencies = {"organization", "platform", "shared"})
package kehu.customer;
