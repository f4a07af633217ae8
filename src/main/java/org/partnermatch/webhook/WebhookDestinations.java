package org.partnermatch.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a webhook may be delivered: the one place for its rules. When a URL is saved, {@link #refusal} checks what can
 * be checked without DNS (scheme, credentials, host allow-list, port, an IP-literal host's address). At every delivery
 * {@link #resolve} checks all that again, resolves the host once and refuses it when any of its addresses is not
 * public (unless allowed); the dispatcher then connects to the address that was checked, so a DNS answer that changes
 * between the check and the connection (rebinding) cannot redirect the delivery.
 */
@ApplicationScoped
public class WebhookDestinations {

    /** A checked destination: connect to {@code address}, speak to {@code host} (Host header, TLS name). */
    public record Destination(boolean https, String host, int port, String pathAndQuery, InetAddress address) {
    }

    /**
     * A delivery that must not be attempted now, and why (recorded with the delivery). {@code retryable}: the host
     * could not be resolved, which may pass; every other refusal is final.
     */
    public static final class Refused extends Exception {
        private final boolean retryable;

        Refused(String reason) {
            this(reason, false);
        }

        Refused(String reason, boolean retryable) {
            super(reason, null, false, false);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private record Parsed(boolean https, String host, int port, String pathAndQuery) {
    }

    private final WebhookSettings settings;
    private final HostResolver resolver;

    public WebhookDestinations(WebhookSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /** Why the URL may not be saved (phrased to follow "url "), or null when it may. */
    public String refusal(String url) {
        try {
            parse(url);
            return null;
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    /** Checks the URL and its host's current addresses; the destination to connect to. */
    public Destination resolve(String url) throws Refused {
        Parsed parsed = parse(url);
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(parsed.host());
        } catch (UnknownHostException e) {
            throw new Refused("host " + parsed.host() + " could not be resolved", true);
        }
        if (addresses.isEmpty()) {
            throw new Refused("host " + parsed.host() + " could not be resolved", true);
        }
        // Every address must pass: otherwise a name with one public and one internal address would reach the
        // internal one whenever the resolver happens to order it first.
        for (InetAddress address : addresses) {
            checkAddress(parsed.host(), address);
        }
        return new Destination(parsed.https(), parsed.host(), parsed.port(), parsed.pathAndQuery(), addresses.get(0));
    }

    private Parsed parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new Refused(settings.allowHttp() ? "must be an http(s) URL" : "must be an https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!https && !scheme.equals("http") || uri.getHost() == null) {
            throw new Refused(settings.allowHttp() ? "must be an http(s) URL" : "must be an https URL");
        }
        if (!https && !settings.allowHttp()) {
            throw new Refused("must use https (plain http is not allowed)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry user credentials");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (!onAllowList(host)) {
            throw new Refused("host " + host + " is not on the webhook allow-list");
        }
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        if (settings.allowedPorts().stream().noneMatch(range -> range.contains(port))) {
            throw new Refused("port " + port + " is not allowed for webhooks (allowed: "
                    + String.join(", ", settings.allowedPorts().stream().map(PortRange::toString).toList()) + ")");
        }
        InetAddress literal = AddressRange.literal(host);
        if (literal != null) {
            checkAddress(host, literal);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new Parsed(https, host, port, uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    private boolean onAllowList(String host) {
        Set<String> allowed = settings.allowedHosts().orElse(Set.of());
        for (String candidate : allowed) {
            if (candidate.trim().equalsIgnoreCase(host)) {
                return true;
            }
        }
        return false;
    }

    private void checkAddress(String host, InetAddress address) throws Refused {
        String kind = SpecialAddresses.kind(address);
        if (kind == null || settings.allowedAddresses().orElse(List.of()).stream()
                .anyMatch(range -> range.contains(address))) {
            return;
        }
        String shown = address.getHostAddress();
        throw new Refused(shown.equalsIgnoreCase(host)
                ? "host " + host + " is a non-public address (" + kind + "), which webhooks may not reach"
                : "host " + host + " resolves to " + shown + " (" + kind + "), which webhooks may not reach");
    }
}
