package kehu.customer;

/** Type of an industry field (CUS-2); decides the input, the validation and the value column. */
public enum FieldType {
    TEXT, NUMBER, DATE, CHOICE, BOOLEAN
}
