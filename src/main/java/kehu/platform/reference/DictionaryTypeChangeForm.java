package kehu.platform.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

/** Change a dictionary type's name, description and whether it is a tree. */
public record DictionaryTypeChangeForm(
        @NotBlank(message = "{validation.required}") @Size(max = DictionaryManagement.NAME_MAX, message = "{validation.maxLength}")
        @PlainText String name,
        @Size(max = DictionaryManagement.DESCRIPTION_MAX, message = "{validation.maxLength}") @PlainText String description,
        Boolean hierarchical) {

    /** Whether items may have a parent item; absent means no. */
    public boolean tree() {
        return Boolean.TRUE.equals(hierarchical);
    }

    static DictionaryTypeChangeForm of(DictionaryTree.TypeInfo type) {
        return new DictionaryTypeChangeForm(type.name(), type.description(), type.hierarchical());
    }
}
