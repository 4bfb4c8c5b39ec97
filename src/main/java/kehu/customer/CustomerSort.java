package kehu.customer;

/**
 * An order of the customer search (CUS-7). As a parameter it is the key, with a leading {@code -} for
 * descending: {@code relevance}, {@code name} (pinyin order: 李四 before 林一 before 张三),
 * {@code -updatedAt} (most recently changed first), {@code status}, {@code abcClass},
 * {@code lastFollowUpAt}, {@code createdAt}, or {@code f.CODE} for an industry field (customers
 * without a value last). Ties are broken by the most recent change.
 *
 * @param fieldCode the industry field's code when {@code key} is {@link Key#FIELD}
 */
public record CustomerSort(Key key, boolean descending, String fieldCode) {

    public enum Key {
        RELEVANCE("relevance"), NAME("name"), STATUS("status"), ABC_CLASS("abcClass"),
        LAST_FOLLOW_UP("lastFollowUpAt"), UPDATED("updatedAt"), CREATED("createdAt"), FIELD("f.");

        private final String parameter;

        Key(String parameter) {
            this.parameter = parameter;
        }
    }

    /** Best match first (the whole name, then its beginning, then any part …). */
    public static final CustomerSort RELEVANCE = new CustomerSort(Key.RELEVANCE, true, null);
    public static final CustomerSort NAME = new CustomerSort(Key.NAME, false, null);
    /** The most recently changed first. */
    public static final CustomerSort UPDATED = new CustomerSort(Key.UPDATED, true, null);

    public CustomerSort {
        if (key == null) {
            throw new IllegalArgumentException("key");
        }
        fieldCode = key == Key.FIELD ? fieldCode : null;
        if (key == Key.FIELD && (fieldCode == null || fieldCode.isBlank())) {
            throw new IllegalArgumentException("fieldCode");
        }
        if (key == Key.RELEVANCE) {
            descending = true;
        }
    }

    public static CustomerSort byField(String code, boolean descending) {
        return new CustomerSort(Key.FIELD, descending, code);
    }

    /** Reads a sort parameter; empty when it names no known order. */
    public static java.util.Optional<CustomerSort> parse(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return java.util.Optional.empty();
        }
        var p = parameter.strip();
        boolean descending = p.startsWith("-");
        var name = descending ? p.substring(1) : p;
        if (name.startsWith("f.") && name.length() > 2) {
            return java.util.Optional.of(byField(name.substring(2), descending));
        }
        for (var key : Key.values()) {
            if (key != Key.FIELD && key.parameter.equalsIgnoreCase(name)) {
                return java.util.Optional.of(new CustomerSort(key, descending, null));
            }
        }
        return java.util.Optional.empty();
    }

    /** The parameter value, e.g. {@code -updatedAt} or {@code f.plate}. */
    public String parameter() {
        if (key == Key.RELEVANCE) {
            return key.parameter;
        }
        var name = key == Key.FIELD ? key.parameter + fieldCode : key.parameter;
        return descending ? "-" + name : name;
    }

    /** The same key in the other direction (for column headers). */
    public CustomerSort reversed() {
        return key == Key.RELEVANCE ? this : new CustomerSort(key, !descending, fieldCode);
    }
}
