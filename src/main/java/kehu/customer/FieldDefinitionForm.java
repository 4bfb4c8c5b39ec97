package kehu.customer;

import java.math.BigDecimal;

/**
 * Create or change an industry field definition (CUS-2). The code and the type are fixed once the
 * field exists (values are stored by type). {@code choices}: one allowed value per line (or
 * separated by {@code |}).
 */
public record FieldDefinitionForm(String code, String label, String labelEn, FieldType type, Boolean required,
                                  Integer maxLength, BigDecimal minValue, BigDecimal maxValue, String choices,
                                  String pattern, CustomerKind appliesTo, Integer sortOrder, Boolean active,
                                  Long version) {

    public static FieldDefinitionForm empty() {
        return new FieldDefinitionForm("", "", "", FieldType.TEXT, false, null, null, null, "", "", null, 100, true, null);
    }
}
