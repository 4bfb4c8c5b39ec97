package kehu.organization.internal;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kehu.shared.PlainText;

/** Create or edit a member of staff. Unit, position and superior must exist (checked by {@link StaffManagement}). */
public record StaffForm(
        @NotBlank(message = "{validation.required}") @Size(min = 3, max = 32, message = "{validation.length}")
        @Pattern(regexp = "[a-z0-9_.-]*", message = "{validation.username}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.maxLength}") @PlainText String fullName,
        @NotNull(message = "{validation.required}") Long unitId,
        Long positionId,
        Long superiorId,
        @Pattern(regexp = "(1[3-9]\\d{9})?", message = "{validation.mobile}") String mobile,
        @Size(max = 120, message = "{validation.maxLength}") @Email(message = "{validation.email}") String email,
        Set<String> areaCodes) {

    public static StaffForm empty(Long unitId) {
        return new StaffForm("", "", unitId, null, null, "", "", Set.of());
    }
}
