package kehu.customer;

/**
 * A customer field a column of an import file can be mapped to (CUS-8): {@code name}, {@code mobile} …
 * or {@code fields.CODE} for an industry field.
 *
 * @param label the column header the template uses, in the reader's language
 */
public record ImportTarget(String code, String label, boolean required) {
}
