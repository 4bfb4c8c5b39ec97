package kehu.organization.internal;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kehu.organization.DataScopeKind;
import kehu.shared.PlainText;

public record RoleForm(
        @NotBlank(message = "{validation.required}") @Size(max = 32, message = "{validation.maxLength}")
        @Pattern(regexp = "[A-Z0-9_]*", message = "{validation.roleCode}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.maxLength}") @PlainText String name,
        @Size(max = 500, message = "{validation.maxLength}") @PlainText String description,
        @NotNull(message = "{validation.required}") DataScopeKind dataScope,
        Set<String> permissions) {
}
