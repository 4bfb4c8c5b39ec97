package kehu.survey;

import java.time.Instant;
import java.time.LocalDate;

/** An improvement action of a campaign. */
public record ActionRow(long id, String description, String responsible, LocalDate dueOn, boolean done,
                        Instant doneAt, String doneNote, Instant createdAt, String createdBy) {
}
