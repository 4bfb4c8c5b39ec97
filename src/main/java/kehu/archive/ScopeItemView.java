package kehu.archive;

/** A line of a filing-scope list (归档范围表), as the configuration page lists it. */
public record ScopeItemView(long id, String eventCode, String eventName, String businessLine, String itemCode,
                            String title, String categoryCode, boolean required, boolean originalRequired,
                            boolean signedRequired) {
}
