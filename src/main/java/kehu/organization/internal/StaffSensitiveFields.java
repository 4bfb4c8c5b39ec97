package kehu.organization.internal;

import java.util.Optional;

import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFieldSource;
import kehu.organization.SensitiveKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A staff member's mobile number is sensitive: shown masked unless revealed by someone allowed. */
@Component
class StaffSensitiveFields implements SensitiveFieldSource {

    private final StaffMembers staff;
    private final DataScopes scopes;

    StaffSensitiveFields(StaffMembers staff, DataScopes scopes) {
        this.staff = staff;
        this.scopes = scopes;
    }

    @Override
    public String type() {
        return "staff";
    }

    @Override
    public Optional<SensitiveKind> kindOf(String field) {
        return "mobile".equals(field) ? Optional.of(SensitiveKind.MOBILE) : Optional.empty();
    }

    @Override
    public String permission(String field) {
        return Permissions.STAFF_SENSITIVE_VIEW;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> rawValue(long id, String field) {
        var scope = scopes.forCurrentUser(Permissions.STAFF_VIEW);
        return staff.findById(id).filter(s -> scope.allows(s.getUnitId(), s.getId())).map(Staff::getMobile);
    }
}
