package kehu.customer.internal;

/**
 * One changed field of a customer: its name as forms know it ({@code name}, {@code mobile},
 * {@code fields.VOLTAGE}, {@code contact.12.phone} …) and the values as text.
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
