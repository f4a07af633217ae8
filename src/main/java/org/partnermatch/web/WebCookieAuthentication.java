package org.partnermatch.web;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token sessions, for demo mode (and the test suite): the {@code pm_session} cookie holds a service token (a demo
 * role's), checked by the same JWT validator as the API's bearer tokens (key, issuer, expiry). People of a real
 * district sign in through the provider instead (quarkus-oidc's session); outside demo mode this mechanism is off
 * ({@code partnermatch.web.token-sessions}). Only page paths read the cookie, judged on the raw path
 * ({@link org.partnermatch.security.SessionPaths}), so no spelling of an API path is authenticated by it. A request
 * that carries an Authorization header is left to the bearer mechanisms. An expired or foreign cookie signs nobody
 * in (the page then shows the caller as signed out, with a note) instead of failing the page.
 */
@ApplicationScoped
public class WebCookieAuthentication implements HttpAuthenticationMechanism {

    /** Routing-context flag: the session cookie was present but no longer valid. */
    static final String REJECTED = "partnermatch.web.session-rejected";

    private final boolean enabled;

    public WebCookieAuthentication(
            @ConfigProperty(name = "partnermatch.web.token-sessions", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!enabled || !WebCookies.isPagePath(context.request().path())
                || context.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(WebCookies.SESSION);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new JsonWebTokenCredential(cookie.getValue()));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request)
                .onFailure().recoverWithItem(failure -> {
                    context.put(REJECTED, Boolean.TRUE);
                    return null;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // Pages answer a missing sign-in themselves (a link to the sign-in page), not with a bearer challenge.
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        // After the bearer mechanism (default priority 1000).
        return DEFAULT_PRIORITY - 100;
    }
}
