package kehu.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code kehu.security.*}).
 *
 * @param adminPassword       initial password of {@code admin}; generated and logged once when empty
 * @param maxFailedLogins     failures within {@code failureWindow} that lock an account
 * @param failureWindow       window in which failures are counted
 * @param lockoutDuration     how long a locked account stays locked
 * @param apiTokenValidity    how long a new API token is valid
 * @param adminMustChangePassword whether {@code admin} must replace the initial password at first sign-in
 *                            (default true; false when the password is provisioned by a secrets store)
 */
@ConfigurationProperties("kehu.security")
public record OrganizationSettings(String adminPassword,
                                   @DefaultValue("5") int maxFailedLogins,
                                   @DefaultValue("15m") Duration failureWindow,
                                   @DefaultValue("15m") Duration lockoutDuration,
                                   @DefaultValue("90d") Duration apiTokenValidity,
                                   @DefaultValue("true") boolean adminMustChangePassword) {
}
