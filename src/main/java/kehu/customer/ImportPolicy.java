package kehu.customer;

/**
 * What an import does with the rows it rejects (CUS-8). Either way the accepted rows are written in one
 * transaction: all of them or none.
 */
public enum ImportPolicy {
    /** Import the accepted rows and skip the rejected ones (the default, after the person saw the report). */
    VALID_ROWS,
    /** Refuse the whole file when any row is rejected. */
    ALL_OR_NOTHING
}
