package org.partnermatch.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.support.Api;
import org.partnermatch.support.Index;

/**
 * Two schools in their own category: the low-need school stated its 30-student need first, the high-need school
 * its 30-student need second; one offering has 30 places. First come would give them all to the low-need school.
 */
@QuarkusTest
class AllocationResourceTest {

    @Inject
    MatchingService matching;

    private UUID high;
    private UUID low;
    private UUID offering;
    private String category;

    @BeforeEach
    void district() {
        category = "al-" + UUID.randomUUID().toString().substring(0, 8);
        Api.district().body(Map.of("code", category, "name", "Allocation " + category)).post("/api/v1/categories")
                .then().statusCode(201);
        low = school(false, 10, 2, 5);
        high = school(true, 90, 45, 1);
        need(low);
        need(high);
        UUID org = Api.createOrganization(true);
        Map<String, Object> body = Api.offering();
        body.put("categories", List.of(category));
        body.put("capacity", 30);
        offering = UUID.fromString(Api.district().body(body).post("/api/v1/organizations/" + org + "/offerings")
                .then().statusCode(201).extract().path("id"));
        Index.awaitCandidate(matching.index(), offering);
    }

    private static UUID school(boolean titleI, double frl, double el, int rank) {
        Map<String, Object> body = Api.school();
        body.put("equity", Map.of("titleI", titleI, "freeReducedLunchPercent", frl, "englishLearnerPercent", el,
                "homeLanguages", List.of("so"), "qualityRank", rank));
        return UUID.fromString(Api.district().body(body).post("/api/v1/schools").then().statusCode(201)
                .extract().path("id"));
    }

    private void need(UUID school) {
        Map<String, Object> body = Api.need();
        body.put("category", category);
        body.put("studentsAffected", 30);
        Api.district().body(body).post("/api/v1/schools/" + school + "/needs").then().statusCode(201);
    }

    private Map<String, Object> request(boolean async) {
        return Map.of("schoolIds", List.of(high, low), "category", category, "minScore", 0, "async", async);
    }

    private static int served(JsonPath plan, UUID school) {
        return plan.<Map<String, Object>>getList("schools").stream().filter(s -> s.get("schoolId").equals(school.toString()))
                .mapToInt(s -> ((Number) s.get("studentsServed")).intValue()).sum();
    }

    private void checkPlan(JsonPath job) {
        JsonPath plan = new JsonPath(job.prettify()).setRootPath("plan");
        assertThat(plan.getInt("needs")).isEqualTo(2);
        assertThat(plan.getInt("offerings")).isEqualTo(1);
        assertThat(plan.getInt("pairs")).isEqualTo(2);
        // first come: the low-need school's need takes every place
        assertThat(plan.getLong("greedy.studentsServed")).isEqualTo(30);
        // the plan never exceeds the 30 places, and the high-need school gets at least as many as the other
        assertThat(plan.getLong("optimal.studentsServed")).isEqualTo(30);
        assertThat(served(plan, high) + served(plan, low)).isEqualTo(30);
        assertThat(served(plan, high)).isGreaterThanOrEqualTo(20);
        assertThat(plan.getDouble("optimal.equityWeightedValue")).isGreaterThan(plan.getDouble("greedy.equityWeightedValue"));
        assertThat(plan.getDouble("comparison.equityWeightedValueGain")).isPositive();
        assertThat(plan.getList("schools.schoolId")).first().isEqualTo(high.toString());
        List<Map<String, Object>> lines = plan.getList("schools[0].lines");
        assertThat(lines).allSatisfy(l -> assertThat(l.get("offeringId")).isEqualTo(offering.toString()));
        assertThat(((Number) lines.get(0).get("score")).doubleValue()).isBetween(0.0, 100.0);
    }

    @Test
    void smallPlansAnswerAtOnce() {
        Response response = Api.district().body(request(false)).post("/api/v1/allocations");
        response.then().statusCode(201).body("status", equalTo("done"));
        String location = response.header("Location");
        assertThat(location).contains("/api/v1/allocations/" + response.jsonPath().getString("id"));
        checkPlan(response.jsonPath());
        Api.district().get(location).then().statusCode(200).body("status", equalTo("done"));
    }

    @Test
    void jobsArePolledUntilDone() throws InterruptedException {
        Response response = Api.district().body(request(true)).post("/api/v1/allocations");
        response.then().statusCode(202);
        String location = response.header("Location");
        JsonPath job = null;
        for (int i = 0; i < 200; i++) {
            job = Api.district().get(location).then().statusCode(200).extract().jsonPath();
            if ("done".equals(job.getString("status"))) {
                break;
            }
            assertThat(job.getString("status")).isIn("queued", "running");
            Thread.sleep(50);
        }
        assertThat(job.getString("status")).isEqualTo("done");
        checkPlan(job);
    }

    @Test
    void badRequestsNameTheField() {
        Api.district().body(Map.of("minScore", 2)).post("/api/v1/allocations").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("minScore"));
        Api.district().body(Map.of("schoolIds", List.of(UUID.randomUUID()))).post("/api/v1/allocations").then()
                .statusCode(400).body("violations[0].field", equalTo("schoolIds"));
        Api.district().body(Map.of("category", "no-such-category")).post("/api/v1/allocations").then()
                .statusCode(400).body("violations[0].field", equalTo("category"));
        Api.district().get("/api/v1/allocations/" + UUID.randomUUID()).then().statusCode(404);
        Api.district().get("/api/v1/allocations/not-an-id").then().statusCode(400);
    }
}
