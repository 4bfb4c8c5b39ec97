package kehu.archive.internal;

import java.util.Map;
import java.util.stream.Collectors;

import kehu.customer.CustomerManagement;
import kehu.customer.FieldValueView;

import org.springframework.stereotype.Component;

/** The industry-field values of an archive's customer, read as the system (rules apply whoever asks). */
@Component
class CustomerFields {

    private final CustomerManagement customers;

    CustomerFields(CustomerManagement customers) {
        this.customers = customers;
    }

    Map<String, String> of(long customerId) {
        return customers.get(customerId, ArchiveOpening.SYSTEM).fields().stream()
                .filter(f -> f.value() != null).collect(Collectors.toMap(FieldValueView::code, FieldValueView::value, (a, b) -> a));
    }
}
