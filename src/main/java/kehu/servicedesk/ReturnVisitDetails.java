package kehu.servicedesk;

import java.time.Instant;
import java.util.List;

import kehu.survey.AnswerSetView;
import kehu.survey.Questionnaire;

/**
 * A return visit's page (SVC-5): the task, every call made, the ratings heard, the questionnaire to follow
 * (while due) or the answers recorded, and what it led to (the matter closed or reopened, a complaint opened).
 */
public record ReturnVisitDetails(ReturnVisitRow visit, long version, String note, String doneBy, String ruleName,
                                 Long sampledVisitId, Long complaintMatterId, String complaintMatterNumber,
                                 List<Attempt> attemptLog, List<Rating> ratings, Questionnaire questionnaire,
                                 AnswerSetView answers, boolean actionable) {

    public record Attempt(Instant at, String by, VisitOutcome outcome, String note) {
    }

    public record Rating(String itemCode, String itemLabel, int score) {
    }
}
