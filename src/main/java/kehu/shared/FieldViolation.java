package kehu.shared;

import java.util.Arrays;

/**
 * One wrong field: its name as the form and API know it, and a message key with arguments.
 * Integral arguments (ids, limits) are kept as text so messages never group their digits.
 */
public record FieldViolation(String field, String messageKey, Object... args) {

    public FieldViolation {
        args = plain(args);
    }

    static Object[] plain(Object[] args) {
        return args == null ? new Object[0] : Arrays.stream(args)
                .map(a -> a instanceof Long || a instanceof Integer ? a.toString() : a)
                .toArray();
    }
}
