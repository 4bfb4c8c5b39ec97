package kehu.survey;

import java.util.List;

/**
 * An item as a person writes it (SUR-1). Options only for choice items, one entry per option.
 *
 * @param kind     required
 * @param text     the question, 1 to 300 characters
 * @param required whether every answer set must answer it
 */
public record ItemDraft(ItemKind kind, String text, boolean required, List<String> options) {

    public ItemDraft {
        options = options == null ? List.of() : options;
    }
}
