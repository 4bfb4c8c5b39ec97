package kehu.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import kehu.shared.AuditableAction;

/**
 * An {@link AuditableAction} made fit to store: exactly what the database will give back, so the
 * hash computed before writing matches the one recomputed after reading. Times are cut to
 * microseconds (what PostgreSQL and H2 keep); text loses characters no database keeps faithfully
 * (NUL, unpaired surrogates; each becomes U+FFFD); over-long text is cut and ends with
 * {@value #TRUNCATED}; a missing actor or action becomes {@value #UNKNOWN}.
 */
record AuditRecord(Instant occurredAt, String actor, String action, String targetType, String targetId,
                   String before, String after) {

    static final String TRUNCATED = "…[truncated]";
    static final String UNKNOWN = "unknown";

    static final int MAX_ACTOR = 100;
    static final int MAX_ACTION = 100;
    static final int MAX_TARGET_TYPE = 64;
    static final int MAX_TARGET_ID = 100;
    static final int MAX_VALUE = 4000;

    /** @param now used when the action carries no time */
    static AuditRecord of(AuditableAction action, Instant now) {
        return new AuditRecord(
                micros(action.at() == null ? now : action.at()),
                fit(orUnknown(action.actor()), MAX_ACTOR),
                fit(orUnknown(action.action()), MAX_ACTION),
                fit(action.targetType(), MAX_TARGET_TYPE),
                fit(action.targetId(), MAX_TARGET_ID),
                fit(action.before(), MAX_VALUE),
                fit(action.after(), MAX_VALUE));
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        var clean = storable(value);
        if (clean.length() <= max) {
            return clean;
        }
        int cut = max - TRUNCATED.length();
        if (Character.isHighSurrogate(clean.charAt(cut - 1))) {
            cut--;
        }
        return clean.substring(0, cut) + TRUNCATED;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    private static String storable(String value) {
        boolean clean = value.codePoints().noneMatch(AuditRecord::unstorable);
        if (clean) {
            return value;
        }
        var sb = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> sb.appendCodePoint(unstorable(cp) ? 0xFFFD : cp));
        return sb.toString();
    }

    private static boolean unstorable(int codePoint) {
        return codePoint == 0 || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }
}
