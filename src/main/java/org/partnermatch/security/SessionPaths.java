package org.partnermatch.security;

import java.util.regex.Pattern;

/**
 * Which requests a browser session (the sign-in cookie) may authenticate: web pages only, never the API or the
 * operations endpoints. Decided on the raw request path and failing closed: a path is a page only when it is written
 * plainly — lower-case segments of letters, digits, '.', '_' and '-', none empty, none a dot segment — and its first
 * segment is not {@code api} or {@code q}. Every other spelling ({@code /api;x=y/v1}, {@code //api}, {@code /%61pi},
 * {@code /API}, {@code /x/../api}) is not a page, so it is served as anonymous or with its bearer token only.
 */
public final class SessionPaths {

    private static final Pattern PLAIN = Pattern.compile("(/[a-z0-9][a-z0-9._-]*)+/?|/");

    private SessionPaths() {
    }

    /** Whether a session cookie may sign this request in; {@code rawPath} is the path as sent, not decoded. */
    public static boolean isPage(String rawPath) {
        if (rawPath == null || rawPath.startsWith("/api/") || rawPath.startsWith("/q/")) {
            return false; // the common case, answered without the pattern
        }
        if (!PLAIN.matcher(rawPath).matches()) {
            return false;
        }
        for (String segment : rawPath.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        String first = rawPath.length() > 1 ? rawPath.substring(1).split("/", 2)[0] : "";
        return !first.equals("api") && !first.equals("q");
    }
}
