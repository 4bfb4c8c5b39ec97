package kehu.platform.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

/** Change an item's label, parent or position; its code never changes. */
public record DictionaryItemChangeForm(
        @NotBlank(message = "{validation.required}") @Size(max = DictionaryManagement.LABEL_MAX, message = "{validation.maxLength}")
        @PlainText String label,
        String parentCode,
        Integer sortOrder) {

    static DictionaryItemChangeForm of(DictionaryTree.Node node) {
        return new DictionaryItemChangeForm(node.label(), node.parentCode(), node.sortOrder());
    }
}
