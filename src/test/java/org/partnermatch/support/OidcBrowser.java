package org.partnermatch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for OIDC authorization-code flows without a real browser: java.net.http with its own cookie jar,
 * redirects followed by hand, and Keycloak's login form filled in and submitted.
 *
 * <p>Typical use against the service (whose web pages redirect to Keycloak when nobody is logged in):
 * <pre>{@code
 * OidcBrowser browser = new OidcBrowser();
 * OidcBrowser.Response page = browser.login(appUrl + "/web/schools", "principal@example.org", "principal-pass");
 * // page is the app's page after the round trip through Keycloak; later requests carry the session cookie
 * OidcBrowser.Response saved = browser.postForm(appUrl + "/web/needs", Map.of("title", "Tutoring"));
 * }</pre>
 *
 * <p>The jar acts as a browser does, with two deliberate differences: cookies are sent over plain http even when marked
 * {@code Secure} (Keycloak 26 marks its login cookies so), and {@code SameSite} is ignored. Cookies are keyed by host,
 * path and name; per RFC 6265 they ignore ports, so the app and Keycloak on 127.0.0.1 share one host's cookies, as they
 * would in a browser. {@code localhost} and {@code 127.0.0.1} are different hosts.
 *
 * <p>Not thread-safe: one browser per test (or per simulated user).
 */
public final class OidcBrowser {

    private static final int MAX_REDIRECTS = 20;
    private static final Pattern LOGIN_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"kc-form-login\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(type|name|value)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** Cookies by host, then by path and name (a later Set-Cookie for the same triple replaces the earlier one). */
    private final Map<String, Map<String, HttpCookie>> jar = new LinkedHashMap<>();
    private final List<String> stopPrefixes = new ArrayList<>();

    /** One HTTP response as the browser saw it. {@code uri} is the URL that answered (after any redirects followed). */
    public record Response(int status, URI uri, String body, HttpHeaders headers) {

        /** The first value of a header, if present. */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The absolute redirect target of a 3xx response, if any. */
        public Optional<URI> location() {
            return header("Location").map(uri::resolve);
        }

        public boolean isRedirect() {
            return status >= 300 && status < 400 && headers.firstValue("Location").isPresent();
        }

        /** Whether this is Keycloak's username/password page (a new login, or a failed one shown again). */
        public boolean isLoginPage() {
            return status == 200 && LOGIN_FORM.matcher(body).find();
        }
    }

    /**
     * Redirects to a URL starting with {@code prefix} are not followed: the 3xx response is returned instead. Useful to
     * catch the authorization code at a redirect URI nothing listens on.
     */
    public OidcBrowser stopRedirectsAt(String prefix) {
        stopPrefixes.add(prefix);
        return this;
    }

    /** GET, following redirects; returns the final response (or the redirect to a {@link #stopRedirectsAt} prefix). */
    public Response get(String url) {
        return exchange("GET", URI.create(url), null);
    }

    /** POST an {@code application/x-www-form-urlencoded} form with the jar's cookies, following redirects. */
    public Response postForm(String url, Map<String, String> form) {
        return exchange("POST", URI.create(url), KeycloakServer.formEncode(form));
    }

    /** POST a form whose fields may repeat (checkboxes), already encoded, with the jar's cookies. */
    public Response postEncoded(String url, String encodedForm) {
        return exchange("POST", URI.create(url), encodedForm);
    }

    /**
     * GET a URL and, if it leads to Keycloak's login page, log in there as the user and follow the redirects back.
     * When Keycloak already has a session for this browser no login page appears and the page is returned as is.
     * A refused login returns the login page again (see {@link Response#isLoginPage()}).
     */
    public Response login(String url, String username, String password) {
        Response page = get(url);
        return page.isLoginPage() ? submitLogin(page, username, password) : page;
    }

    /** Fill in and submit Keycloak's login form on {@code loginPage}, following the redirects that come back. */
    public Response submitLogin(Response loginPage, String username, String password) {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new IllegalStateException("Not a Keycloak login page: " + loginPage.status() + " " + loginPage.uri()
                    + "\n" + loginPage.body());
        }
        Matcher action = ACTION.matcher(form.group(0).substring(0, form.group(0).indexOf('>') + 1));
        if (!action.find()) {
            throw new IllegalStateException("Keycloak's login form has no action: " + form.group(0));
        }
        Map<String, String> fields = new LinkedHashMap<>(hiddenInputs(form.group(1)));
        fields.put("username", username);
        fields.put("password", password);
        URI target = loginPage.uri().resolve(unescapeHtml(action.group(1)));
        return exchange("POST", target, KeycloakServer.formEncode(fields));
    }

    // --- cookie jar ---

    /** The value of the named cookie for any host, if the jar holds one. */
    public Optional<String> cookie(String name) {
        return jar.values().stream().flatMap(cookies -> cookies.values().stream())
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Every cookie the jar holds (copies; changing them changes nothing). */
    public List<HttpCookie> cookies() {
        return jar.values().stream().flatMap(cookies -> cookies.values().stream())
                .map(c -> (HttpCookie) c.clone()).collect(Collectors.toList());
    }

    /** Sets (or replaces) a cookie for {@code host} with path {@code /}, as if the host had sent it. */
    public void setCookie(String host, String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        store(host.toLowerCase(Locale.ROOT), cookie);
    }

    /** Removes the named cookie for every host and path; whether there was one. */
    public boolean removeCookie(String name) {
        boolean removed = false;
        for (Map<String, HttpCookie> cookies : jar.values()) {
            removed |= cookies.values().removeIf(c -> c.getName().equals(name));
        }
        return removed;
    }

    public void clearCookies() {
        jar.clear();
    }

    // --- internals ---

    /** Sends the request and follows redirects as a browser does (303, 301 and 302 turn into GET; 307, 308 repeat). */
    private Response exchange(String method, URI uri, String formBody) {
        Response response = send(method, uri, formBody);
        for (int i = 0; i < MAX_REDIRECTS && response.isRedirect(); i++) {
            URI next = response.location().orElseThrow();
            if (stopPrefixes.stream().anyMatch(next.toString()::startsWith)) {
                return response;
            }
            if (response.status() != 307 && response.status() != 308) {
                method = "GET";
                formBody = null;
            }
            response = send(method, next, formBody);
        }
        return response;
    }

    private Response send(String method, URI uri, String formBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        String cookieHeader = cookieHeader(uri);
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        if (formBody != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(formBody));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            receive(uri, setCookie);
        }
        return new Response(response.statusCode(), uri, response.body(), response.headers());
    }

    private String cookieHeader(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        List<HttpCookie> matching = new ArrayList<>();
        jar.forEach((cookieHost, cookies) -> {
            cookies.values().removeIf(HttpCookie::hasExpired);
            if (domainMatches(host, cookieHost)) {
                cookies.values().stream().filter(c -> pathMatches(path, c.getPath())).forEach(matching::add);
            }
        });
        // RFC 6265 5.4: longer paths first
        matching.sort((a, b) -> b.getPath().length() - a.getPath().length());
        return matching.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private void receive(URI uri, String setCookie) {
        List<HttpCookie> parsed;
        try {
            parsed = HttpCookie.parse("Set-Cookie: " + setCookie);
        } catch (IllegalArgumentException malformed) {
            return; // a browser ignores it too
        }
        for (HttpCookie cookie : parsed) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (cookie.getDomain() != null) {
                String domain = cookie.getDomain().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
                if (!domainMatches(host, domain)) {
                    continue;
                }
                host = domain;
            }
            if (cookie.getPath() == null || !cookie.getPath().startsWith("/")) {
                cookie.setPath(defaultPath(uri));
            }
            if (cookie.hasExpired() || cookie.getMaxAge() == 0) {
                Map<String, HttpCookie> cookies = jar.get(host);
                if (cookies != null) {
                    cookies.remove(key(cookie));
                }
            } else {
                store(host, cookie);
            }
        }
    }

    private void store(String host, HttpCookie cookie) {
        jar.computeIfAbsent(host, h -> new LinkedHashMap<>()).put(key(cookie), cookie);
    }

    private static String key(HttpCookie cookie) {
        return cookie.getPath() + ";" + cookie.getName();
    }

    private static boolean domainMatches(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    /** RFC 6265 5.1.4 */
    private static boolean pathMatches(String requestPath, String cookiePath) {
        return requestPath.equals(cookiePath)
                || requestPath.startsWith(cookiePath) && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    /** RFC 6265 5.1.4: the request path up to, not including, its last slash. */
    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static Map<String, String> hiddenInputs(String formBody) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(formBody);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), unescapeHtml(attribute.group(2)));
            }
            if ("hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        return fields;
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    /** The character references Keycloak's templates produce in attribute values. */
    static String unescapeHtml(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement;
            if (entity.startsWith("#x")) {
                replacement = new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            } else if (entity.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            } else {
                replacement = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    default -> "'";
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
