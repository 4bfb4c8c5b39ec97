package kehu.platform.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

/** Correct a region's name. */
public record RegionRenameForm(
        @NotBlank(message = "{validation.required}") @Size(max = RegionManagement.NAME_MAX, message = "{validation.maxLength}")
        @PlainText String name) {
}
