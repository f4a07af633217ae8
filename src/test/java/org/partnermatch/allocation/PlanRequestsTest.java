package org.partnermatch.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Index;
import org.partnermatch.support.Tokens;

/**
 * Plan lines into partnership requests. A district of two schools in their own category: school A states needs of
 * 20 and 10 students, school B one of 15; one offering has 100 places, so the plan gives every need a line with it.
 * Known by hand: two requests — A for both needs and 30 students, B for 15.
 */
@QuarkusTest
class PlanRequestsTest {

    @Inject
    MatchingService matching;

    private UUID schoolA;
    private UUID schoolB;
    private UUID needA1;
    private UUID needA2;
    private UUID needB;
    private UUID organization;
    private UUID offering;
    private String category;

    @BeforeEach
    void district() {
        category = "pr-" + UUID.randomUUID().toString().substring(0, 8);
        Api.district().body(Map.of("code", category, "name", "Plan requests " + category)).post("/api/v1/categories")
                .then().statusCode(201);
        schoolA = Api.createSchool();
        schoolB = Api.createSchool();
        needA1 = need(schoolA, 20);
        needA2 = need(schoolA, 10);
        needB = need(schoolB, 15);
        organization = Api.createOrganization(true);
        Map<String, Object> body = Api.offering();
        body.put("categories", List.of(category));
        body.put("capacity", 100);
        offering = UUID.fromString(Api.district().body(body).post("/api/v1/organizations/" + organization + "/offerings")
                .then().statusCode(201).extract().path("id"));
        Index.awaitCandidate(matching.index(), offering);
    }

    private UUID need(UUID school, int students) {
        Map<String, Object> body = Api.need();
        body.put("category", category);
        body.put("studentsAffected", students);
        body.put("title", "Need of " + students);
        return UUID.fromString(Api.district().body(body).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(201).extract().path("id"));
    }

    private JsonPath plan() {
        return Api.district().body(Map.of("schoolIds", List.of(schoolA, schoolB), "category", category, "minScore", 0))
                .post("/api/v1/allocations").then().statusCode(201).extract().jsonPath();
    }

    /** Plan line ids by need. */
    private static Map<UUID, String> lineIds(JsonPath job) {
        Map<UUID, String> ids = new HashMap<>();
        List<Map<String, Object>> schools = job.getList("plan.schools");
        for (Map<String, Object> school : schools) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) school.get("lines");
            lines.forEach(l -> ids.put(UUID.fromString((String) l.get("needId")), (String) l.get("id")));
        }
        return ids;
    }

    private static Map<String, Object> body(List<String> lineIds) {
        Map<String, Object> body = new HashMap<>();
        if (lineIds != null) {
            body.put("lineIds", lineIds);
        }
        body.put("startDate", "2027-02-01");
        body.put("endDate", "2027-06-15");
        body.put("message", "From the district's allocation plan.");
        return body;
    }

    private static JsonPath requests(String jobId, Map<String, Object> body) {
        return Api.district().body(body).post("/api/v1/allocations/" + jobId + "/requests").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long partnerships(UUID school) {
        return Db.number("SELECT count(*) FROM partnership WHERE school_id = '" + school + "'");
    }

    @Test
    void everyLineBecomesOneRequestPerSchoolAndOfferingAndAskingAgainSkips() {
        JsonPath job = plan();
        Map<UUID, String> lines = lineIds(job);
        assertThat(lines).containsOnlyKeys(needA1, needA2, needB);
        String jobId = job.getString("id");

        JsonPath answer = requests(jobId, body(null));
        assertThat(answer.getInt("requests")).isEqualTo(2);
        assertThat(answer.getInt("linesCreated")).isEqualTo(3);
        assertThat(answer.getInt("linesSkipped")).isZero();
        assertThat(answer.getList("lines.outcome", String.class)).containsOnly("created");

        JsonPath a = Api.district().queryParam("schoolId", schoolA).get("/api/v1/partnerships").then().statusCode(200)
                .extract().jsonPath();
        assertThat(a.getInt("totalItems")).isEqualTo(1);
        assertThat(a.getString("items[0].state")).isEqualTo("requested");
        assertThat(a.getString("items[0].offeringId")).isEqualTo(offering.toString());
        assertThat(a.getList("items[0].needIds", String.class)).containsExactlyInAnyOrder(needA1.toString(), needA2.toString());
        assertThat(a.getInt("items[0].studentsToServe")).isEqualTo(30);
        assertThat(a.getString("items[0].startDate")).isEqualTo("2027-02-01");
        assertThat(a.getString("items[0].message")).isEqualTo("From the district's allocation plan.");
        JsonPath b = Api.district().queryParam("schoolId", schoolB).get("/api/v1/partnerships").then().extract().jsonPath();
        assertThat(b.getInt("items[0].studentsToServe")).isEqualTo(15);
        String partnershipA = a.getString("items[0].id");
        Map<String, Object> lineA1 = answer.<Map<String, Object>>getList("lines").stream()
                .filter(l -> l.get("needId").equals(needA1.toString())).findFirst().orElseThrow();
        assertThat(lineA1.get("partnershipId")).isEqualTo(partnershipA);
        assertThat(lineA1.get("students")).isEqualTo(20);

        // The partner sees an ordinary request and may accept it.
        Api.as(Tokens.partner(organization)).post("/api/v1/partnerships/" + partnershipA + "/accept").then()
                .statusCode(200);

        JsonPath again = requests(jobId, body(null));
        assertThat(again.getInt("requests")).isZero();
        assertThat(again.getList("lines.outcome", String.class)).containsOnly("skipped");
        assertThat(again.getString("lines.find { it.needId == '" + needA1 + "' }.partnershipId")).isEqualTo(partnershipA);
        assertThat(again.getString("lines.find { it.needId == '" + needA1 + "' }.reason")).contains("(accepted)");
        assertThat(partnerships(schoolA)).isEqualTo(1);
        assertThat(partnerships(schoolB)).isEqualTo(1);
    }

    @Test
    void chosenLinesOnlyAndLinesWhoseNeedWentAreSkipped() {
        JsonPath job = plan();
        Map<UUID, String> lines = lineIds(job);
        Api.district().delete("/api/v1/needs/" + needA2).then().statusCode(204);

        JsonPath answer = requests(job.getString("id"), body(List.of(lines.get(needA2), lines.get(needA1))));
        assertThat(answer.getList("lines.needId", String.class))
                .containsExactlyInAnyOrder(needA1.toString(), needA2.toString());
        assertThat(answer.getString("lines.find { it.needId == '" + needA2 + "' }.outcome")).isEqualTo("skipped");
        assertThat(answer.getString("lines.find { it.needId == '" + needA2 + "' }.reason"))
                .isEqualTo("The need no longer exists.");
        assertThat(answer.getString("lines.find { it.needId == '" + needA1 + "' }.outcome")).isEqualTo("created");
        Api.district().queryParam("schoolId", schoolA).get("/api/v1/partnerships").then()
                .body("items[0].studentsToServe", equalTo(20)).body("items[0].needIds", equalTo(List.of(needA1.toString())));
        assertThat(partnerships(schoolB)).isZero();
    }

    @Test
    void thePartnershipRulesStillApply() {
        JsonPath job = plan();
        Api.district().body(Map.of("status", "suspended")).post("/api/v1/organizations/" + organization + "/vetting")
                .then().statusCode(200);
        JsonPath answer = requests(job.getString("id"), body(null));
        assertThat(answer.getInt("requests")).isZero();
        assertThat(answer.getList("lines.outcome", String.class)).containsOnly("skipped");
        assertThat(answer.getList("lines.reason", String.class)).allSatisfy(r -> assertThat(r).contains("not approved"));
        assertThat(partnerships(schoolA) + partnerships(schoolB)).isZero();
    }

    @Test
    void badRequestsAreProblems() {
        String jobId = plan().getString("id");
        String path = "/api/v1/allocations/" + jobId + "/requests";
        Api.district().body(body(List.of(UUID.randomUUID().toString()))).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("lineIds[0]"));
        Map<String, Object> backwards = body(null);
        backwards.put("endDate", "2027-01-01");
        Api.district().body(backwards).post(path).then().statusCode(400).body("violations[0].field", equalTo("endDate"));
        Map<String, Object> undated = body(null);
        undated.remove("startDate");
        Api.district().body(undated).post(path).then().statusCode(400).body("violations[0].field", equalTo("startDate"));
        Api.district().body(body(null)).post("/api/v1/allocations/" + UUID.randomUUID() + "/requests").then()
                .statusCode(404);
        Api.as(Tokens.principal(schoolA)).body(body(null)).post(path).then().statusCode(403);
        Api.anonymous().body(body(null)).post(path).then().statusCode(401);
        assertThat(partnerships(schoolA) + partnerships(schoolB)).isZero();
    }
}
