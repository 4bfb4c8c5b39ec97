package kehu.archive;

/**
 * What the archive list shows: {@code q} matches the start of the archive number or any part of the
 * customer name; the rest are exact filters (null: any).
 */
public record ArchiveFilter(String q, String categoryCode, ArchiveStatus status, Boolean incomplete,
                            String integrity) {

    public static final ArchiveFilter ALL = new ArchiveFilter(null, null, null, null, null);
}
