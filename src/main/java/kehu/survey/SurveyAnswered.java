package kehu.survey;

import java.time.Instant;

/**
 * A set of answers was recorded on a questionnaire version: a campaign response ({@code campaignId} set) or
 * answers recorded by another module through {@link Questionnaires} ({@code originModule}, {@code originReference}).
 */
public record SurveyAnswered(long answerSetId, long templateVersionId, Long campaignId, Long customerId,
                             String originModule, String originReference, boolean followUp, Instant at) {
}
