package org.partnermatch.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.partnermatch.security.SessionPaths;

/** Links into signing in with the provider, and the "come back to" paths they carry (never off this site). */
final class SignInLinks {

    private SignInLinks() {
    }

    /** A local page path to return to after signing in, or "/" when {@code next} is anything else. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        int query = next.indexOf('?');
        String path = query < 0 ? next : next.substring(0, query);
        if (!SessionPaths.isPage(path) || path.startsWith("/sign-in") || path.startsWith("/sign-out")) {
            return "/";
        }
        return next;
    }

    /** A local page path (with its query), or "/" when {@code next} is anything else: where the language switcher returns. */
    static String localPage(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        int query = next.indexOf('?');
        return SessionPaths.isPage(query < 0 ? next : next.substring(0, query)) ? next : "/";
    }

    /**
     * Where to come back to after signing in: the requested page for a GET; for a form post, the page the form was on
     * (the same-site Referer), since the post itself cannot be replayed. Always a local page path.
     */
    static String returnPath(HttpServerRequest request) {
        String path = request.path();
        String query = request.query();
        if (HttpMethod.GET.equals(request.method())) {
            return safeNext(query == null ? path : path + "?" + query);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String host = request.authority() == null ? null : request.authority().host();
                if (uri.getHost() != null && uri.getHost().equalsIgnoreCase(host)) {
                    return safeNext(uri.getRawQuery() == null ? uri.getRawPath()
                            : uri.getRawPath() + "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not a URL: go home
            }
        }
        return "/";
    }

    /** Sign in with the provider, then come back to {@code next}; {@code resumed} notes that a session had ended. */
    static String provider(String next, boolean resumed) {
        return "/sign-in/provider?next=" + URLEncoder.encode(safeNext(next), StandardCharsets.UTF_8)
                + (resumed ? "&resumed=1" : "");
    }

    /** {@code next} with the "signed in again" note switched on. */
    static String resumed(String next) {
        String safe = safeNext(next);
        return safe + (safe.contains("?") ? "&" : "?") + "resumed=1";
    }
}
