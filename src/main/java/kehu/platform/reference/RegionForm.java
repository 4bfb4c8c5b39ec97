package kehu.platform.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

/** Add a region under a province or city (no parent: a province). Checked by {@link RegionManagement}. */
public record RegionForm(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = RegionManagement.CODE_PATTERN, message = "{region.code.format}")
        String code,
        @NotBlank(message = "{validation.required}") @Size(max = RegionManagement.NAME_MAX, message = "{validation.maxLength}")
        @PlainText String name,
        String parentCode) {

    static RegionForm under(String parentCode) {
        return new RegionForm("", "", parentCode);
    }
}
