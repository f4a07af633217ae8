package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Management;
import org.partnermatch.support.Tokens;
import org.partnermatch.support.Wait;

/**
 * Admission control with one compute slot: every request gives its slot back (reads, writes with their
 * read-your-writes wait, errors, a client gone while it waited), a request that finds the slot taken past the wait
 * is a 503 problem with Retry-After, and an allocation plan is not held back by the slots.
 */
@QuarkusTest
@TestProfile(ComputeSlotsTest.OneSlot.class)
class ComputeSlotsTest {

    public static class OneSlot implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnermatch.http.compute-slots", "1", "partnermatch.http.compute-wait", "PT0.5S");
        }
    }

    private static final UUID DEMO_SCHOOL = UUID.fromString("5c000000-0000-4000-8000-000000000001");

    @Inject
    ComputeSlots slots;

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyKindOfRequestGivesItsSlotBack() {
        assertThat(slots.size()).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            district().get("/api/v1/schools/" + DEMO_SCHOOL).then().statusCode(200);
            UUID school = Api.created(district().body(Api.school()).post("/api/v1/schools").then().statusCode(201));
            district().delete("/api/v1/schools/" + school).then().statusCode(204);
            district().body(Map.of("name", "")).post("/api/v1/schools").then().statusCode(400);
            district().get("/api/v1/schools/" + UUID.randomUUID()).then().statusCode(404);
            Api.anonymous().body(Api.school()).post("/api/v1/schools").then().statusCode(401);
            Api.anonymous().accept("text/html").get("/").then().statusCode(200);
            district().queryParam("q", "tutoring").queryParam("facets", true).get("/api/v1/offerings").then().statusCode(200);
        }
        assertFree();
    }

    @Test
    void aRequestThatFindsEverySlotTakenIsTold503WithRetryAfter() throws Exception {
        slots.semaphore().acquire();
        try {
            district().get("/api/v1/schools/" + DEMO_SCHOOL).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("type", endsWith("/problems/busy"))
                    .body("status", equalTo(503));
        } finally {
            slots.semaphore().release();
        }
        district().get("/api/v1/schools/" + DEMO_SCHOOL).then().statusCode(200);
        assertFree();
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^partnermatch_http_compute_refused_total [1-9]")
                .contains("partnermatch_http_compute_waiting").contains("partnermatch_http_compute_busy");
    }

    @Test
    void aRequestWaitsItsTurnAndIsServedWhenASlotFrees() throws Exception {
        slots.semaphore().acquire();
        Thread freeing = new Thread(() -> {
            Wait.until("a request waiting for the slot", Duration.ofSeconds(5), () -> slots.waiting() == 1);
            slots.semaphore().release();
        });
        freeing.start();
        district().get("/api/v1/schools/" + DEMO_SCHOOL).then().statusCode(200);
        freeing.join();
        assertFree();
    }

    @Test
    void aClientGoneWhileItWaitedLeavesNoSlotTaken() throws Exception {
        slots.semaphore().acquire();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/schools/" + DEMO_SCHOOL + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Tokens.district() + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Wait.until("a request waiting for the slot", Duration.ofSeconds(5), () -> slots.waiting() == 1);
        }
        Thread.sleep(300); // the server sees the connection closed before the slot frees (no event to wait for)
        slots.semaphore().release();
        Wait.until("no request waiting", Duration.ofSeconds(5), () -> slots.waiting() == 0);
        assertFree();
        district().get("/api/v1/schools/" + DEMO_SCHOOL).then().statusCode(200);
    }

    @Test
    void anAllocationPlanIsNotHeldBackBySlots() throws Exception {
        slots.semaphore().acquire();
        try {
            district().body(Map.of("schoolIds", List.of(DEMO_SCHOOL))).post("/api/v1/allocations").then()
                    .statusCode(201);
        } finally {
            slots.semaphore().release();
        }
        assertFree();
    }

    private void assertFree() {
        Wait.until("the slot given back", Duration.ofSeconds(5), () -> slots.semaphore().availablePermits() == 1);
    }
}
