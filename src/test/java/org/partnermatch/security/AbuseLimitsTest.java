package org.partnermatch.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

@QuarkusTest
@TestProfile(AbuseLimitsTest.LowLimits.class)
class AbuseLimitsTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("partnermatch.limits.writes.enabled", "true"),
                    Map.entry("partnermatch.limits.writes.per-minute", "6"),
                    Map.entry("partnermatch.limits.writes.burst", "3"),
                    Map.entry("partnermatch.limits.reads.enabled", "true"),
                    Map.entry("partnermatch.limits.reads.per-minute", "6"),
                    Map.entry("partnermatch.limits.reads.burst", "4"),
                    Map.entry("quarkus.http.limits.max-body-size", "4K"),
                    Map.entry("partnermatch.allocation.max-pairs", "2"),
                    Map.entry("partnermatch.listings.reports-per-hour", "2"),
                    // a reverse proxy on this machine: clients are told apart by the address it forwards
                    Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.http.proxy.enable-forwarded-host", "true"),
                    Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1,localhost"));
        }
    }

    @Test
    void writesBeyondTheBurstGet429WithRetryAfter() {
        String token = Tokens.principal(UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            as(token).body(Api.need()).post("/api/v1/schools/" + UUID.randomUUID() + "/needs").then().statusCode(404);
        }
        as(token).body(Api.need()).post("/api/v1/schools/" + UUID.randomUUID() + "/needs").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        // reads have their own budget, and other callers have their own too
        as(token).get("/api/v1/schools").then().statusCode(200);
        as(Tokens.principal(UUID.randomUUID())).body(Api.need()).post("/api/v1/schools/" + UUID.randomUUID() + "/needs")
                .then().statusCode(404);
    }

    @Test
    void everyAnswerTellsTheCallerItsAllowance() {
        String token = Tokens.principal(UUID.randomUUID());
        // writes: a burst of 3, one more every 10 s (6 a minute)
        as(token).body(Api.need()).post("/api/v1/schools/" + UUID.randomUUID() + "/needs").then().statusCode(404)
                .header("RateLimit-Limit", "3").header("RateLimit-Remaining", "2").header("RateLimit-Reset", "10");
        as(token).body(Api.need()).post("/api/v1/schools/" + UUID.randomUUID() + "/needs").then()
                .header("RateLimit-Remaining", "1");
        as(token).body(Api.need()).post("/api/v1/schools/" + UUID.randomUUID() + "/needs").then()
                .header("RateLimit-Remaining", "0");
        as(token).body(Api.need()).post("/api/v1/schools/" + UUID.randomUUID() + "/needs").then().statusCode(429)
                .header("RateLimit-Limit", "3").header("RateLimit-Remaining", "0")
                .header("Retry-After", notNullValue());
        // reads are counted apart: a burst of 4
        as(token).get("/api/v1/schools?size=1").then().statusCode(200)
                .header("RateLimit-Limit", "4").header("RateLimit-Remaining", "3");
    }

    @Test
    void problemReportsAreLimitedPerPersonAndPerAnonymousClientAddress() {
        // Made in the database: in this profile district staff's own writes are limited too.
        UUID org = UUID.randomUUID();
        Db.update("INSERT INTO organization (id, name, vetting_status, vetted_at) VALUES ('"
                + org + "', 'Limits Org " + org + "', 'approved', now())");
        Map<String, Object> report = Map.of("organizationId", org.toString(), "kind", "times",
                "message", "The Saturday group moved to Sundays.");
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", "203.0.113.21").contentType("application/json").body(report)
                    .post("/api/v1/problem-reports").then().statusCode(201);
        }
        given().header("X-Forwarded-For", "203.0.113.21").contentType("application/json").body(report)
                .post("/api/v1/problem-reports").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("title", equalTo("Too many reports"));
        // another address, and a signed-in person, each have their own allowance
        given().header("X-Forwarded-For", "203.0.113.22").contentType("application/json").body(report)
                .post("/api/v1/problem-reports").then().statusCode(201);
        String principal = Tokens.principal(UUID.randomUUID());
        as(principal).body(report).post("/api/v1/problem-reports").then().statusCode(201);
        as(principal).body(report).post("/api/v1/problem-reports").then().statusCode(201);
        as(principal).body(report).post("/api/v1/problem-reports").then().statusCode(429)
                .body("title", equalTo("Too many reports"));
    }

    @Test
    void locationAndLinksFollowTheSchemeAndHostTheProxyForwards() {
        UUID org = UUID.randomUUID();
        Db.update("INSERT INTO organization (id, name, vetting_status, vetted_at) VALUES ('" + org
                + "', 'Forwarded Org " + org + "', 'approved', now())");
        given().header("X-Forwarded-For", "203.0.113.31").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "partners.district.example.org").contentType("application/json")
                .body(Map.of("organizationId", org.toString(), "kind", "other", "message", "Behind the proxy."))
                .post("/api/v1/problem-reports").then().statusCode(201)
                .header("Location", startsWith(
                        "https://partners.district.example.org/api/v1/problem-reports/"));
        given().header("X-Forwarded-For", "203.0.113.32").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "partners.district.example.org")
                .get("/api/v1/schools?size=1").then().statusCode(200)
                .header("Link", containsString("<https://partners.district.example.org/api/v1/schools?"));
    }

    @Test
    void anonymousReadsAreLimitedPerForwardedClientAddress() {
        for (int i = 0; i < 4; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/categories").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/categories").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        // another client behind the same proxy is not held back by the first one
        given().header("X-Forwarded-For", "203.0.113.8").get("/api/v1/categories").then().statusCode(200);
    }

    @Test
    void oversizedBodyIs413Problem() {
        Map<String, Object> body = Api.school();
        body.put("name", "x".repeat(5000));
        as(Tokens.district()).body(body).post("/api/v1/schools").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void anAllocationScopeTooLargeToHoldIs400NamingTheScope() {
        // the demo district has far more than two eligible (need, offering) pairs
        as(Tokens.district()).body(Map.of()).post("/api/v1/allocations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("region"))
                .body("violations[0].message", containsString("more than 2 eligible"));
        // named schools: the problem names the field that was sent
        java.util.List<String> schools = district().get("/api/v1/schools?size=100").then().statusCode(200)
                .extract().path("items.id");
        as(Tokens.district()).body(Map.of("schoolIds", schools)).post("/api/v1/allocations").then()
                .statusCode(400).body("violations[0].field", equalTo("schoolIds"));
    }

    @Test
    void pageSizeIsCapped() {
        district().queryParam("size", 101).get("/api/v1/offerings").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }
}
