package kehu.survey.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kehu.survey.ItemDraft;
import kehu.survey.ItemKind;
import kehu.survey.Questionnaire;
import kehu.survey.TemplateForm;

/**
 * The questionnaire editor's form: rows of items that the page adds, removes and moves with submit
 * buttons ({@code op}), so the editor works without scripts. Options are typed one per line.
 */
public class TemplatePageForm {

    private String name;
    private String description;
    private List<ItemRow> items = new ArrayList<>();

    public static class ItemRow {
        private ItemKind kind = ItemKind.SCALE;
        private String text;
        private boolean required = true;
        private String options;

        public ItemKind getKind() {
            return kind;
        }

        public void setKind(ItemKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }
    }

    static TemplatePageForm blank() {
        var form = new TemplatePageForm();
        form.items.add(new ItemRow());
        return form;
    }

    static TemplatePageForm of(Questionnaire q) {
        var form = new TemplatePageForm();
        form.name = q.name();
        form.description = q.description();
        for (var item : q.items()) {
            var row = new ItemRow();
            row.kind = item.kind();
            row.text = item.text();
            row.required = item.required();
            row.options = item.options().isEmpty() ? null : String.join("\n", item.options());
            form.items.add(row);
        }
        return form;
    }

    TemplateForm toForm() {
        var drafts = items.stream().map(r -> new ItemDraft(r.kind, r.text, r.required,
                r.options == null ? List.of() : Arrays.asList(r.options.split("\\R")))).toList();
        return new TemplateForm(name, description, drafts);
    }

    /** Applies an editor operation: {@code add}, {@code remove:i}, {@code up:i}, {@code down:i}. */
    void apply(String op) {
        if ("add".equals(op)) {
            items.add(new ItemRow());
            return;
        }
        var parts = op.split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return;
        }
        int i = Integer.parseInt(parts[1]);
        if (i >= items.size()) {
            return;
        }
        switch (parts[0]) {
            case "remove" -> items.remove(i);
            case "up" -> {
                if (i > 0) {
                    items.add(i - 1, items.remove(i));
                }
            }
            case "down" -> {
                if (i + 1 < items.size()) {
                    items.add(i + 1, items.remove(i));
                }
            }
            default -> {
            }
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public void setItems(List<ItemRow> items) {
        this.items = items;
    }
}
