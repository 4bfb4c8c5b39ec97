package kehu.servicedesk;

import java.util.Map;

import kehu.survey.AnswerSheet;

/**
 * One call of a return visit (SVC-5): the outcome; when the customer was reached, ratings 1–5 per service
 * item (dictionary {@code service-item}) and overall, and the answers to the visit's questionnaire if it has
 * one. {@code categoryCode}: for a dissatisfied visit without a matter, the category of the complaint it opens.
 */
public record VisitForm(VisitOutcome outcome, Map<String, Integer> ratings, Integer overall, String note,
                        String categoryCode, AnswerSheet answers, Long version) {

    public VisitForm {
        ratings = ratings == null ? Map.of() : ratings;
    }
}
