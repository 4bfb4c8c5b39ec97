package kehu.servicedesk.internal;

import java.time.Duration;
import java.time.Instant;

import kehu.platform.WorkingCalendar;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.Priority;
import kehu.servicedesk.ServiceDeskSettings;

import org.springframework.stereotype.Component;

/**
 * The time limits of a matter (SVC-3): the most specific active rule for its type — a rule naming the
 * matter's category (or the nearest parent category) beats one without a category, and a rule naming its
 * priority beats one without — gives the working time to first response and to resolution and how long
 * before each to warn (at most half the limit ahead). Instants are computed on the working calendar.
 */
@Component
public class TimeLimitPolicy {

    /** The limits that apply, in working time. */
    public record Limits(Duration response, Duration resolve, Duration warn, Long ruleId) {
    }

    private final TimeLimitRules rules;
    private final RequestCategories categories;
    private final WorkingCalendar calendar;
    private final ServiceDeskSettings settings;

    TimeLimitPolicy(TimeLimitRules rules, RequestCategories categories, WorkingCalendar calendar, ServiceDeskSettings settings) {
        this.rules = rules;
        this.categories = categories;
        this.calendar = calendar;
        this.settings = settings;
    }

    public Limits limits(MatterType type, String categoryCode, Priority priority) {
        var chain = categories.selfAndAncestors(categoryCode);
        TimeLimitRule best = null;
        int bestScore = -1;
        for (var rule : rules.findByMatterTypeAndActiveTrue(type)) {
            int categoryScore;
            if (rule.getCategoryCode() == null) {
                categoryScore = 0;
            } else {
                int at = chain.indexOf(rule.getCategoryCode());
                if (at < 0) {
                    continue;
                }
                categoryScore = 100 - at;
            }
            if (rule.getPriority() != null && rule.getPriority() != priority) {
                continue;
            }
            int score = categoryScore * 2 + (rule.getPriority() != null ? 1 : 0);
            if (score > bestScore) {
                best = rule;
                bestScore = score;
            }
        }
        if (best == null) {
            return new Limits(settings.defaultResponse(), settings.defaultResolve(), settings.defaultWarn(), null);
        }
        return new Limits(Duration.ofMinutes(best.getResponseMinutes()), Duration.ofMinutes(best.getResolveMinutes()),
                Duration.ofMinutes(best.getWarnMinutes()), best.getId());
    }

    /** All deadlines of a matter received at {@code start}. */
    public Deadlines deadlines(Limits limits, Instant start) {
        return new Deadlines(warnAt(start, limits.response(), limits.warn()), calendar.addWorkingHours(start, limits.response()),
                warnAt(start, limits.resolve(), limits.warn()), calendar.addWorkingHours(start, limits.resolve()));
    }

    /** New resolution deadlines counting {@code remaining} working time from {@code from} (after a pause or a reopening). */
    public Deadlines resolveFrom(Limits limits, Instant from, Duration remaining) {
        return new Deadlines(null, null, warnAt(from, remaining, limits.warn()), calendar.addWorkingHours(from, remaining));
    }

    /** Working time left from {@code now} until {@code due} (zero when past). */
    public Duration remaining(Instant now, Instant due) {
        var left = calendar.workingTimeBetween(now, due);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** When escalation level {@code level} falls due: {@code (level − 1)} steps of working time after the limit. */
    public Instant escalationDue(Instant resolveDue, int level) {
        return level <= 1 ? resolveDue : calendar.addWorkingHours(resolveDue, settings.escalationStep().multipliedBy(level - 1L));
    }

    /** The warning falls {@code warn} before the limit, but never before half of the limit has passed. */
    private Instant warnAt(Instant start, Duration limit, Duration warn) {
        var lead = warn.compareTo(limit.dividedBy(2)) > 0 ? limit.dividedBy(2) : warn;
        return calendar.addWorkingHours(start, limit.minus(lead));
    }
}
