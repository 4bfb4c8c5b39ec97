package kehu.platform.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

/** Create a dictionary type. The code is unique and never changes (checked by {@link DictionaryManagement}). */
public record DictionaryTypeForm(
        @NotBlank(message = "{validation.required}") @Size(max = DictionaryManagement.CODE_MAX, message = "{validation.maxLength}")
        @Pattern(regexp = DictionaryManagement.CODE_PATTERN, message = "{dictionary.code.format}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = DictionaryManagement.NAME_MAX, message = "{validation.maxLength}")
        @PlainText String name,
        @Size(max = DictionaryManagement.DESCRIPTION_MAX, message = "{validation.maxLength}") @PlainText String description,
        Boolean hierarchical) {

    /** Whether items may have a parent item; absent means no. */
    public boolean tree() {
        return Boolean.TRUE.equals(hierarchical);
    }

    static DictionaryTypeForm empty() {
        return new DictionaryTypeForm("", "", "", false);
    }
}
