package kehu.customer;

/** The value of one industry field of a customer, as text ({@code 12.5}, {@code 2026-03-01}, {@code true}). */
public record FieldValueView(String code, FieldDefinitionView definition, String value) {
}
