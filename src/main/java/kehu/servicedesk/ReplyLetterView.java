package kehu.servicedesk;

import java.time.Instant;

/** A reply letter on its matter's page. */
public record ReplyLetterView(long id, String body, ReplyLetterStatus status, Long approvalId, String draftedBy,
                              Instant createdAt, Instant decidedAt, Instant sentAt, String sentBy, String sentVia,
                              long version) {
}
