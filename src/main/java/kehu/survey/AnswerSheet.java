package kehu.survey;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers to one questionnaire version, by item id. Each value list holds one value, except for a multiple
 * choice (one per chosen option): a scale or NPS score as digits, {@code yes} / {@code no}, an option's text,
 * free text. Unanswered items may be left out. {@code flagged}: ids of text items whose answer the person
 * recording marks as raising an issue.
 */
public record AnswerSheet(Map<Long, List<String>> answers, Set<Long> flagged) {

    public AnswerSheet {
        answers = answers == null ? Map.of() : answers;
        flagged = flagged == null ? Set.of() : flagged;
    }
}
