package kehu.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of a questionnaire template with its items in order.
 *
 * @param versionId   the id answers and campaigns refer to
 * @param templateId  the template (family of versions)
 * @param versionNo   1, 2, … within the template
 */
public record Questionnaire(long versionId, long templateId, int versionNo, VersionStatus status, String name,
                            String description, Instant publishedAt, List<QuestionItem> items) {

    public Questionnaire {
        items = List.copyOf(items);
    }

    public Optional<QuestionItem> item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst();
    }
}
