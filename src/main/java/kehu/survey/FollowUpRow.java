package kehu.survey;

import java.time.Instant;
import java.util.List;

/** A respondent who raised an issue, with the answers that raised it. */
public record FollowUpRow(long answerSetId, long customerId, String customerName, Instant answeredAt,
                          List<Issue> issues) {

    /** @param answer the score, the text, as given */
    public record Issue(long itemId, int position, ItemKind kind, String question, String answer) {
    }
}
