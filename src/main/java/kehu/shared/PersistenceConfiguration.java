package kehu.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fills the audit columns of {@link AuditedEntity} from the signed-in user and the application clock. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingClock")
public class PersistenceConfiguration {

    /** The name recorded for work done by jobs and start-up code. */
    public static final String SYSTEM = "system";

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> Optional.of(currentActor());
    }

    @Bean
    DateTimeProvider auditingClock(Clock clock) {
        return () -> Optional.of(Instant.now(clock));
    }

    /** User name of the signed-in person, or {@value #SYSTEM} outside a request. */
    public static String currentActor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
