package kehu.archive;

/**
 * A loan's state (ARC-7): requested → approved (an electronic loan may now be viewed until its due date) or
 * rejected; a physical loan is then handed out (out) and returned; an electronic one is returned (ended) early or
 * simply expires at its due date.
 */
public enum LoanStatus {
    REQUESTED, APPROVED, REJECTED, OUT, RETURNED
}
