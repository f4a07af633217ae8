package org.partnermatch.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;

/**
 * The annual report against figures worked out by hand. Partnerships are made through the API, then their event
 * history is moved into the 2018-19 and 2019-20 school years, which no other test touches, so the district-wide
 * figures of 2019-20 are exactly these:
 * <pre>
 * P1  Title I school   requested, accepted, approved, started, completed in 2019-20; 28 served; 2 outcomes: met, not met
 * P2  Title I school   started in 2019-20 and still active at its end; 8 served; 1 outcome, no result
 * P3  Title I school   requested and declined in 2019-20
 * P4  other school     started in 2018-19, still active all through 2019-20 (no event in it); 40 served
 * P5  other school     requested, started and completed in 2018-19: not in 2019-20
 * 2019-20: 4 partnerships — completed 1, active 2, declined 1; students served 28 + 8 + 40 = 76;
 *          outcomes met 1, not met 1, not reported 1.
 * </pre>
 */
@QuarkusTest
class AnnualReportTest {

    @Test
    void aPastYearIsCountedFromItsHistoryAsWorkedOutByHand() {
        Setup titleI = Partnerships.setup(500, "students");
        UUID p1 = titleI.inState("active");
        plan(titleI, p1, 2);
        List<String> outcomes = as(titleI.partner()).get("/api/v1/partnerships/" + p1 + "/outcomes").then()
                .extract().jsonPath().getList("outcomes.id");
        as(titleI.partner()).body(Map.of("studentsServed", 28, "sessionsHeld", 30, "results", List.of(
                        Map.of("outcomeId", outcomes.get(0), "result", 30), Map.of("outcomeId", outcomes.get(1), "result", 5))))
                .put("/api/v1/partnerships/" + p1 + "/actuals").then().statusCode(200);
        Partnerships.act(p1, "complete", titleI.partner(), null);
        Setup second = titleI.withNewOffering(500, "students");
        UUID p2 = second.inState("active");
        plan(second, p2, 1);
        as(second.partner()).body(Map.of("studentsServed", 8)).put("/api/v1/partnerships/" + p2 + "/actuals").then()
                .statusCode(200);
        UUID p3 = titleI.withNewOffering(500, "students").inState("declined");

        Map<String, Object> schoolBody = Api.school();
        schoolBody.put("equity", Map.of("titleI", false, "freeReducedLunchPercent", 12, "englishLearnerPercent", 3,
                "qualityRank", 5));
        UUID other = UUID.fromString(Api.district().body(schoolBody).post("/api/v1/schools").then().statusCode(201)
                .extract().path("id"));
        Setup elsewhere = new Setup(other, Api.createNeed(other), titleI.organization(),
                Partnerships.offering(titleI.organization(), 500, "students"));
        UUID p4 = elsewhere.inState("active");
        as(elsewhere.partner()).body(Map.of("studentsServed", 40)).put("/api/v1/partnerships/" + p4 + "/actuals")
                .then().statusCode(200);
        UUID p5 = elsewhere.withNewOffering(500, "students").inState("completed");

        // The history, moved back: 2019-20 for P1-P3 (October), 2018-19 for P4's start and all of P5.
        moveHistory(List.of(p1, p2, p3), "2019-10-01 12:00-07");
        moveHistory(List.of(p4, p5), "2019-03-01 12:00-08");

        JsonPath report = Api.district().queryParam("schoolYear", "2019-20").get("/api/v1/reports/annual").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getString("schoolYear")).isEqualTo("2019-20");
        assertThat(report.getString("from")).isEqualTo("2019-07-01");
        assertThat(report.getString("to")).isEqualTo("2020-06-30");
        assertThat(report.getMap("district")).containsAllEntriesOf(Map.of("partnerships", 4, "completed", 1,
                "active", 2, "declined", 1, "requested", 0, "accepted", 0, "studentsServed", 76, "outcomesMet", 1,
                "outcomesNotMet", 1, "outcomesNotReported", 1));
        Map<String, Object> titleISchool = row(report, "schools", titleI.school().toString());
        assertThat(titleISchool).containsAllEntriesOf(Map.of("partnerships", 3, "studentsServed", 36));
        assertThat(row(report, "schools", other.toString())).containsAllEntriesOf(Map.of("partnerships", 1,
                "active", 1, "studentsServed", 40));
        assertThat(row(report, "equityGroups", "title_i")).containsAllEntriesOf(Map.of("partnerships", 3,
                "label", "Title I schools"));
        assertThat(row(report, "equityGroups", "not_title_i")).containsAllEntriesOf(Map.of("partnerships", 1));
        // the Title I school's need index is 77.9, the other's below 25
        assertThat(row(report, "equityGroups", "need_index_75_100")).containsAllEntriesOf(Map.of("partnerships", 3));
        assertThat(row(report, "equityGroups", "need_index_0_25")).containsAllEntriesOf(Map.of("partnerships", 1));
        assertThat(row(report, "organizations", titleI.organization().toString()))
                .containsAllEntriesOf(Map.of("partnerships", 4));
        assertThat(row(report, "categories", "math")).containsAllEntriesOf(Map.of("partnerships", 4,
                "label", Db.text("SELECT name FROM category WHERE code = 'math'")));

        // 2018-19: P4 started and P5 ran start to end; P1-P3 did not exist yet
        JsonPath before = Api.district().queryParam("schoolYear", "2018-19").get("/api/v1/reports/annual").then()
                .statusCode(200).extract().jsonPath();
        assertThat(row(before, "schools", other.toString())).containsAllEntriesOf(Map.of("partnerships", 2,
                "active", 1, "completed", 1));
        assertThat(before.getList("schools.key")).doesNotContain(titleI.school().toString());

        // Published (for the board): the second partnership's 8 students alone would be shown as fewer than 10
        JsonPath published = Api.district().queryParam("schoolYear", "2019-20").queryParam("published", "true")
                .get("/api/v1/reports/annual").then().statusCode(200).extract().jsonPath();
        assertThat(published.getInt("suppressedBelow")).isEqualTo(10);
        assertThat(row(published, "district", null)).containsEntry("studentsServed", 76);
        String csv = Api.district().header("Accept", "text/csv").queryParam("schoolYear", "2019-20")
                .queryParam("published", "true").get("/api/v1/reports/annual").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("school_year,level,key,label,partnerships");
        assertThat(csv).contains("2019-20,district,district,All schools,4,0,0,2,1,1,0,0,76,1,1,1");
    }

    @Test
    void smallCountsOfStudentsArePublishedAsFewerThanTen() {
        Setup s = Partnerships.setup(500, "students");
        UUID p = s.inState("active");
        as(s.partner()).body(Map.of("studentsServed", 6)).put("/api/v1/partnerships/" + p + "/actuals").then()
                .statusCode(200);
        Partnerships.act(p, "complete", s.partner(), null); // over within 2016-17, so no other year sees it
        moveHistory(List.of(p), "2016-11-01 12:00-08");
        JsonPath exact = Api.district().queryParam("schoolYear", "2016-17").get("/api/v1/reports/annual").then()
                .statusCode(200).extract().jsonPath();
        assertThat(row(exact, "schools", s.school().toString())).containsEntry("studentsServed", 6);
        JsonPath published = Api.district().queryParam("schoolYear", "2016-17").queryParam("published", "true")
                .get("/api/v1/reports/annual").then().statusCode(200).extract().jsonPath();
        Map<String, Object> school = row(published, "schools", s.school().toString());
        assertThat(school.get("studentsServed")).isNull();
        assertThat(school.get("studentsServedSuppressed")).isEqualTo(true);
        // the printable page says it in words
        String page = given().cookie("pm_session", Tokens.district()).queryParam("schoolYear", "2016-17")
                .get("/district/annual-report").then().statusCode(200).extract().asString();
        assertThat(page).contains("Partnerships in the 2016-17 school year").contains("&lt;10");
    }

    @Test
    void onlyDistrictStaffReadItAndABadYearIsNamed() {
        Api.district().queryParam("schoolYear", "2019-21").get("/api/v1/reports/annual").then().statusCode(400)
                .body("violations[0].field", equalTo("schoolYear"));
        as(Tokens.principal(Api.createSchool())).get("/api/v1/reports/annual").then().statusCode(403);
        Api.anonymous().get("/api/v1/reports/annual").then().statusCode(401);
        given().cookie("pm_session", Tokens.principal(Api.createSchool())).get("/district/annual-report").then()
                .statusCode(403);
    }

    private static void plan(Setup s, UUID partnership, int count) {
        List<Map<String, Object>> outcomes = Stream.of("Students attending at least 10 sessions",
                "Students reading at grade level").limit(count)
                .map(m -> Map.<String, Object>of("measure", m, "target", 25, "unit", "students"))
                .collect(Collectors.toList());
        as(s.principal()).body(Map.of("outcomes", outcomes)).put("/api/v1/partnerships/" + partnership + "/outcomes")
                .then().statusCode(200);
    }

    /** Moves the partnerships' events to start at {@code start}, keeping their order and spacing. */
    private static void moveHistory(List<UUID> partnerships, String start) {
        String ids = partnerships.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        Db.update("UPDATE partnership_event SET occurred_at = TIMESTAMPTZ '" + start + "' + (occurred_at - "
                + "(SELECT min(occurred_at) FROM partnership_event WHERE partnership_id IN (" + ids + ")))"
                + " WHERE partnership_id IN (" + ids + ")");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(JsonPath report, String list, String key) {
        if (key == null) {
            return report.getMap(list);
        }
        return ((List<Map<String, Object>>) (List<?>) report.getList(list)).stream()
                .filter(r -> key.equals(r.get("key"))).findFirst().orElseThrow(() -> new AssertionError(list + " has no " + key));
    }
}
