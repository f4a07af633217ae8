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

/**
 * Signs web pages in from the session cookie: the cookie holds the same bearer token the API takes, checked by the
 * same JWT validator (key, issuer, expiry). Only page paths read the cookie — {@code /api/} and {@code /q/} never
 * do, so the API stays bearer-only and a browser's cookie cannot be used to call it. A request that carries an
 * Authorization header is left to the standard bearer mechanism. An expired or foreign cookie signs nobody in
 * (the page then shows the caller as signed out, with a note) instead of failing the page.
 */
@ApplicationScoped
public class WebCookieAuthentication implements HttpAuthenticationMechanism {

    /** Routing-context flag: the session cookie was present but no longer valid. */
    static final String REJECTED = "partnermatch.web.session-rejected";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!WebCookies.isPagePath(context.normalizedPath())
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
