package org.partnermatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnermatch.webhook.WebhookDestinations.Destination;
import org.partnermatch.webhook.WebhookDestinations.Refused;

/** The webhook destination rules with the production defaults (443 only, https only, public addresses only). */
class WebhookDestinationsTest {

    private static final Set<String> HOSTS = Set.of("hooks.example.org", "internal.example.org", "mixed.example.org",
            "cgnat.example.org", "mapped.example.org", "ula.example.org", "gone.example.org", "127.0.0.1",
            "10.1.2.3", "169.254.169.254", "::ffff:127.0.0.1", "fe80::1", "93.184.215.14", "0.0.0.0");

    /** Stand-in DNS. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.org", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "internal.example.org", List.of("127.0.0.2"),
            "mixed.example.org", List.of("93.184.215.14", "10.0.0.7"),
            "cgnat.example.org", List.of("100.100.1.1"),
            "mapped.example.org", List.of("::ffff:7f00:1"),
            "ula.example.org", List.of("fd12:3456::1"));

    private final AtomicInteger lookups = new AtomicInteger();

    private WebhookDestinations destinations(List<String> ports, boolean http, List<String> allowedAddresses) {
        WebhookSettings settings = new WebhookSettings() {
            public Optional<Set<String>> allowedHosts() { return Optional.of(HOSTS); }
            public List<PortRange> allowedPorts() { return ports.stream().map(PortRange::of).toList(); }
            public boolean allowHttp() { return http; }
            public Optional<List<AddressRange>> allowedAddresses() {
                return allowedAddresses.isEmpty() ? Optional.empty()
                        : Optional.of(allowedAddresses.stream().map(AddressRange::of).toList());
            }
            public String pollEvery() { return "off"; }
            public Duration backoffBase() { return Duration.ofSeconds(30); }
            public Duration backoffMax() { return Duration.ofHours(1); }
            public int maxAttempts() { return 8; }
            public Duration timeout() { return Duration.ofSeconds(10); }
            public Duration lease() { return Duration.ofMinutes(2); }
            public int batchSize() { return 50; }
        };
        HostResolver resolver = new HostResolver() {
            @Override
            public List<InetAddress> resolve(String host) throws UnknownHostException {
                lookups.incrementAndGet();
                List<String> answer = DNS.get(host);
                if (answer == null) {
                    InetAddress literal = AddressRange.literal(host);
                    if (literal == null) {
                        throw new UnknownHostException(host);
                    }
                    return List.of(literal);
                }
                return answer.stream().map(AddressRange::literal).toList();
            }
        };
        return new WebhookDestinations(settings, resolver);
    }

    private WebhookDestinations defaults() {
        return destinations(List.of("443"), false, List.of());
    }

    @Test
    void onlyHttpsOnPort443ByDefault() {
        WebhookDestinations d = defaults();
        assertThat(d.refusal("https://hooks.example.org/partnermatch")).isNull();
        assertThat(d.refusal("https://hooks.example.org:443/x")).isNull();
        assertThat(d.refusal("https://hooks.example.org:5432/x")).startsWith("port 5432 is not allowed");
        assertThat(d.refusal("https://hooks.example.org:8080/x")).startsWith("port 8080 is not allowed");
        assertThat(d.refusal("https://hooks.example.org:80/x")).startsWith("port 80 is not allowed");
        assertThat(d.refusal("http://hooks.example.org/x")).contains("plain http is not allowed");
        assertThat(d.refusal("ftp://hooks.example.org/x")).isEqualTo("must be an https URL");
        assertThat(d.refusal("https://other.example.org/x")).contains("not on the webhook allow-list");
        assertThat(d.refusal("https://u:p@hooks.example.org/x")).isEqualTo("must not carry user credentials");
    }

    @Test
    void port80AndPlainHttpOnlyWhenConfigured() {
        WebhookDestinations d = destinations(List.of("443", "80", "8000-8999"), true, List.of());
        assertThat(d.refusal("http://hooks.example.org/x")).isNull();
        assertThat(d.refusal("https://hooks.example.org:8443/x")).isNull();
        assertThat(d.refusal("https://hooks.example.org:9000/x")).startsWith("port 9000 is not allowed");
    }

    @Test
    void nonPublicAddressLiteralsAreRefusedWhenSaved() {
        WebhookDestinations d = defaults();
        assertThat(d.refusal("https://127.0.0.1/x")).contains("non-public address (loopback)");
        assertThat(d.refusal("https://10.1.2.3/x")).contains("(private)");
        assertThat(d.refusal("https://169.254.169.254/latest/meta-data")).contains("(link-local)");
        assertThat(d.refusal("https://[::ffff:127.0.0.1]/x")).contains("loopback");
        assertThat(d.refusal("https://[fe80::1]/x")).contains("link-local");
        assertThat(d.refusal("https://0.0.0.0/x")).contains("unspecified");
        assertThat(d.refusal("https://93.184.215.14/x")).isNull();
    }

    @Test
    void deliveryResolvesOnceAndConnectsToTheCheckedAddress() throws Refused {
        Destination destination = defaults().resolve("https://hooks.example.org/hook?a=1");
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(destination.address().getHostAddress()).isEqualTo("93.184.215.14");
        assertThat(destination.host()).isEqualTo("hooks.example.org");
        assertThat(destination.port()).isEqualTo(443);
        assertThat(destination.https()).isTrue();
        assertThat(destination.pathAndQuery()).isEqualTo("/hook?a=1");
    }

    @Test
    void namesResolvingToNonPublicAddressesAreRefusedAtDelivery() {
        WebhookDestinations d = defaults();
        // saving cannot know what a name will resolve to; delivery checks
        assertThat(d.refusal("https://internal.example.org/x")).isNull();
        assertThatThrownBy(() -> d.resolve("https://internal.example.org/x")).isInstanceOf(Refused.class)
                .hasMessage("host internal.example.org resolves to 127.0.0.2 (loopback), which webhooks may not reach");
        assertThatThrownBy(() -> d.resolve("https://mixed.example.org/x")).hasMessageContaining("10.0.0.7 (private)");
        assertThatThrownBy(() -> d.resolve("https://cgnat.example.org/x")).hasMessageContaining("carrier-grade NAT");
        assertThatThrownBy(() -> d.resolve("https://mapped.example.org/x")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> d.resolve("https://ula.example.org/x")).hasMessageContaining("fd12:3456:0:0:0:0:0:1 (private)");
        // a name that does not resolve may resolve later: the only refusal worth retrying
        assertThatThrownBy(() -> d.resolve("https://gone.example.org/x")).hasMessage("host gone.example.org could not be resolved")
                .matches(e -> ((Refused) e).retryable());
        assertThatThrownBy(() -> d.resolve("https://internal.example.org/x")).matches(e -> !((Refused) e).retryable());
        // rules are checked again at delivery (the URL may have been saved under looser settings)
        assertThatThrownBy(() -> d.resolve("https://hooks.example.org:5432/x")).hasMessageStartingWith("port 5432");
        assertThatThrownBy(() -> d.resolve("https://169.254.169.254/latest")).hasMessageContaining("link-local");
    }

    @Test
    void allowedAddressBlocksMayBeReached() throws Refused {
        WebhookDestinations d = destinations(List.of("443"), false, List.of("10.0.0.0/24", "127.0.0.2"));
        assertThat(d.resolve("https://internal.example.org/x").address().getHostAddress()).isEqualTo("127.0.0.2");
        assertThat(d.resolve("https://mixed.example.org/x").address().getHostAddress()).isEqualTo("93.184.215.14");
        assertThatThrownBy(() -> d.resolve("https://10.1.2.3/x")).hasMessageContaining("10.1.2.3");
    }

    @Test
    void specialAddressKinds() {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("127.0.0.1", "loopback");
        expected.put("127.255.255.254", "loopback");
        expected.put("::1", "loopback");
        expected.put("10.0.0.1", "private");
        expected.put("172.16.0.1", "private");
        expected.put("172.31.255.255", "private");
        expected.put("192.168.1.1", "private");
        expected.put("fc00::1", "private");
        expected.put("fdff:ffff::1", "private");
        expected.put("169.254.169.254", "link-local");
        expected.put("fe80::1", "link-local");
        expected.put("febf::1", "link-local");
        expected.put("100.64.0.1", "shared (carrier-grade NAT)");
        expected.put("100.127.255.255", "shared (carrier-grade NAT)");
        expected.put("0.0.0.0", "unspecified");
        expected.put("::", "unspecified");
        expected.put("224.0.0.1", "multicast");
        expected.put("ff02::1", "multicast");
        expected.put("255.255.255.255", "reserved");
        expected.put("::ffff:10.0.0.1", "private");
        expected.put("::ffff:169.254.169.254", "link-local");
        expected.put("64:ff9b::7f00:1", "loopback");
        expected.put("2002:a00:1::1", "private");
        expected.forEach((address, kind) -> assertThat(SpecialAddresses.kind(AddressRange.literal(address)))
                .as(address).isEqualTo(kind));
        for (String address : List.of("93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "11.0.0.1",
                "2606:4700::1111", "2002:5db8:d70e::1")) {
            assertThat(SpecialAddresses.kind(AddressRange.literal(address))).as(address).isNull();
        }
    }

    @Test
    void settingValuesParse() {
        assertThat(PortRange.of("443").contains(443)).isTrue();
        assertThat(PortRange.of("8000-8999").contains(8443)).isTrue();
        assertThat(PortRange.of("8000-8999").contains(9000)).isFalse();
        assertThatThrownBy(() -> PortRange.of("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortRange.of("9-8")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AddressRange.of("10.20.0.0/16").contains(AddressRange.literal("10.20.3.4"))).isTrue();
        assertThat(AddressRange.of("10.20.0.0/16").contains(AddressRange.literal("10.21.0.1"))).isFalse();
        assertThat(AddressRange.of("fd00:1::/64").contains(AddressRange.literal("fd00:1::5"))).isTrue();
        assertThatThrownBy(() -> AddressRange.of("example.org/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.of("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        // literals only: a name is never looked up
        assertThat(AddressRange.literal("localhost")).isNull();
        assertThat(AddressRange.literal("1.2.3")).isNull();
        assertThat(AddressRange.literal("[::1]").getAddress()).hasSize(16);
    }
}
