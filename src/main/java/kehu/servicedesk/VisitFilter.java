package kehu.servicedesk;

/**
 * Filters of the return-visit list; null means any. {@code dueOnly}: only visits due today or earlier
 * (the day's work list).
 */
public record VisitFilter(VisitStatus status, VisitKind kind, Integer level, boolean dueOnly, String q) {

    public static VisitFilter none() {
        return new VisitFilter(null, null, null, false, null);
    }
}
