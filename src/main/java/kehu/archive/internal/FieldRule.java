package kehu.archive.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configuration rule of a category that may apply only to customers whose industry field has a value (retention,
 * box kind). Of a category's rules, one naming a value the customer has beats the category's general rule.
 */
interface FieldRule {

    String getFieldCode();

    String getFieldValue();

    /** The rule that applies to a customer with these industry-field values, if any. */
    static <R extends FieldRule> Optional<R> mostSpecific(List<R> rules, Map<String, String> fields) {
        R general = null;
        for (var rule : rules) {
            if (rule.getFieldCode() == null) {
                general = rule;
            } else if (rule.getFieldValue() != null && rule.getFieldValue().equals(fields.get(rule.getFieldCode()))) {
                return Optional.of(rule);
            }
        }
        return Optional.ofNullable(general);
    }
}
