package kehu.organization.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import kehu.organization.OrganizationSettings;
import kehu.organization.internal.ApiToken;
import kehu.organization.internal.ApiTokens;
import kehu.shared.AuditableAction;
import kehu.shared.DomainException;
import kehu.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (ORG-3): {@code kehu_} followed by 43 random URL-safe characters. Only the
 * SHA-256 of a token is stored.
 */
@Service
@Transactional
public class ApiTokenService {

    public static final String PREFIX = "kehu_";
    /** How exactly the last use of a token is kept: one write per token and minute at most, not one per request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final OrganizationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenService(ApiTokens tokens, OrganizationSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public record IssuedToken(long id, String token, Instant expiresAt) {
    }

    public IssuedToken issue(long staffId, String username, String name) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var label = name == null || name.isBlank() ? "API" : name.strip();
        if (label.length() > 100) {
            throw DomainException.invalid("name", "validation.tooLong", 100);
        }
        var expires = clock.instant().plus(settings.apiTokenValidity());
        var saved = tokens.save(new ApiToken(staffId, label, hash(token), token.substring(0, 12), expires));
        events.publishEvent(AuditableAction.of("token.issue", username, "api-token", saved.getId(), null, label,
                clock.instant()));
        return new IssuedToken(saved.getId(), token, expires);
    }

    /**
     * The staff id a usable token belongs to, recording its last use (to the minute: the row is written at
     * most once a minute, without taking its version, so parallel requests with one token never conflict).
     */
    public Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        var notBefore = now.minus(LAST_USE_PRECISION);
        return tokens.findByTokenHash(hash(token)).filter(t -> t.isUsable(now)).map(t -> {
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(notBefore)) {
                tokens.recordUse(t.getId(), now, notBefore);
            }
            return t.getStaffId();
        });
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(long staffId) {
        return tokens.findByStaffIdOrderByIdDesc(staffId);
    }

    public void revoke(long staffId, String username, long tokenId) {
        var token = tokens.findById(tokenId).filter(t -> t.getStaffId() == staffId)
                .orElseThrow(() -> new NotFoundException("api-token", tokenId));
        token.revoke(clock.instant());
        events.publishEvent(AuditableAction.of("token.revoke", username, "api-token", tokenId, null, null,
                clock.instant()));
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
