package kehu.customer.transfer;

/** Limits that keep an import's memory bounded whatever the file holds. */
public final class ImportLimits {

    /** Longest cell kept while reading; a longer one is cut there and reported (a 10 MB cell is never held). */
    public static final int MAX_CELL = 2_000;

    /** Columns read per row; cells further right are dropped and reported. */
    public static final int MAX_COLUMNS = 200;

    /** Characters of all distinct texts of a workbook's shared-string table (xlsx). */
    public static final long MAX_SHARED_CHARS = 64L * 1024 * 1024;

    /** Entries of a workbook's shared-string table (xlsx). */
    public static final int MAX_SHARED_STRINGS = 16 * 1024 * 1024;

    private ImportLimits() {
    }
}
