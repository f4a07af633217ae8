package org.partnermatch.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;

/** The outcomes two parties agree for a partnership, and what they record happened: counts only, parties only. */
@QuarkusTest
class OutcomesTest {

    private static final Map<String, Object> PLAN = Map.of("outcomes", List.of(
            Map.of("measure", "Students attending at least 10 sessions", "target", 30, "unit", "students"),
            Map.of("measure", "Families at a literacy night", "target", 12, "unit", "families")));

    @Test
    void thePartiesAgreeOutcomesAndRecordResultsAndCounts() {
        Setup s = Partnerships.setup(100, "students");
        UUID id = s.inState("accepted");
        String path = "/api/v1/partnerships/" + id;
        as(s.partner()).body(PLAN).put(path + "/outcomes").then().statusCode(200)
                .body("outcomes.measure", equalTo(List.of("Students attending at least 10 sessions",
                        "Families at a literacy night")))
                .body("outcomes[0].position", equalTo(1)).body("outcomes[0].met", nullValue());
        // the school changes the plan before it starts: the whole list is replaced
        as(s.principal()).body(Map.of("outcomes", List.of(Map.of("measure", "Students attending at least 10 sessions",
                "target", 25, "unit", "students")))).put(path + "/outcomes").then().statusCode(200)
                .body("outcomes.target", equalTo(List.of(25)));
        // nothing to record before it runs
        as(s.partner()).body(Map.of("studentsServed", 5)).put(path + "/actuals").then().statusCode(409)
                .body("detail", containsString("'accepted'"));

        Partnerships.act(id, "start", s.principal(), null);
        String outcome = as(s.principal()).get(path + "/outcomes").then().statusCode(200).extract()
                .path("outcomes[0].id");
        as(s.partner()).body(Map.of("studentsServed", 28, "sessionsHeld", 22,
                        "results", List.of(Map.of("outcomeId", outcome, "result", 27))))
                .put(path + "/actuals").then().statusCode(200)
                .body("studentsServed", equalTo(28)).body("sessionsHeld", equalTo(22))
                .body("outcomes[0].result", equalTo(27)).body("outcomes[0].met", equalTo(true));
        // a figure left out stays as it was
        as(s.principal()).body(Map.of("sessionsHeld", 24)).put(path + "/actuals").then().statusCode(200)
                .body("studentsServed", equalTo(28)).body("sessionsHeld", equalTo(24));
        // once results exist the agreed outcomes stand
        as(s.principal()).body(PLAN).put(path + "/outcomes").then().statusCode(409);
        Partnerships.act(id, "complete", s.partner(), null);
        as(s.partner()).body(Map.of("studentsServed", 30)).put(path + "/actuals").then().statusCode(200);
        Api.district().get(path).then().statusCode(200).body("studentsServed", equalTo(30))
                .body("approvedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(Db.number("SELECT count(*) FROM audit_event WHERE entity_id = '" + id + "' AND action IN"
                + " ('partnership.outcomes_planned', 'partnership.actuals_recorded')")).isEqualTo(5);
    }

    @Test
    void onlyThePartiesAndTheDistrictSeeOrChangeThem() {
        Setup s = Partnerships.setup(100, "students");
        UUID id = s.inState("active");
        String path = "/api/v1/partnerships/" + id;
        as(Tokens.principal(Api.createSchool())).get(path + "/outcomes").then().statusCode(404);
        as(Tokens.partner(Api.createOrganization(true))).body(PLAN).put(path + "/outcomes").then().statusCode(404);
        as(Tokens.district()).body(PLAN).put(path + "/outcomes").then().statusCode(200);
        Api.anonymous().get(path + "/outcomes").then().statusCode(401);
    }

    @Test
    void badInputNamesTheField() {
        Setup s = Partnerships.setup(100, "students");
        UUID id = s.inState("active");
        String path = "/api/v1/partnerships/" + id;
        as(s.partner()).body(Map.of("outcomes", List.of())).put(path + "/outcomes").then().statusCode(400)
                .body("violations[0].field", equalTo("outcomes"));
        as(s.partner()).body(Map.of("outcomes", List.of(Map.of("measure", " ", "target", -1, "unit", "students"))))
                .put(path + "/outcomes").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("outcomes[0].measure", "outcomes[0].target"));
        as(s.partner()).body(Map.of("results", List.of(Map.of("outcomeId", UUID.randomUUID(), "result", 3))))
                .put(path + "/actuals").then().statusCode(400).body("violations[0].field", equalTo("results[0].outcomeId"));
        as(s.partner()).body(Map.of("studentsServed", -2)).put(path + "/actuals").then().statusCode(400)
                .body("violations[0].field", equalTo("studentsServed"));
    }
}
