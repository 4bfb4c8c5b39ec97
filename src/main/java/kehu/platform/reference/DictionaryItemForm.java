package kehu.platform.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

/**
 * Add an item to a dictionary. {@link DictionaryManagement} also checks that the code is unique within
 * the dictionary and that the parent exists in the same dictionary.
 */
public record DictionaryItemForm(
        @NotBlank(message = "{validation.required}") @Size(max = DictionaryManagement.CODE_MAX, message = "{validation.maxLength}")
        @Pattern(regexp = DictionaryManagement.CODE_PATTERN, message = "{dictionary.code.format}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = DictionaryManagement.LABEL_MAX, message = "{validation.maxLength}")
        @PlainText String label,
        String parentCode,
        Integer sortOrder) {

    static DictionaryItemForm empty() {
        return new DictionaryItemForm("", "", null, null);
    }
}
