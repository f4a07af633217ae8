package org.partnermatch.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.partnermatch.common.DistrictConventions;
import org.partnermatch.security.Caller;
import org.partnermatch.security.Roles;

/**
 * The web side of one request: who is signed in (through the same {@link Caller} the API's services use) and the
 * CSRF token. A form post is accepted only when its {@code csrf} field equals the caller's CSRF cookie and the cookie
 * is one this service signed ({@link CsrfTokens}); the cookie is SameSite=Strict and HttpOnly, so another site can
 * neither send nor read it.
 */
@RequestScoped
public class WebSession {

    private final Caller caller;
    private final RoutingContext routing;
    private final CsrfTokens csrfTokens;
    private String issuedCsrf;
    private WebLanguage language;

    public WebSession(Caller caller, RoutingContext routing, CsrfTokens csrfTokens) {
        this.caller = caller;
        this.routing = routing;
        this.csrfTokens = csrfTokens;
    }

    public Viewer viewer() {
        String role = caller.anonymous() ? null : caller.role();
        boolean signedIn = role != null && !"none".equals(role);
        String label = caller.account() && caller.memberships().email() != null ? caller.memberships().email()
                : label(role, language().messages());
        return new Viewer(signedIn, label, caller.account(), caller.district(), caller.principal(), caller.partner(),
                caller.schoolId().orElse(null), caller.organizationId().orElse(null), csrf(), rejected(),
                routing.request().getParam("resumed") != null);
    }

    /**
     * The language of this request's pages: the switcher's cookie, else the browser's {@code Accept-Language}, else
     * the district's language, else English ({@link WebLanguage#choose}).
     */
    public WebLanguage language() {
        if (language == null) {
            Cookie cookie = routing.request().getCookie(WebCookies.LANGUAGE);
            language = WebLanguage.choose(cookie == null ? null : cookie.getValue(),
                    routing.request().getHeader("Accept-Language"), DistrictConventions.locale());
        }
        return language;
    }

    public Caller caller() {
        return caller;
    }

    /** The CSRF token: the cookie's when this service signed it, or a new one that the response sets. */
    public String csrf() {
        Cookie cookie = routing.request().getCookie(WebCookies.CSRF);
        if (cookie != null && csrfTokens.valid(cookie.getValue())) {
            return cookie.getValue();
        }
        if (issuedCsrf == null) {
            issuedCsrf = csrfTokens.issue();
        }
        return issuedCsrf;
    }

    /**
     * The flags a redirect after a successful post carries ({@code /partnerships/…?sent}), present or not: pages read
     * them to say what just happened. Only bare names count (a flag has no value), so a link cannot inject text.
     */
    public java.util.Map<String, Boolean> done() {
        java.util.Map<String, Boolean> flags = new java.util.HashMap<>();
        routing.queryParams().forEach(entry -> {
            if (entry.getValue() == null || entry.getValue().isEmpty()) {
                flags.put(entry.getKey(), Boolean.TRUE);
            }
        });
        return flags;
    }

    /** The request's HTTP method. */
    public String method() {
        return routing.request().method().name();
    }

    /** A CSRF token this response must set, or null. */
    String issuedCsrf() {
        return issuedCsrf;
    }

    /** Refuses a form post whose csrf field does not equal the CSRF cookie, or whose cookie this service did not sign. */
    public void checkCsrf(String submitted) {
        Cookie cookie = routing.request().getCookie(WebCookies.CSRF);
        if (cookie == null || submitted == null || !csrfTokens.valid(cookie.getValue()) || !MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw new WebFormRejected();
        }
    }

    /** The session cookie was sent but is expired or not trusted. */
    public boolean rejected() {
        return Boolean.TRUE.equals(routing.get(WebCookieAuthentication.REJECTED));
    }

    /**
     * Where to come back to after signing in: this page for a GET; for a form post, the page the form was on (the
     * same-site Referer), since the post itself cannot be replayed. Always a local page path.
     */
    public String returnPath() {
        return SignInLinks.returnPath(routing.request());
    }

    /**
     * This page's path and query for the language switcher to come back to: any plain page path, the sign-in page
     * included (unlike {@link #returnPath}); for a form post, the page the form was on.
     */
    public String pagePath() {
        var request = routing.request();
        if (!"GET".equals(method())) {
            return returnPath();
        }
        return SignInLinks.localPage(request.query() == null ? request.path() : request.path() + "?" + request.query());
    }

    /** Cookies may be marked Secure when the browser reached us over HTTPS (directly or through a proxy). */
    public boolean secure() {
        String forwarded = routing.request().getHeader("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(routing.request().scheme()) || "https".equalsIgnoreCase(forwarded);
    }

    private static String label(String role, WebMessages msg) {
        if (role == null) {
            return null;
        }
        return switch (role) {
            case Roles.DISTRICT -> msg.layout_role_district();
            case Roles.PRINCIPAL -> msg.layout_role_principal();
            case Roles.PARTNER -> msg.layout_role_partner();
            case Roles.USER -> msg.layout_role_user();
            default -> role;
        };
    }

    /** A form post without the right CSRF token (a stale page, or a request forged by another site). */
    public static class WebFormRejected extends RuntimeException {
        WebFormRejected() {
            super("The form had expired or did not come from this site.", null, false, false);
        }
    }
}
