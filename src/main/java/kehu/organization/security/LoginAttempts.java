package kehu.organization.security;

import java.time.Clock;

import kehu.organization.OrganizationSettings;
import kehu.organization.internal.StaffMembers;
import kehu.shared.AuditableAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks accounts (ORG-3), and records every sign-in, failure and lockout
 * in the audit log.
 */
@Component
class LoginAttempts {

    private final StaffMembers staff;
    private final OrganizationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(StaffMembers staff, OrganizationSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        var name = event.getAuthentication().getName();
        staff.findByUsername(name).ifPresent(s -> s.recordSuccessfulLogin());
        audit("login.success", name, null);
    }

    @EventListener
    @Transactional
    public void on(AbstractAuthenticationFailureEvent event) {
        var name = String.valueOf(event.getAuthentication().getName());
        var now = clock.instant();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            var member = staff.findByUsername(name);
            if (member.isPresent()) {
                boolean locked = member.get().recordFailedLogin(now, settings.maxFailedLogins(), settings.failureWindow(),
                        settings.lockoutDuration());
                audit("login.failure", name, null);
                if (locked) {
                    audit("login.locked", name, "until " + member.get().getLockedUntil());
                }
                return;
            }
        }
        audit("login.failure", name, event.getException().getClass().getSimpleName());
    }

    private void audit(String action, String actor, String detail) {
        events.publishEvent(AuditableAction.of(action, actor, "account", actor, null, detail, clock.instant()));
    }
}
