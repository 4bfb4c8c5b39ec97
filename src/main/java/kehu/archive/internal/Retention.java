package kehu.archive.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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
    private final CustomerFields fields;

    Retention(RetentionRules rules, Categories categories, CustomerFields fields) {
        this.rules = rules;
        this.categories = categories;
        this.fields = fields;
    }

    /** The years to keep after closing, empty for a permanent archive. */
    public Optional<Integer> yearsFor(Archive archive) {
        var category = categories.findByCode(archive.getCategoryCode()).orElse(null);
        if (category == null || "PERMANENT".equals(category.getRetention())) {
            return Optional.empty();
        }
        var rule = FieldRule.mostSpecific(rules.findByCategoryCode(archive.getCategoryCode()), fields.of(archive.getCustomerId()));
        if (rule.isPresent()) {
            return Optional.of(rule.get().getYears());
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
