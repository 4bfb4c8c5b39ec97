package kehu.survey;

import java.time.Instant;
import java.util.List;

/**
 * A recorded set of answers with its questionnaire version.
 *
 * @param answers     item id → the values as {@link AnswerSheet} takes them (yes/no as {@code yes} / {@code no})
 * @param issueItemIds the items that raised an issue (empty: nothing to follow up)
 */
public record AnswerSetView(long id, long templateVersionId, Long campaignId, Long customerId, String originModule,
                            String originReference, Instant answeredAt, java.util.Map<Long, List<String>> answers,
                            java.util.Set<Long> flagged, List<Long> issueItemIds) {

    public boolean followUp() {
        return !issueItemIds.isEmpty();
    }
}
