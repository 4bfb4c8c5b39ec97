package kehu.survey.internal;

import java.util.ArrayList;
import java.util.HashSet;

import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.survey.ItemDraft;
import kehu.survey.TemplateForm;

/**
 * What a questionnaire version must hold (SUR-1): a name (≤ 100), an optional description (≤ 500), 1 to
 * {@value #MAX_ITEMS} items, each with a kind and a question (≤ 300); choice items 2 to {@value #MAX_OPTIONS}
 * distinct options (≤ 100 each), other kinds none. Text is stripped; blank options lines are dropped.
 */
public final class TemplateCheck {

    public static final int MAX_ITEMS = 100;
    public static final int MAX_OPTIONS = 20;

    private TemplateCheck() {
    }

    /** The cleaned form, or a {@link DomainException} naming every wrong field. */
    public static TemplateForm checked(TemplateForm form) {
        var problems = new ArrayList<FieldViolation>();
        var name = strip(form.name());
        if (name == null) {
            problems.add(new FieldViolation("name", "validation.required"));
        } else if (name.length() > 100) {
            problems.add(new FieldViolation("name", "validation.tooLong", 100));
        } else if (!plain(name)) {
            problems.add(new FieldViolation("name", "validation.plainText"));
        }
        var description = strip(form.description());
        if (description != null && description.length() > 500) {
            problems.add(new FieldViolation("description", "validation.tooLong", 500));
        }
        var items = new ArrayList<ItemDraft>();
        if (form.items().isEmpty()) {
            problems.add(new FieldViolation("items", "survey.template.noItems"));
        } else if (form.items().size() > MAX_ITEMS) {
            problems.add(new FieldViolation("items", "survey.template.tooManyItems", MAX_ITEMS));
        }
        for (int i = 0; i < form.items().size() && i < MAX_ITEMS; i++) {
            var item = form.items().get(i);
            var field = "items[" + i + "].";
            if (item == null) {
                problems.add(new FieldViolation(field + "kind", "survey.item.kindRequired", i + 1));
                continue;
            }
            var text = strip(item.text());
            if (item.kind() == null) {
                problems.add(new FieldViolation(field + "kind", "survey.item.kindRequired", i + 1));
            }
            if (text == null) {
                problems.add(new FieldViolation(field + "text", "survey.item.textRequired", i + 1));
            } else if (text.length() > 300) {
                problems.add(new FieldViolation(field + "text", "survey.item.textTooLong", i + 1, 300));
            }
            var options = item.options().stream().map(TemplateCheck::strip).filter(o -> o != null).toList();
            if (item.kind() != null && item.kind().hasOptions()) {
                if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                    problems.add(new FieldViolation(field + "options", "survey.item.optionCount", i + 1, 2, MAX_OPTIONS));
                } else if (options.stream().anyMatch(o -> o.length() > 100)) {
                    problems.add(new FieldViolation(field + "options", "survey.item.optionTooLong", i + 1, 100));
                } else if (new HashSet<>(options).size() != options.size()) {
                    problems.add(new FieldViolation(field + "options", "survey.item.optionDuplicate", i + 1));
                }
            } else if (item.kind() != null && !options.isEmpty()) {
                problems.add(new FieldViolation(field + "options", "survey.item.noOptions", i + 1));
            }
            items.add(new ItemDraft(item.kind(), text, item.required(), options));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new TemplateForm(name, description, items);
    }

    static boolean plain(String s) {
        return s.chars().noneMatch(c -> c == '<' || c == '>' || Character.isISOControl(c));
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
