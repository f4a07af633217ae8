package org.partnermatch.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bounds what a verified token may claim about time, for service tokens and the provider's tokens alike: it must say
 * when it was issued, not later than now (beyond the clock skew), and live no longer than
 * {@code partnermatch.tokens.max-lifetime} — a token that stays valid for a century is a leaked key's gift. A token
 * that fails is refused as unauthenticated (401), before any endpoint runs.
 */
@ApplicationScoped
public class TokenLifetimeCheck implements SecurityIdentityAugmentor {

    private final long maxLifetimeSeconds;
    private final long skewSeconds;

    public TokenLifetimeCheck(
            @ConfigProperty(name = "partnermatch.tokens.max-lifetime", defaultValue = "PT24H") Duration maxLifetime,
            @ConfigProperty(name = "partnermatch.tokens.clock-skew", defaultValue = "PT60S") Duration skew) {
        this.maxLifetimeSeconds = maxLifetime.toSeconds();
        this.skewSeconds = skew.toSeconds();
    }

    @Override
    public int priority() {
        return 100; // before the memberships are looked up
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            String problem = problem(jwt.getIssuedAtTime(), jwt.getExpirationTime(), System.currentTimeMillis() / 1000);
            if (problem != null) {
                return Uni.createFrom().failure(new AuthenticationFailedException(problem));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** Why a token with these times (epoch seconds, 0 when absent) is refused at {@code now}, or null. */
    String problem(long issuedAt, long expiresAt, long now) {
        if (issuedAt <= 0) {
            return "The token does not say when it was issued (iat).";
        }
        if (issuedAt > now + skewSeconds) {
            return "The token says it was issued in the future.";
        }
        if (expiresAt - issuedAt > maxLifetimeSeconds) {
            return "The token lives longer than this service accepts.";
        }
        return null;
    }
}
