package org.partnermatch.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.partnermatch.security.SessionPaths;

/**
 * The headers every page answers with: a Content-Security-Policy that allows only this site's own style sheet and
 * script (inline style attributes aside: the factor bars' widths), images from this site and the map's tile server, no framing by other sites, no MIME sniffing, a
 * referrer that stays on this site, HSTS behind HTTPS, and — since a page differs by who is signed in — no shared
 * caching ({@code Cache-Control: private, no-cache}, {@code Vary: Cookie}). Forms may post to this site, and their
 * redirects may go on to the sign-in provider (sign-in and sign-out).
 */
@ApplicationScoped
public class PageSecurityHeaders {

    private final String policy;

    public PageSecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> provider,
                               MapSettings maps) {
        String providerOrigin = provider.filter(url -> !url.isBlank()).map(PageSecurityHeaders::origin).orElse("");
        String tiles = maps.tileOrigin().map(origin -> " " + origin).orElse("");
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
                + "img-src 'self' data:" + tiles + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self'" + (providerOrigin.isEmpty() ? "" : " " + providerOrigin);
    }

    @ServerResponseFilter
    public void headers(ContainerResponseContext response, RoutingContext routing) {
        String path = routing.request().path();
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (path.startsWith("/api/") || path.startsWith("/web/") || !SessionPaths.isPage(path)) {
            return;
        }
        headers.putSingle("Content-Security-Policy", policy);
        headers.putSingle("X-Frame-Options", "DENY");
        if (!headers.containsKey("Referrer-Policy")) {
            headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        }
        if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "private, no-cache");
        }
        headers.add("Vary", "Cookie, Accept-Language");
        String forwarded = routing.request().getHeader("X-Forwarded-Proto");
        if ("https".equalsIgnoreCase(routing.request().scheme()) || "https".equalsIgnoreCase(forwarded)) {
            headers.putSingle("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private static String origin(String url) {
        URI uri = URI.create(url.trim());
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
