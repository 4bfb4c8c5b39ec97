package kehu.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import kehu.survey.AnswerSetView;
import kehu.survey.FollowUpRow;
import kehu.survey.QuestionItem;
import kehu.survey.Questionnaire;

/** Answer sets as the module hands them out. */
public final class AnswerViews {

    private AnswerViews() {
    }

    public static AnswerSetView view(AnswerSet set, Questionnaire questionnaire) {
        var answers = new LinkedHashMap<Long, List<String>>();
        var flagged = new LinkedHashSet<Long>();
        for (var a : set.getAnswers()) {
            var item = questionnaire.item(a.getItemId()).orElseThrow();
            answers.put(a.getItemId(), values(item, a));
            if (a.isFlagged()) {
                flagged.add(a.getItemId());
            }
        }
        return new AnswerSetView(set.getId(), set.getTemplateVersionId(), set.getCampaignId(), set.getCustomerId(),
                set.getOriginModule(), set.getOriginReference(), set.getAnsweredAt(), answers, flagged, set.issueItemIds());
    }

    public static List<FollowUpRow.Issue> issues(AnswerSet set, Questionnaire questionnaire) {
        var issues = new ArrayList<FollowUpRow.Issue>();
        for (var itemId : set.issueItemIds()) {
            var item = questionnaire.item(itemId).orElseThrow();
            var answer = set.getAnswers().stream().filter(a -> a.getItemId().equals(itemId)).findFirst().orElseThrow();
            issues.add(new FollowUpRow.Issue(itemId, item.position(), item.kind(), item.text(),
                    String.join("、", values(item, answer))));
        }
        return issues;
    }

    static List<String> values(QuestionItem item, Answer a) {
        return switch (item.kind()) {
            case SCALE, NPS -> List.of(String.valueOf(a.getScore()));
            case YES_NO -> List.of(a.getScore() == 1 ? "yes" : "no");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> a.choiceList();
            case TEXT -> List.of(a.getTextValue());
        };
    }

}
