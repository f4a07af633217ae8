package org.partnermatch.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;

/**
 * Typed path and query parameters: one converter answers a malformed or out-of-range value with a 400 problem
 * naming the parameter (never JAX-RS' 404 or a 500), and well-formed values still reach the resource.
 */
@QuarkusTest
class ParameterConvertersTest {

    private static void rejects(ValidatableResponse response, String parameter, String message) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].message", equalTo(message))
                .body(not(containsString("Exception")));
    }

    @Test
    void aMalformedPathIdIsA400NotA404() {
        rejects(anonymous().get("/api/v1/schools/not-a-uuid").then(), "id", "must be a UUID");
        rejects(anonymous().get("/api/v1/needs/123").then(), "id", "must be a UUID");
        // UUID.fromString takes short groups; an id is the canonical 36-character form only.
        rejects(anonymous().get("/api/v1/organizations/1-2-3-4-5").then(), "id", "must be a UUID");
        rejects(district().get("/api/v1/schools/nope/needs").then(), "schoolId", "must be a UUID");
        rejects(district().get("/api/v1/partnerships/x/events").then(), "id", "must be a UUID");
        // a blank path segment is not an absent id
        rejects(district().urlEncodingEnabled(false).delete("/api/v1/schools/%20").then(), "id", "must be a UUID");
    }

    @Test
    void aWellFormedUnknownIdIsStill404() {
        anonymous().get("/api/v1/schools/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void pagingIsAWholeNumberInRange() {
        rejects(anonymous().get("/api/v1/offerings?page=abc").then(), "page", "must be a whole number");
        rejects(anonymous().get("/api/v1/offerings?page=-1").then(), "page", "must be between 0 and 1000000");
        rejects(anonymous().get("/api/v1/schools?size=0").then(), "size", "must be between 1 and 100");
        rejects(anonymous().get("/api/v1/schools?size=101").then(), "size", "must be between 1 and 100");
        rejects(anonymous().get("/api/v1/schools?size=99999999999").then(), "size", "must be a whole number");
        anonymous().get("/api/v1/schools?page=0&size=100").then().statusCode(200).body("size", equalTo(100));
        // A blank value is the default, as before.
        anonymous().get("/api/v1/schools?page=&size=").then().statusCode(200).body("page", equalTo(0))
                .body("size", equalTo(20));
    }

    @Test
    void enumsListTheirValues() {
        rejects(anonymous().get("/api/v1/needs?status=bogus").then(), "status", "must be one of: open, met, closed");
        rejects(anonymous().get("/api/v1/offerings?cost=cheap").then(), "cost", "must be one of: free, sliding_scale, fee");
        rejects(anonymous().get("/api/v1/offerings?sort=random").then(), "sort",
                "must be one of: relevance, distance, name, updated");
        anonymous().get("/api/v1/needs?status=open&priority=high").then().statusCode(200);
    }

    @Test
    void booleansNumbersAndQueryIds() {
        rejects(anonymous().get("/api/v1/offerings?active=maybe").then(), "active", "must be true or false");
        rejects(anonymous().get("/api/v1/offerings?facets=yes").then(), "facets", "must be true or false");
        rejects(anonymous().get("/api/v1/offerings?near=47.5,-122.3&radiusKm=x").then(), "radiusKm", "must be a number");
        rejects(anonymous().get("/api/v1/offerings?near=47.5,-122.3&radiusKm=0").then(), "radiusKm",
                "must be more than 0 and at most 1000");
        rejects(anonymous().get("/api/v1/offerings?organizationId=acme").then(), "organizationId", "must be a UUID");
        rejects(district().get("/api/v1/reports/coverage?goodMatch=x").then(), "goodMatch", "must be a number");
        rejects(district().get("/api/v1/reports/coverage?goodMatch=1.5").then(), "goodMatch", "must be between 0 and 1");
        anonymous().get("/api/v1/offerings?active=TRUE&facets=false").then().statusCode(200);
    }

    @Test
    void textIsHeldToItsDeclaredLength() {
        rejects(anonymous().queryParam("q", "m".repeat(201)).get("/api/v1/offerings").then(), "q",
                "must be at most 200 characters");
        rejects(anonymous().queryParam("region", "r".repeat(61)).get("/api/v1/schools").then(), "region",
                "must be at most 60 characters");
        rejects(district().header("If-Match", "\"" + "1".repeat(70) + "\"").body(Api.need())
                .put("/api/v1/needs/" + UUID.randomUUID()).then(), "If-Match", "must be at most 64 characters");
        rejects(district().header("Idempotency-Key", "k".repeat(256)).body(Map.of())
                .post("/api/v1/partnerships").then(), "Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        anonymous().queryParam("q", "m".repeat(200)).get("/api/v1/offerings").then().statusCode(200);
    }

    @Test
    void matchLimitsAndWeights() {
        UUID school = Api.createSchool();
        rejects(district().get("/api/v1/schools/" + school + "/matches?limit=many").then(), "limit",
                "must be a whole number");
        rejects(district().get("/api/v1/schools/" + school + "/matches?limit=0").then(), "limit",
                "must be between 1 and 100");
        rejects(district().get("/api/v1/schools/" + school + "/matches?weight.text=x").then(), "weight.text",
                "must be a number");
        rejects(district().get("/api/v1/schools/" + school + "/matches?weight.text=-1").then(), "weight.text",
                "must be between 0 and 1000");
    }
}
