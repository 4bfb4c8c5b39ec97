package kehu.survey;

import java.util.List;

/**
 * The content of a questionnaire version: its name, a description and the items in order. Bad input is
 * reported per field: {@code name}, {@code description}, {@code items}, {@code items[i].kind},
 * {@code items[i].text}, {@code items[i].options} (i counting from 0).
 */
public record TemplateForm(String name, String description, List<ItemDraft> items) {

    public TemplateForm {
        items = items == null ? List.of() : items;
    }
}
