package kehu.servicedesk.internal;

import java.util.List;
import java.util.Optional;

import kehu.organization.DataScopes;
import kehu.organization.Permissions;
import kehu.organization.SensitiveFieldSource;
import kehu.organization.SensitiveFields;
import kehu.organization.SensitiveKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A matter's callback number is sensitive (ORG-4): shown masked in lists and pages, revealed (and audited)
 * by anyone working in the service desk whose scope reaches the matter — the handler must be able to call back.
 */
@Component
class MatterSensitiveFields implements SensitiveFieldSource {

    static final String CALLBACK = "callbackNumber";

    private final Matters matters;
    private final DataScopes scopes;

    MatterSensitiveFields(Matters matters, DataScopes scopes) {
        this.matters = matters;
        this.scopes = scopes;
    }

    @Override
    public String type() {
        return "matter";
    }

    @Override
    public Optional<SensitiveKind> kindOf(String field) {
        return CALLBACK.equals(field) ? Optional.of(SensitiveKind.MOBILE) : Optional.empty();
    }

    /** Any of the service permissions: the one the signed-in person holds. */
    @Override
    public String permission(String field) {
        return List.of(Permissions.SERVICE_HANDLE, Permissions.SERVICE_DISPATCH, Permissions.SERVICE_INTAKE).stream()
                .filter(SensitiveFields::mayReveal).findFirst().orElse(Permissions.SERVICE_INTAKE);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> rawValue(long id, String field) {
        var actor = ServiceActor.current(scopes);
        return matters.findById(id).filter(actor::reaches).map(Matter::getCallbackNumber);
    }
}
