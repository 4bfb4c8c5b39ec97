package kehu.servicedesk;

/**
 * A time limit (SVC-3) for matters of a type, optionally only a category (and below) and a priority, in
 * minutes of working time: to first response, to resolution, and how long before each to warn.
 */
public record TimeLimitForm(MatterType matterType, String categoryCode, Priority priority, Integer responseMinutes,
                            Integer resolveMinutes, Integer warnMinutes) {
}
