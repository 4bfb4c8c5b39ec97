package kehu.archive;

/**
 * A place in the archive room (ARC-5) with what it holds: for a box, how many customers' archives and volumes are in
 * it out of the customers its kind allows.
 *
 * @param label the full address for people, e.g. {@code 一号库房 › 3号柜 › 第2层 › 0012号盒}
 */
public record LocationView(long id, Long parentId, LocationKind kind, String code, String name, String path,
                           String label, String boxKind, String boxKindName, Integer maxCustomers,
                           boolean closedSection, int customers, int volumes) {

    public boolean full() {
        return maxCustomers != null && customers >= maxCustomers;
    }

    /** The depth in the tree, 0 for a room. */
    public int depth() {
        return kind.ordinal();
    }
}
