package org.partnermatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
            received.add(new Received(exchange.getRequestURI().getPath(), Map.of(
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-PartnerMatch-Signature")),
                    "event", String.valueOf(exchange.getRequestHeaders().getFirst("X-PartnerMatch-Event")),
                    "delivery", String.valueOf(exchange.getRequestHeaders().getFirst("X-PartnerMatch-Delivery")),
                    "contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))), body));
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
            assertThat(r.headers().get("signature")).isEqualTo("sha256=" + hmac(SECRET, r.body()));
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
        assertThat(Db.number("SELECT count(*) FROM webhook_delivery d JOIN webhook_subscription s"
                + " ON s.id = d.subscription_id WHERE s.school_id = '" + s.school() + "' AND d.state = 'delivered'"))
                .isEqualTo(2);
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
        assertThat(forPartnership(id).get(0).headers().get("delivery"))
                .isEqualTo(forPartnership(id).get(1).headers().get("delivery"));
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

    private static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
