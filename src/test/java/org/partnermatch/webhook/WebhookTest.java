package org.partnermatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;

/** Deliveries to a tiny receiver on loopback, started by the test. */
@QuarkusTest
class WebhookTest {

    private static final String SECRET = "a-shared-secret-of-at-least-32-characters";

    record Received(String path, Map<String, String> headers, String body) {
    }

    @Inject
    WebhookDispatcher dispatcher;

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** How many of the next requests the receiver fails with 500. */
    private final AtomicInteger failNext = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new Received(exchange.getRequestURI().getPath(), Map.of(
                    "id", String.valueOf(headers.getFirst("webhook-id")),
                    "timestamp", String.valueOf(headers.getFirst("webhook-timestamp")),
                    "signature", String.valueOf(headers.getFirst("webhook-signature")),
                    "event", String.valueOf(headers.getFirst("X-PartnerMatch-Event")),
                    "host", String.valueOf(headers.getFirst("Host")),
                    "contentType", String.valueOf(headers.getFirst("Content-Type"))), body));
            int status = failNext.getAndUpdate(n -> Math.max(n - 1, 0)) > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void stateChangesArePostedSignedToBothParties() {
        Setup s = Partnerships.setup(100, "students");
        as(s.principal()).body(Map.of("url", url("/school"), "secret", SECRET))
                .put("/api/v1/schools/" + s.school() + "/webhook").then().statusCode(200)
                .body("url", equalTo(url("/school"))).body("secret", nullValue()).body("active", equalTo(true));
        as(s.partner()).body(Map.of("url", url("/partner"), "secret", SECRET))
                .put("/api/v1/organizations/" + s.organization() + "/webhook").then().statusCode(200);

        UUID id = s.request(5);
        Partnerships.act(id, "accept", s.partner(), null);
        // the requests returned before anything was delivered: delivery is the worker's
        awaitDelivered(() -> count(id) == 4);

        for (Received r : forPartnership(id)) {
            // Standard Webhooks: v1,<base64 HMAC-SHA256 of "id.timestamp.body">, timestamp in Unix seconds, fresh
            long timestamp = Long.parseLong(r.headers().get("timestamp"));
            assertThat(timestamp).isBetween(Instant.now().getEpochSecond() - 120, Instant.now().getEpochSecond() + 1);
            assertThat(r.headers().get("signature")).isEqualTo("v1," + hmac(SECRET,
                    r.headers().get("id") + "." + timestamp + "." + r.body()));
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            assertThat(WebhookSignature.verify(SECRET, r.headers().get("id"), r.headers().get("timestamp"),
                    r.headers().get("signature"), body, Instant.now(), WebhookSignature.TOLERANCE)).isTrue();
            // replayed with a fresh timestamp, the captured signature no longer verifies
            assertThat(WebhookSignature.verify(SECRET, r.headers().get("id"), Long.toString(timestamp + 1),
                    r.headers().get("signature"), body, Instant.now(), WebhookSignature.TOLERANCE)).isFalse();
            assertThat(r.headers().get("contentType")).startsWith("application/json");
        }
        assertThat(forPartnership(id)).extracting(Received::path).containsOnly("/school", "/partner");
        assertThat(forPartnership(id)).extracting(r -> r.headers().get("event"))
                .containsExactlyInAnyOrder("partnership.requested", "partnership.requested",
                        "partnership.accepted", "partnership.accepted");
        JsonPath accepted = forPartnership(id).stream().filter(r -> r.headers().get("event").equals("partnership.accepted"))
                .map(r -> new JsonPath(r.body())).findFirst().orElseThrow();
        assertThat(accepted.getString("fromState")).isEqualTo("requested");
        assertThat(accepted.getString("toState")).isEqualTo("accepted");
        assertThat(accepted.getString("partnership.id")).isEqualTo(id.toString());
        // the worker marks a delivery delivered after the receiver has answered: a moment after it arrived
        awaitDelivered(() -> Db.number("SELECT count(*) FROM webhook_delivery d JOIN webhook_subscription s"
                + " ON s.id = d.subscription_id WHERE s.school_id = '" + s.school() + "' AND d.state = 'delivered'") == 2);
    }

    @Test
    void failedDeliveriesAreRetriedWithBackoff() {
        Setup s = Partnerships.setup(100, "students");
        as(s.principal()).body(Map.of("url", url("/flaky"), "secret", SECRET))
                .put("/api/v1/schools/" + s.school() + "/webhook").then().statusCode(200);
        failNext.set(1);
        UUID id = s.request(5);
        String where = " FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id"
                + " WHERE s.school_id = '" + s.school() + "'";
        awaitDelivered(() -> Db.number("SELECT coalesce(last_status, 0)" + where) == 500);
        // the first attempt failed: still pending, next attempt pushed out by the backoff (30 s in this profile)
        assertThat(Db.text("SELECT state" + where)).isEqualTo("pending");
        assertThat(Db.number("SELECT last_status" + where)).isEqualTo(500);
        assertThat(Db.number("SELECT count(*)" + where + " AND next_attempt_at > now() + INTERVAL '20 seconds'"))
                .isEqualTo(1);
        // time passes (moved in the database, not slept): the retry delivers it
        Db.update("UPDATE webhook_delivery SET next_attempt_at = now() WHERE subscription_id IN"
                + " (SELECT id FROM webhook_subscription WHERE school_id = '" + s.school() + "')");
        awaitDelivered(() -> "delivered".equals(Db.text("SELECT state" + where)));
        assertThat(Db.number("SELECT attempts" + where)).isEqualTo(2);
        assertThat(forPartnership(id)).hasSize(2);
        assertThat(forPartnership(id).get(0).headers().get("id"))
                .isEqualTo(forPartnership(id).get(1).headers().get("id"));
    }

    @Test
    void onlyHttpUrlsOnTheAllowListAreAccepted() {
        UUID school = Api.createSchool();
        String path = "/api/v1/schools/" + school + "/webhook";
        district().body(Map.of("url", "https://hooks.example.org/x", "secret", SECRET)).put(path).then()
                .statusCode(400).body("violations[0].field", equalTo("url"))
                .body("violations[0].message", containsString("allow-list"));
        district().body(Map.of("url", "ftp://127.0.0.1/x", "secret", SECRET)).put(path).then().statusCode(400);
        district().body(Map.of("url", "http://user:pw@127.0.0.1/x", "secret", SECRET)).put(path).then().statusCode(400);
        district().body(Map.of("url", url("/x"), "secret", "too-short")).put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("secret"));
        district().body(Map.of("url", url("/x"), "secret", "whsec_this is not base64 but long enough"))
                .put(path).then().statusCode(400).body("violations[0].field", equalTo("secret"));
        district().get(path).then().statusCode(404);
        district().body(Map.of("url", url("/x"), "secret", SECRET)).put(path).then().statusCode(200)
                .header("ETag", "\"0\"");
        // replacing needs the ETag; other schools' principals may not touch it
        district().body(Map.of("url", url("/y"), "secret", SECRET)).put(path).then().statusCode(428);
        district().header("If-Match", "\"0\"").body(Map.of("url", url("/y"), "secret", SECRET, "active", false))
                .put(path).then().statusCode(200).body("active", equalTo(false));
        as(Tokens.principal(Api.createSchool())).get(path).then().statusCode(403);
        as(Tokens.principal(school)).delete(path).then().statusCode(204);
        district().get(path).then().statusCode(404);
    }

    @Test
    void portsAndNonPublicAddressesAreRefusedWhenSaved() {
        UUID school = Api.createSchool();
        String path = "/api/v1/schools/" + school + "/webhook";
        // this profile allows 443, 9 and 1024-65535 (the test receivers' random ports); production allows 443 only
        for (String url : List.of("http://127.0.0.1:22/x", "https://127.0.0.1:80/x", "http://127.0.0.1:1023/x")) {
            district().body(Map.of("url", url, "secret", SECRET)).put(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("url"))
                    .body("violations[0].message", containsString("is not allowed for webhooks"));
        }
        // an IP-literal host is judged when saved; 127.0.0.1 is the only non-public address this profile allows
        district().body(Map.of("url", "https://127.0.0.2/x", "secret", SECRET)).put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("url")).body("violations[0].message", containsString("loopback"));
        district().body(Map.of("url", "https://10.1.2.3/x", "secret", SECRET)).put(path).then().statusCode(400)
                .body("violations[0].message", containsString("private"));
        district().body(Map.of("url", "https://169.254.169.254/latest/meta-data", "secret", SECRET)).put(path).then()
                .statusCode(400).body("violations[0].message", containsString("link-local"));
        district().get(path).then().statusCode(404);
    }

    @Test
    void aNameResolvingToANonPublicAddressIsRefusedAtDelivery() {
        AtomicInteger lookups = new AtomicInteger();
        resolveWith(Map.of("internal.partnermatch.test", "127.0.0.2"), lookups);
        Setup s = Partnerships.setup(100, "students");
        // the name cannot be judged when saved ...
        as(s.principal()).body(Map.of("url", "https://internal.partnermatch.test/hook", "secret", SECRET))
                .put("/api/v1/schools/" + s.school() + "/webhook").then().statusCode(200);
        s.request(5);
        String where = " FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id"
                + " WHERE s.school_id = '" + s.school() + "'";
        awaitDelivered(() -> "failed".equals(Db.text("SELECT state" + where)));
        // ... so the delivery is: given up at once (retrying the same name cannot help), with the reason
        assertThat(Db.number("SELECT attempts" + where)).isEqualTo(1);
        assertThat(Db.text("SELECT last_error" + where)).isEqualTo("url host internal.partnermatch.test resolves to "
                + "127.0.0.2 (loopback), which webhooks may not reach");
        assertThat(lookups.get()).isEqualTo(1);
    }

    @Test
    void addressesSavedBeforeTheRulesAreRefusedAtDelivery() {
        Setup s = Partnerships.setup(100, "students");
        // written straight to the table, as a URL saved before these rules existed would be
        Db.update("INSERT INTO webhook_subscription (id, school_id, url, secret) VALUES ('" + UUID.randomUUID() + "', '"
                + s.school() + "', 'https://169.254.169.254/latest/meta-data', '" + SECRET + "')");
        s.request(5);
        String where = " FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id"
                + " WHERE s.school_id = '" + s.school() + "'";
        awaitDelivered(() -> "failed".equals(Db.text("SELECT state" + where)));
        assertThat(Db.text("SELECT last_error" + where)).contains("169.254.169.254")
                .contains("(link-local), which webhooks may not reach");
    }

    @Test
    void theConnectionGoesToTheCheckedAddressUnderTheUrlsName() {
        // The name exists only in this stand-in resolver (not in DNS): the receiver can only be reached through the
        // address that was checked, while the request still names the host.
        AtomicInteger lookups = new AtomicInteger();
        resolveWith(Map.of("receiver.partnermatch.test", "127.0.0.1"), lookups);
        Setup s = Partnerships.setup(100, "students");
        String url = "http://receiver.partnermatch.test:" + server.getAddress().getPort() + "/pinned";
        as(s.principal()).body(Map.of("url", url, "secret", SECRET))
                .put("/api/v1/schools/" + s.school() + "/webhook").then().statusCode(200);
        UUID id = s.request(5);
        awaitDelivered(() -> count(id) == 1);
        Received r = forPartnership(id).get(0);
        assertThat(r.path()).isEqualTo("/pinned");
        assertThat(r.headers().get("host")).isEqualTo("receiver.partnermatch.test:" + server.getAddress().getPort());
        assertThat(lookups.get()).isEqualTo(1);
    }

    @Test
    void tlsNamesTheUrlsHostWhileConnectingToTheCheckedAddress() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        resolveWith(Map.of("tls.partnermatch.test", "127.0.0.1"), lookups);
        // A bare socket on the checked address reads the TLS ClientHello (plain text) and hangs up.
        try (ServerSocket tls = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CompletableFuture<byte[]> hello = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = tls.accept()) {
                    socket.setSoTimeout(10_000);
                    byte[] buffer = new byte[4096];
                    int n = socket.getInputStream().read(buffer);
                    return java.util.Arrays.copyOf(buffer, Math.max(n, 0));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            Setup s = Partnerships.setup(100, "students");
            as(s.principal()).body(Map.of("url", "https://tls.partnermatch.test:" + tls.getLocalPort() + "/tls",
                    "secret", SECRET)).put("/api/v1/schools/" + s.school() + "/webhook").then().statusCode(200);
            s.request(5);
            awaitDelivered(hello::isDone);
            // the server name (SNI) is the URL's host, so the receiver's certificate is checked against that name
            assertThat(new String(hello.get(), StandardCharsets.ISO_8859_1)).contains("tls.partnermatch.test");
        }
    }

    /** Stands in for DNS for the rest of this test; counts look-ups of the names it knows. */
    private static void resolveWith(Map<String, String> names, AtomicInteger lookups) {
        QuarkusMock.installMockForType(new HostResolver() {
            @Override
            public List<InetAddress> resolve(String host) throws UnknownHostException {
                String address = names.get(host);
                if (address == null) {
                    return super.resolve(host);
                }
                lookups.incrementAndGet();
                return List.of(InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress()));
            }
        }, HostResolver.class);
    }

    private long count(UUID partnership) {
        return forPartnership(partnership).size();
    }

    private List<Received> forPartnership(UUID partnership) {
        return received.stream().filter(r -> r.body().contains(partnership.toString())).toList();
    }

    /** Runs the worker until the condition holds (the scheduled worker may get there first); bounded. */
    private void awaitDelivered(BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("webhook delivery within 60 s").isLessThan(deadline);
            if (dispatcher.deliverDue() == 0) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Base64 HMAC-SHA256, computed here independently of {@link WebhookSignature}. */
    private static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
