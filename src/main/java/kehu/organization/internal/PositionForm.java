package kehu.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

public record PositionForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.maxLength}") @PlainText String name,
        @Size(max = 2000, message = "{validation.maxLength}") String duties) {
}
