package kehu.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

/** Create or edit a unit. The parent must exist (checked by {@link UnitManagement}). */
public record UnitForm(
        @NotBlank(message = "{validation.required}") @Size(max = 32, message = "{validation.maxLength}")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.maxLength}") @PlainText String name,
        Long parentId,
        @NotNull(message = "{validation.required}") Integer sortOrder) {

    public static UnitForm empty(Long parentId) {
        return new UnitForm("", "", parentId, 0);
    }
}
