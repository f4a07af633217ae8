package org.partnermatch.security;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses, per request, whether quarkus-oidc handles it, and how:
 * <ul>
 * <li>no provider configured ({@code quarkus.oidc.auth-server-url} unset): never — demo and service-token-only
 *     deployments;</li>
 * <li>a bearer token from the district's service-token issuer ({@code mp.jwt.verify.issuer}): never — smallrye-jwt
 *     verifies it with the configured key, and its claims are the contract;</li>
 * <li>any other bearer token: the provider's access token, verified by the default tenant (hybrid: bearer when an
 *     Authorization header is present);</li>
 * <li>no Authorization header: the sign-in session (authorization code flow), on web page paths only
 *     ({@link SessionPaths}), so no spelling of an API path is ever authenticated by the session cookie.</li>
 * </ul>
 */
@ApplicationScoped
public class SignInTenants implements TenantConfigResolver {

    /** A tenant that authenticates nobody: the request is left to the other mechanisms (or stays anonymous). */
    static final OidcTenantConfig OFF = OidcTenantConfig.builder().tenantId("off").tenantEnabled(false).build();
    private static final Uni<OidcTenantConfig> OFF_NOW = Uni.createFrom().item(OFF);

    private final boolean providerConfigured;
    private final Optional<String> serviceTokenIssuer;

    public SignInTenants(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
                         @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> serviceTokenIssuer) {
        this.providerConfigured = authServerUrl.filter(url -> !url.isBlank()).isPresent();
        this.serviceTokenIssuer = serviceTokenIssuer.filter(issuer -> !issuer.isBlank());
    }

    /** Whether people sign in with an OpenID Connect provider here. */
    public boolean providerConfigured() {
        return providerConfigured;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        if (!providerConfigured) {
            return OFF_NOW; // the service-token-only and demo path: nothing to look at, nothing to allocate
        }
        return Uni.createFrom().item(choose(context.request().getHeader("Authorization"), context.request().path()));
    }

    /** The tenant for a request: {@link #OFF}, or null for the default (provider) tenant. */
    OidcTenantConfig choose(String authorization, String rawPath) {
        if (!providerConfigured) {
            return OFF;
        }
        if (authorization != null) {
            return isServiceToken(authorization) ? OFF : null;
        }
        return SessionPaths.isPage(rawPath) ? null : OFF;
    }

    /** A bearer JWT whose (not yet verified) issuer is the district's service-token issuer, or no bearer at all. */
    private boolean isServiceToken(String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return true;
        }
        if (serviceTokenIssuer.isEmpty()) {
            return false;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return serviceTokenIssuer.get().equals(claims.getValue("iss"));
        } catch (RuntimeException e) {
            return false; // not a JWT we can read: the provider's verification refuses it
        }
    }
}
