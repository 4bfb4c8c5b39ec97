package kehu.survey.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kehu.survey.QuestionItem;
import kehu.survey.Questionnaire;

/**
 * Which answers raise an issue the service desk should follow up: a scale score of {@value #LOW_SCALE} or less,
 * an NPS score of {@value #LOW_NPS} or less (a detractor), a text answer flagged by the person recording it.
 */
public final class FollowUpPolicy {

    public static final int LOW_SCALE = 2;
    public static final int LOW_NPS = 6;

    private FollowUpPolicy() {
    }

    /** The ids of the items whose answers raise an issue, in questionnaire order. */
    public static List<Long> issueItems(Questionnaire questionnaire, List<Answer> answers) {
        Map<Long, Answer> byItem = answers.stream().collect(Collectors.toMap(Answer::getItemId, Function.identity()));
        return questionnaire.items().stream().filter(item -> raises(item, byItem.get(item.id())))
                .map(QuestionItem::id).toList();
    }

    static boolean raises(QuestionItem item, Answer answer) {
        if (answer == null) {
            return false;
        }
        return switch (item.kind()) {
            case SCALE -> answer.getScore() != null && answer.getScore() <= LOW_SCALE;
            case NPS -> answer.getScore() != null && answer.getScore() <= LOW_NPS;
            case TEXT -> answer.isFlagged();
            default -> false;
        };
    }

}
