package kehu.servicedesk;

import java.time.Instant;
import java.util.List;

/**
 * A time-limit warning or an escalation fired (SVC-3), once per matter, kind, level and resolution round.
 * The notification module will turn it into messages to {@code recipientStaffIds}.
 */
public record MatterAlerted(long matterId, String number, AlertKind kind, int level, Instant dueAt,
                            List<Long> recipientStaffIds, Instant at) {
}
