package kehu.customer.internal;

import java.util.Optional;

import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFieldSource;
import kehu.organization.SensitiveFields;
import kehu.organization.SensitiveKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's ID number (or credit code) and mobile are sensitive (ORG-4): shown masked unless
 * someone with {@code customer.sensitive.view} whose scope reaches the customer reveals them.
 */
@Component
class CustomerSensitiveFields implements SensitiveFieldSource {

    private final Customers customers;
    private final DataScopes scopes;

    CustomerSensitiveFields(Customers customers, DataScopes scopes) {
        this.customers = customers;
        this.scopes = scopes;
    }

    @Override
    public String type() {
        return "customer";
    }

    @Override
    public Optional<SensitiveKind> kindOf(String field) {
        return Optional.ofNullable(switch (field) {
            case "idNumber" -> SensitiveKind.ID_NUMBER;
            case "mobile" -> SensitiveKind.MOBILE;
            default -> null;
        });
    }

    @Override
    public String permission(String field) {
        return Permissions.CUSTOMER_SENSITIVE_VIEW;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> rawValue(long id, String field) {
        return reachable(customers, scopes, id).map(c -> "idNumber".equals(field) ? c.getIdNumber() : c.getMobile());
    }

    static Optional<Customer> reachable(Customers customers, DataScopes scopes, long id) {
        var scope = scopes.forCurrentUser(Permissions.CUSTOMER_VIEW);
        return customers.findById(id).filter(c -> CustomerVisibility.allows(scope, c)
                || (c.inPool() && SensitiveFields.mayReveal(Permissions.CUSTOMER_EDIT)));
    }

    /** The phone of a contact person is sensitive the same way; the id is the contact's. */
    @Component
    static class ContactPhones implements SensitiveFieldSource {

        private final Customers customers;
        private final DataScopes scopes;

        ContactPhones(Customers customers, DataScopes scopes) {
            this.customers = customers;
            this.scopes = scopes;
        }

        @Override
        public String type() {
            return "customer-contact";
        }

        @Override
        public Optional<SensitiveKind> kindOf(String field) {
            return "phone".equals(field) ? Optional.of(SensitiveKind.MOBILE) : Optional.empty();
        }

        @Override
        public String permission(String field) {
            return Permissions.CUSTOMER_SENSITIVE_VIEW;
        }

        @Override
        @Transactional(readOnly = true)
        public Optional<String> rawValue(long contactId, String field) {
            return customers.findCustomerIdOfContact(contactId)
                    .flatMap(customerId -> reachable(customers, scopes, customerId))
                    .map(c -> c.contact(contactId).getPhone());
        }
    }
}
