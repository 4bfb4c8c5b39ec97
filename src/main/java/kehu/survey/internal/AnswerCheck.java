package kehu.survey.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.survey.AnswerSheet;
import kehu.survey.ItemKind;
import kehu.survey.QuestionItem;
import kehu.survey.Questionnaire;

/**
 * Checks an answer sheet against the items of a frozen questionnaire version and turns it into answers
 * (see {@link ItemKind} for what each kind accepts). Every problem is a field error
 * {@code answers[<itemId>]} whose message names the item's number; an unknown item is an error too.
 */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    public static List<Answer> answers(Questionnaire questionnaire, AnswerSheet sheet) {
        var problems = new ArrayList<FieldViolation>();
        var result = new ArrayList<Answer>();
        for (var itemId : sheet.answers().keySet()) {
            if (itemId == null || questionnaire.item(itemId).isEmpty()) {
                problems.add(new FieldViolation("answers[" + itemId + "]", "survey.answer.unknownItem", itemId));
            }
        }
        for (var itemId : sheet.flagged()) {
            var item = itemId == null ? null : questionnaire.item(itemId).orElse(null);
            if (item == null || item.kind() != ItemKind.TEXT) {
                problems.add(new FieldViolation("flagged", "survey.answer.flagOnlyText", item == null ? "?" : item.position()));
            }
        }
        for (var item : questionnaire.items()) {
            var values = values(sheet.answers().get(item.id()));
            var field = "answers[" + item.id() + "]";
            if (values.isEmpty()) {
                if (item.required()) {
                    problems.add(new FieldViolation(field, "survey.answer.required", item.position()));
                }
                continue;
            }
            var answer = answer(item, values, sheet.flagged().contains(item.id()), field, problems);
            if (answer != null) {
                result.add(answer);
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return result;
    }

    private static Answer answer(QuestionItem item, List<String> values, boolean flagged, String field,
                                 List<FieldViolation> problems) {
        int n = item.position();
        if (item.kind() != ItemKind.MULTIPLE_CHOICE && values.size() > 1) {
            problems.add(new FieldViolation(field, "survey.answer.oneValue", n));
            return null;
        }
        var value = values.get(0);
        switch (item.kind()) {
            case SCALE, NPS -> {
                if (!value.matches("\\d{1,2}") || Integer.parseInt(value) < item.kind().min()
                        || Integer.parseInt(value) > item.kind().max()) {
                    problems.add(new FieldViolation(field, "survey.answer.range", n, item.kind().min(), item.kind().max()));
                    return null;
                }
                return Answer.score(item.id(), Integer.parseInt(value));
            }
            case YES_NO -> {
                var v = value.toLowerCase(Locale.ROOT);
                if (v.equals("yes") || v.equals("true")) {
                    return Answer.score(item.id(), 1);
                }
                if (v.equals("no") || v.equals("false")) {
                    return Answer.score(item.id(), 0);
                }
                problems.add(new FieldViolation(field, "survey.answer.yesNo", n));
                return null;
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (!item.options().containsAll(values)) {
                    problems.add(new FieldViolation(field, "survey.answer.unknownOption", n));
                    return null;
                }
                if (new HashSet<>(values).size() != values.size()) {
                    problems.add(new FieldViolation(field, "survey.answer.duplicateOption", n));
                    return null;
                }
                // options in the questionnaire's order
                return Answer.choices(item.id(), item.options().stream().filter(values::contains).toList());
            }
            case TEXT -> {
                if (value.length() > ItemKind.MAX_TEXT) {
                    problems.add(new FieldViolation(field, "survey.answer.textTooLong", n, ItemKind.MAX_TEXT));
                    return null;
                }
                return Answer.text(item.id(), value, flagged);
            }
            default -> throw new IllegalStateException(item.kind().name());
        }
    }

    /** The non-blank values, stripped. */
    private static List<String> values(List<String> raw) {
        return raw == null ? List.of() : raw.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
