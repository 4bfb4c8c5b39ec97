package kehu.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * An industry field definition (CUS-2) as other code sees it.
 *
 * @param appliesTo the kind of customer the field belongs to, null for both
 * @param choices   the allowed values of a {@link FieldType#CHOICE} field, in order
 */
public record FieldDefinitionView(long id, String code, String label, String labelEn, FieldType type, boolean required,
                                  Integer maxLength, BigDecimal minValue, BigDecimal maxValue, List<String> choices,
                                  String pattern, CustomerKind appliesTo, int sortOrder, boolean active, long version) {

    /** The label in the reader's language (English when there is one and the locale is not Chinese). */
    public String label(Locale locale) {
        return locale != null && !"zh".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank() ? labelEn : label;
    }

    public boolean appliesTo(CustomerKind kind) {
        return appliesTo == null || appliesTo == kind;
    }
}
