package kehu.customer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.customer.CustomerKind;
import kehu.customer.FieldDefinitionView;
import kehu.customer.FieldType;
import kehu.shared.AuditedEntity;
import kehu.shared.FieldViolation;

/**
 * An industry field (CUS-2) defined as data: what it is called, its type and the rules a value must
 * follow. Packs and administrators add them; no code changes. The code and type never change once the
 * field exists; switching {@link #active} off hides the field from forms but keeps stored values.
 */
@Entity
@Table(name = "customer_field_def")
public class FieldDefinition extends AuditedEntity {

    /** Longest text any field holds, whatever its own limit (the value column's width). */
    public static final int TEXT_CAPACITY = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 50)
    private String label;

    @Column(name = "label_en", length = 100)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 16, updatable = false)
    private FieldType type;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "max_length")
    private Integer maxLength;

    @Column(name = "min_value", precision = 19, scale = 4)
    private BigDecimal minValue;

    @Column(name = "max_value", precision = 19, scale = 4)
    private BigDecimal maxValue;

    @Column(length = 1000)
    private String choices;

    @Column(length = 200)
    private String pattern;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", length = 16)
    private CustomerKind appliesTo;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected FieldDefinition() {
    }

    public FieldDefinition(String code, FieldType type) {
        this.code = code;
        this.type = type;
    }

    /** Sets everything but code and type; the caller has checked the rules with {@link #problemsOf}. */
    public void define(String label, String labelEn, boolean required, Integer maxLength, BigDecimal minValue,
                       BigDecimal maxValue, List<String> choices, String pattern, CustomerKind appliesTo, int sortOrder,
                       boolean active) {
        this.label = label;
        this.labelEn = labelEn;
        this.required = required;
        this.maxLength = type == FieldType.TEXT ? maxLength : null;
        this.minValue = type == FieldType.NUMBER ? minValue : null;
        this.maxValue = type == FieldType.NUMBER ? maxValue : null;
        this.choices = type == FieldType.CHOICE ? String.join("\n", choices) : null;
        this.pattern = type == FieldType.TEXT ? pattern : null;
        this.appliesTo = appliesTo;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    /** What is wrong with a definition's rules (the code and labels are checked by the caller). */
    public static List<FieldViolation> problemsOf(FieldType type, Integer maxLength, BigDecimal min, BigDecimal max,
                                           List<String> choices, String pattern) {
        var problems = new java.util.ArrayList<FieldViolation>();
        if (type == FieldType.TEXT && maxLength != null && (maxLength < 1 || maxLength > TEXT_CAPACITY)) {
            problems.add(new FieldViolation("maxLength", "customer.fieldDef.maxLength.range", TEXT_CAPACITY));
        }
        if (type == FieldType.NUMBER && min != null && max != null && min.compareTo(max) > 0) {
            problems.add(new FieldViolation("maxValue", "customer.fieldDef.range"));
        }
        if (type == FieldType.CHOICE) {
            if (choices.isEmpty()) {
                problems.add(new FieldViolation("choices", "customer.fieldDef.choices.required"));
            } else if (choices.stream().anyMatch(c -> c.length() > 50) || choices.size() > 50
                    || String.join("\n", choices).length() > 1000) {
                problems.add(new FieldViolation("choices", "customer.fieldDef.choices.tooLong"));
            } else if (choices.stream().distinct().count() != choices.size()) {
                problems.add(new FieldViolation("choices", "customer.fieldDef.choices.duplicate"));
            }
        }
        if (type == FieldType.TEXT && pattern != null && !pattern.isEmpty()) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(new FieldViolation("pattern", "customer.fieldDef.pattern.invalid"));
            }
        }
        return problems;
    }

    /** Splits the choices text of a form: one per line or separated by |, blanks dropped. */
    public static List<String> splitChoices(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n|]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Parses a value typed by a person or read from a file into the typed value, or reports what is
     * wrong with it (the violation names the form field {@code fields.CODE} and the field's label).
     */
    public TypedValue parse(String raw, Locale locale) throws InvalidValue {
        var text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            if (required) {
                throw invalid("customer.fieldValue.required", locale);
            }
            return null;
        }
        return switch (type) {
            case TEXT -> {
                int limit = maxLength == null ? TEXT_CAPACITY : Math.min(maxLength, TEXT_CAPACITY);
                if (text.length() > limit) {
                    throw invalid("customer.fieldValue.tooLong", locale, limit);
                }
                if (text.codePoints().anyMatch(Character::isISOControl)) {
                    throw invalid("customer.fieldValue.control", locale);
                }
                if (pattern != null && !pattern.isEmpty() && !Pattern.compile(pattern).matcher(text).matches()) {
                    throw invalid("customer.fieldValue.pattern", locale);
                }
                yield TypedValue.text(text);
            }
            case NUMBER -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(text.replace(",", "").replace("，", ""));
                } catch (NumberFormatException e) {
                    throw invalid("customer.fieldValue.number", locale);
                }
                if (number.scale() > 4 || number.precision() - number.scale() > 15) {
                    throw invalid("customer.fieldValue.number", locale);
                }
                if (minValue != null && number.compareTo(minValue) < 0) {
                    throw invalid("customer.fieldValue.min", locale, minValue.stripTrailingZeros().toPlainString());
                }
                if (maxValue != null && number.compareTo(maxValue) > 0) {
                    throw invalid("customer.fieldValue.max", locale, maxValue.stripTrailingZeros().toPlainString());
                }
                yield TypedValue.number(number);
            }
            case DATE -> {
                try {
                    var date = LocalDate.parse(text.replace('/', '-'));
                    if (date.getYear() < 1800 || date.getYear() > 2999) {
                        throw invalid("customer.fieldValue.date", locale);
                    }
                    yield TypedValue.date(date);
                } catch (DateTimeParseException e) {
                    throw invalid("customer.fieldValue.date", locale);
                }
            }
            case CHOICE -> {
                var options = choiceList();
                if (!options.contains(text)) {
                    throw invalid("customer.fieldValue.choice", locale, String.join("、", options));
                }
                yield TypedValue.text(text);
            }
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "是" -> TypedValue.bool(true);
                case "false", "no", "n", "0", "否" -> TypedValue.bool(false);
                default -> throw invalid("customer.fieldValue.boolean", locale);
            };
        };
    }

    private InvalidValue invalid(String key, Locale locale, Object... more) {
        var args = new Object[more.length + 1];
        args[0] = label(locale);
        System.arraycopy(more, 0, args, 1, more.length);
        return new InvalidValue(new FieldViolation(formField(), key, args));
    }

    /** The name of this field in forms, the API and violations: {@code fields.CODE}. */
    public String formField() {
        return "fields." + code;
    }

    public String label(Locale locale) {
        return view().label(locale);
    }

    public List<String> choiceList() {
        return splitChoices(choices);
    }

    public FieldDefinitionView view() {
        return new FieldDefinitionView(id, code, label, labelEn, type, required, maxLength, minValue, maxValue,
                choiceList(), pattern, appliesTo, sortOrder, active, getVersion());
    }

    public boolean appliesTo(CustomerKind kind) {
        return appliesTo == null || appliesTo == kind;
    }

    /** A value that does not fit the definition. */
    public static final class InvalidValue extends Exception {
        private final transient FieldViolation violation;

        InvalidValue(FieldViolation violation) {
            super(violation.messageKey(), null, false, false);
            this.violation = violation;
        }

        public FieldViolation violation() {
            return violation;
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public FieldType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public CustomerKind getAppliesTo() {
        return appliesTo;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
