package kehu.archive.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kehu.customer.CustomerManagement;
import kehu.customer.FieldValueView;
import kehu.shared.ClockConfiguration;

import org.springframework.stereotype.Component;

/**
 * When a closed account's archive may be destroyed (ARC-8): the account's closing day plus the years of the most
 * specific retention rule of the archive's category (a rule naming an industry-field value the customer has beats
 * the category's general rule); a permanent category has no such day.
 */
@Component
public class Retention {

    private final RetentionRules rules;
    private final Categories categories;
    private final CustomerManagement customers;

    Retention(RetentionRules rules, Categories categories, CustomerManagement customers) {
        this.rules = rules;
        this.categories = categories;
        this.customers = customers;
    }

    /** The years to keep after closing, empty for a permanent archive. */
    public Optional<Integer> yearsFor(Archive archive) {
        var category = categories.findByCode(archive.getCategoryCode()).orElse(null);
        if (category == null || "PERMANENT".equals(category.getRetention())) {
            return Optional.empty();
        }
        Map<String, String> fields = customers.get(archive.getCustomerId(), ArchiveOpening.SYSTEM).fields().stream()
                .filter(f -> f.value() != null).collect(Collectors.toMap(FieldValueView::code, FieldValueView::value, (a, b) -> a));
        Integer general = null;
        for (var rule : rules.findByCategoryCode(archive.getCategoryCode())) {
            if (rule.getFieldCode() == null) {
                general = rule.getYears();
            } else if (rule.getFieldValue() != null && rule.getFieldValue().equals(fields.get(rule.getFieldCode()))) {
                return Optional.of(rule.getYears());
            }
        }
        if (general != null) {
            return Optional.of(general);
        }
        return Optional.of(switch (category.getRetention()) {
            case "Y10" -> 10;
            default -> 30;
        });
    }

    public LocalDate destroyOn(Instant closedAt, int years) {
        return LocalDate.ofInstant(closedAt, ClockConfiguration.ZONE).plusYears(years);
    }
}
