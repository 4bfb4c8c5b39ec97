package kehu.customer;

/**
 * What a likely duplicate (CUS-4) does to a new customer, set by {@code kehu.customer.duplicates.mode}:
 * {@link #WARN} shows the likely duplicates and lets the person create the customer anyway (an import
 * reports them and imports the row); {@link #BLOCK} refuses the customer (an import rejects the row).
 */
public enum DuplicateMode {
    WARN,
    BLOCK
}
