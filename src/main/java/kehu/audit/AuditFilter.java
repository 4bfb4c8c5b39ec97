package kehu.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kehu.shared.ClockConfiguration;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;

/**
 * What to look for in the audit log. Every criterion is optional; blank text counts as absent.
 *
 * @param from       first day (Asia/Shanghai) of the time range, inclusive
 * @param to         last day (Asia/Shanghai) of the time range, inclusive
 * @param actor      user name, exactly
 * @param action     start of the action code, e.g. {@code login.} or {@code staff.create}
 * @param targetType kind of target, exactly, e.g. {@code staff}
 * @param targetId   id of the target, exactly
 * @param text       text anywhere in the before or after value, ignoring case
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, String targetType,
                          String targetId, String text) {

    public static final int MAX_ACTOR = 100;
    public static final int MAX_ACTION = 100;
    public static final int MAX_TARGET_TYPE = 64;
    public static final int MAX_TARGET_ID = 100;
    public static final int MAX_TEXT = 200;

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
        text = blankToNull(text);
        var violations = new ArrayList<FieldViolation>();
        checkLength(violations, "actor", actor, MAX_ACTOR);
        checkLength(violations, "action", action, MAX_ACTION);
        checkLength(violations, "targetType", targetType, MAX_TARGET_TYPE);
        checkLength(violations, "targetId", targetId, MAX_TARGET_ID);
        checkLength(violations, "text", text, MAX_TEXT);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new FieldViolation("to", "audit.filter.toBeforeFrom"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }

    /** Everything. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    /** Start of the range as an instant (midnight in Asia/Shanghai), or null. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ClockConfiguration.ZONE).toInstant();
    }

    /** End of the range, exclusive (midnight after the last day in Asia/Shanghai), or null. */
    public Instant toInstantExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
    }

    /** The criteria that are set, by parameter name, in a stable order (for links and for the export's own audit entry). */
    public Map<String, String> criteria() {
        var map = new LinkedHashMap<String, String>();
        put(map, "from", from == null ? null : from.toString());
        put(map, "to", to == null ? null : to.toString());
        put(map, "actor", actor);
        put(map, "action", action);
        put(map, "targetType", targetType);
        put(map, "targetId", targetId);
        put(map, "text", text);
        return map;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void checkLength(List<FieldViolation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new FieldViolation(field, "validation.tooLong", max));
        }
    }
}
