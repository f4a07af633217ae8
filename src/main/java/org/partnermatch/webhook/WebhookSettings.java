package org.partnermatch.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Webhook delivery settings (docs/partnerships.md, "Webhooks"). */
@ConfigMapping(prefix = "partnermatch.webhooks")
public interface WebhookSettings {

    /**
     * Hosts webhook URLs may point at (exact, case-insensitive host names or IP literals). None by default: until an
     * operator lists hosts, no webhook can be configured or delivered.
     */
    Optional<Set<String>> allowedHosts();

    /**
     * Ports a webhook URL may name or imply, as ports or ranges ({@code 443}, {@code 8443}, {@code 8000-8999}). Only
     * 443 by default: URLs naming another port (the database's, this service's) are refused.
     */
    @WithDefault("443")
    List<PortRange> allowedPorts();

    /** Accept plain {@code http://} URLs (deliveries then travel unencrypted); add 80 to allowed-ports too. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Non-public addresses (loopback, private, link-local, carrier-grade NAT, …; see {@link SpecialAddresses}) that
     * webhooks may reach anyway, as CIDR blocks ({@code 10.20.0.0/16}, {@code fd00:1::/64}). None by default: a URL
     * whose host is, or resolves to, any such address is refused. Public addresses need no entry.
     */
    Optional<List<AddressRange>> allowedAddresses();

    /** How often the delivery worker looks for due deliveries (Quarkus scheduler interval, or "off"). */
    @WithDefault("5s")
    String pollEvery();

    /** Wait before the first retry; doubles with each further attempt. */
    @WithDefault("PT30S")
    Duration backoffBase();

    /** Longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration backoffMax();

    /** Attempts before a delivery is given up (state failed). */
    @WithDefault("8")
    int maxAttempts();

    /** Connect and response timeout of one attempt. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long a claimed delivery stays with the replica that claimed it before another may retry it. */
    @WithDefault("PT2M")
    Duration lease();

    /** Deliveries claimed per worker run. */
    @WithDefault("50")
    int batchSize();
}
