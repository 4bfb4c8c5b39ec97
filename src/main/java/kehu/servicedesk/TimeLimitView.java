package kehu.servicedesk;

/** A time limit as listed. */
public record TimeLimitView(long id, MatterType matterType, String categoryCode, String categoryLabel, Priority priority,
                            int responseMinutes, int resolveMinutes, int warnMinutes, boolean active, long version) {
}
