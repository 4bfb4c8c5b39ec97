package kehu.shared;

import java.time.Instant;

/**
 * Something that must appear in the audit log (ORG-5). Any module publishes it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that does the work; the audit module
 * listens and appends it to the hash chain once the transaction commits.
 *
 * @param action     dotted action name, e.g. {@code staff.create}, {@code login.failure}
 * @param actor      user name of who did it ({@code system} for jobs, {@code anonymous} before login)
 * @param targetType kind of thing acted on, e.g. {@code staff}
 * @param targetId   id of that thing, may be null
 * @param before     state before (short JSON or text), may be null
 * @param after      state after (short JSON or text), may be null
 * @param at         when it happened
 */
public record AuditableAction(String action, String actor, String targetType, String targetId,
                              String before, String after, Instant at) {

    public static AuditableAction of(String action, String actor, String targetType, Object targetId,
                                     String before, String after, Instant at) {
        return new AuditableAction(action, actor, targetType, targetId == null ? null : targetId.toString(),
                before, after, at);
    }
}
