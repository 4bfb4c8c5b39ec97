package kehu.survey;

import java.util.List;

/** One item of a questionnaire version, as it was frozen: its id is what an answer refers to. */
public record QuestionItem(long id, int position, ItemKind kind, String text, boolean required, List<String> options) {

    public QuestionItem {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
