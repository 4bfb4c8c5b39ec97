package kehu.shared;

import java.util.List;

/**
 * A business rule refused an operation. Carries a message key (resolved against the message
 * bundles in the user's language) and, when the cause is bad input, the offending fields.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldViolation> violations;

    public DomainException(String messageKey, Object... args) {
        this(messageKey, List.of(), args);
    }

    public DomainException(String messageKey, List<FieldViolation> violations, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = FieldViolation.plain(args);
        this.violations = List.copyOf(violations);
    }

    /** Bad input: one or more fields are wrong. */
    public static DomainException invalid(List<FieldViolation> violations) {
        return new DomainException("error.validation", violations);
    }

    public static DomainException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldViolation(field, messageKey, args)));
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
