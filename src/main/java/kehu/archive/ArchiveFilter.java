package kehu.archive;

/**
 * What the archive list shows: {@code q} matches the start of the archive number or any part of the
 * customer name; {@code destroyBy} keeps closed archives destroyable on or before that day (the disposition
 * list, ARC-8: not the destroyed ones, whose date stays in the catalogue); the rest are exact filters (null: any).
 */
public record ArchiveFilter(String q, String categoryCode, ArchiveStatus status, Boolean incomplete,
                            String integrity, java.time.LocalDate destroyBy) {

    public static final ArchiveFilter ALL = new ArchiveFilter(null, null, null, null, null, null);
}
