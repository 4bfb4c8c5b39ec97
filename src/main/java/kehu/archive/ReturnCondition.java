package kehu.archive;

/** The state a physical item came back in (ARC-7). */
public enum ReturnCondition {
    INTACT, DAMAGED, MISSING_PAGES
}
