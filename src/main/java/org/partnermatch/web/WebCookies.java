package org.partnermatch.web;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import org.partnermatch.security.SessionPaths;

/** The cookies of the web pages: the session (the caller's bearer token), the CSRF token and the chosen language. */
final class WebCookies {

    /** The caller's bearer token; HttpOnly so no script reads it, SameSite=Strict so no other site sends it. */
    static final String SESSION = "pm_session";
    /** A random value that every form echoes back (double submit); SameSite=Strict as well. */
    static final String CSRF = "pm_csrf";
    /** The language chosen with the switcher (a tag of {@link WebLanguage}); no secret, kept a year. */
    static final String LANGUAGE = "pm_lang";

    private WebCookies() {
    }

    /** Page paths, on the raw request path: never the API or the operations endpoints (see {@link SessionPaths}). */
    static boolean isPagePath(String rawPath) {
        return SessionPaths.isPage(rawPath);
    }

    static NewCookie session(String token, Duration maxAge, boolean secure) {
        return build(SESSION, token, (int) Math.max(0, Math.min(Integer.MAX_VALUE, maxAge.toSeconds())), secure);
    }

    static NewCookie clearSession(boolean secure) {
        return build(SESSION, "", 0, secure);
    }

    static NewCookie csrf(String value, boolean secure) {
        return build(CSRF, value, -1, secure);
    }

    static NewCookie language(WebLanguage language, boolean secure) {
        return new NewCookie.Builder(LANGUAGE).value(language.tag()).path("/").maxAge(365 * 24 * 3600).httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }

    private static NewCookie build(String name, String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
