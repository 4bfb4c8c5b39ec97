package kehu.organization;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kehu.shared.AuditableAction;
import kehu.shared.NotFoundException;
import kehu.shared.PersistenceConfiguration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Masking and audited unmasking of sensitive fields (ORG-4). */
@Service
public class SensitiveFields {

    private final Map<String, SensitiveFieldSource> sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SensitiveFields(List<SensitiveFieldSource> sources, ApplicationEventPublisher events, Clock clock) {
        this.sources = sources.stream().collect(Collectors.toMap(SensitiveFieldSource::type, Function.identity()));
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in person holds the permission to reveal a value of this kind of field. */
    public static boolean mayReveal(String permission) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(permission));
    }

    /**
     * The unmasked value of one field of one record, for a person holding the field's permission
     * whose data scope reaches the record. Recorded in the audit log.
     *
     * @throws AccessDeniedException without the permission
     * @throws NotFoundException     for an unknown type, field or record, or one outside the scope
     */
    @Transactional
    public String reveal(String type, long id, String field) {
        var source = sources.get(type);
        if (source == null || source.kindOf(field).isEmpty()) {
            throw new NotFoundException(type + "." + field, id);
        }
        if (!mayReveal(source.permission(field))) {
            throw new AccessDeniedException("reveal " + type + "." + field);
        }
        var value = source.rawValue(id, field).orElseThrow(() -> new NotFoundException(type, id));
        events.publishEvent(AuditableAction.of("sensitive.reveal", PersistenceConfiguration.currentActor(), type, id,
                null, field, clock.instant()));
        return value;
    }
}
