package kehu.organization;

import java.util.Optional;

/**
 * A module's sensitive fields (ORG-4). A module registers one bean per record type holding
 * sensitive values; {@link SensitiveFields#reveal} finds it by {@link #type()}.
 *
 * <p>To make a field sensitive: show {@code kind.mask(value)} in pages and API answers, implement
 * this interface for the record type, and in templates use the fragment
 * {@code ~{organization/sensitive :: value(type, id, field, masked, revealable)}} which offers a
 * reveal button to people holding the permission. Revealing checks the permission and the caller's
 * data scope (by asking {@link #rawValue}) and is audited.
 */
public interface SensitiveFieldSource {

    /** Record type, e.g. {@code staff}, {@code customer}. */
    String type();

    /** The kind of a field, or empty when the field is not sensitive in this type. */
    Optional<SensitiveKind> kindOf(String field);

    /** Permission needed to see this field unmasked. */
    String permission(String field);

    /**
     * The unmasked value, or empty when the record does not exist or the current user's data
     * scope does not reach it.
     */
    Optional<String> rawValue(long id, String field);
}
