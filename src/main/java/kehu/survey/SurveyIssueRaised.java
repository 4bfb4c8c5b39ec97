package kehu.survey;

import java.time.Instant;
import java.util.List;

/**
 * A campaign respondent raised an issue: a low score (1–2 on a scale, 0–6 on NPS) or a text answer flagged by
 * the person recording it. The service desk may open a return visit to the customer. Published once per
 * answer set, inside the transaction that records it.
 *
 * @param itemIds the items that raised it, in questionnaire order
 */
public record SurveyIssueRaised(long answerSetId, long campaignId, String campaignTitle, long customerId,
                                List<Long> itemIds, Instant at) {
}
