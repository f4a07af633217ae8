package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Index;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;

/**
 * An organization that declined (or, as the partner, cancelled) a school's request for a need is left out of that
 * need's matches and allocation for the remembered period (180 days by default), and the school sees why.
 */
@QuarkusTest
class DeclineMatchingTest {

    @Inject
    MatchingService matching;

    private static List<String> organizationsMatched(String token, UUID need) {
        return as(token).get("/api/v1/needs/" + need + "/matches?limit=100").then().statusCode(200).extract()
                .jsonPath().getList("results.organization.id", String.class);
    }

    private void awaitDeclines(UUID need, int count) {
        Index.await(matching.index(), snap -> snap.declinesOf(need, Instant.now()).size() == count);
    }

    @Test
    void aDeclineLeavesTheOrganizationOutOfThatNeedOnlyAndTheSchoolSeesWhy() {
        Setup s = Partnerships.setup(100, "students");
        UUID otherNeed = Api.createNeed(s.school());
        Index.awaitCandidate(matching.index(), s.offering());
        assertThat(organizationsMatched(s.principal(), s.need())).contains(s.organization().toString());

        UUID request = s.request(5);
        Partnerships.act(request, "decline", s.partner(), Map.of("reason", "No tutors free on Tuesdays this term"));
        awaitDeclines(s.need(), 1);

        JsonPath json = as(s.principal()).get("/api/v1/needs/" + s.need() + "/matches?limit=100").then()
                .statusCode(200).extract().jsonPath();
        assertThat(json.getList("results.organization.id", String.class)).doesNotContain(s.organization().toString());
        assertThat(json.getString("leftOut[0].organization.id")).isEqualTo(s.organization().toString());
        assertThat(json.getString("leftOut[0].state")).isEqualTo("declined");
        assertThat(json.getString("leftOut[0].note")).isEqualTo("No tutors free on Tuesdays this term");
        assertThat(json.getString("leftOut[0].reason")).startsWith("Declined a request for this need on ")
                .contains("(No tutors free on Tuesdays this term); left out of its matches until ");
        assertThat(Instant.parse(json.getString("leftOut[0].until")))
                .isAfter(Instant.now().plusSeconds(179L * 24 * 3600));

        // the school's other need still finds it, and so does the school-wide ranking, for that need only
        assertThat(organizationsMatched(s.principal(), otherNeed)).contains(s.organization().toString());
        JsonPath school = as(s.principal()).get("/api/v1/schools/" + s.school() + "/matches?limit=100").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> entry = school.<Map<String, Object>>getList("results").stream()
                .filter(r -> ((Map<String, Object>) r.get("organization")).get("id")
                        .equals(s.organization().toString())).findFirst().orElseThrow();
        assertThat(((List<Map<String, Object>>) entry.get("needs")).stream().map(n -> n.get("needId")))
                .containsExactly(otherNeed.toString());

        // the need's page says so too
        io.restassured.RestAssured.given().cookie("pm_session", s.principal()).get("/needs/" + s.need()).then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("Left out for now"),
                        org.hamcrest.Matchers.containsString("No tutors free on Tuesdays this term"));
        // in the reader's language, the days the district's way
        io.restassured.RestAssured.given().header("Accept-Language", "es").cookie("pm_session", s.principal())
                .get("/needs/" + s.need()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Rechazó una solicitud para esta necesidad el "),
                        org.hamcrest.Matchers.containsString("(No tutors free on Tuesdays this term); no aparece entre "
                                + "sus organizaciones hasta el "));

        // the organization cannot read the school's matches (nor the notes on other partners' declines)
        as(s.partner()).get("/api/v1/needs/" + s.need() + "/matches").then().statusCode(403);
    }

    @Test
    void aPartnerCancellationCountsAsADeclineASchoolCancellationDoesNot() {
        Setup bySchool = Partnerships.setup(100, "students");
        Index.awaitCandidate(matching.index(), bySchool.offering());
        bySchool.inState("cancelled"); // the principal cancels
        Index.await(matching.index(), snap -> snap.openNeeds().containsKey(bySchool.need()));
        assertThat(organizationsMatched(bySchool.principal(), bySchool.need()))
                .contains(bySchool.organization().toString());
        as(bySchool.principal()).get("/api/v1/needs/" + bySchool.need() + "/matches").then().statusCode(200)
                .body("leftOut", empty());

        Setup byPartner = Partnerships.setup(100, "students");
        Index.awaitCandidate(matching.index(), byPartner.offering());
        UUID id = byPartner.request(5);
        Partnerships.act(id, "accept", byPartner.partner(), null);
        Partnerships.act(id, "cancel", byPartner.partner(), Map.of("reason", "Our program lost its funding"));
        awaitDeclines(byPartner.need(), 1);
        assertThat(organizationsMatched(byPartner.principal(), byPartner.need()))
                .doesNotContain(byPartner.organization().toString());
        as(byPartner.principal()).get("/api/v1/needs/" + byPartner.need() + "/matches").then().statusCode(200)
                .body("leftOut[0].state", equalTo("cancelled"))
                .body("leftOut[0].reason", startsWith("Cancelled a request for this need on "));
    }

    @Test
    void aDeclineOlderThanTheRememberedPeriodIsForgotten() {
        Setup s = Partnerships.setup(100, "students");
        Index.awaitCandidate(matching.index(), s.offering());
        UUID request = s.request(5);
        Partnerships.act(request, "decline", s.partner(), Map.of("reason", "Full this term"));
        awaitDeclines(s.need(), 1);
        Db.update("UPDATE partnership SET requested_at = now() - INTERVAL '200 days', expires_at = now() - "
                + "INTERVAL '190 days', responded_at = now() - INTERVAL '181 days', closed_at = now() - "
                + "INTERVAL '181 days' WHERE id = '" + request + "'");
        matching.index().reloadAll();
        assertThat(matching.index().snapshot().declinesOf(s.need(), Instant.now())).isEmpty();
        assertThat(organizationsMatched(s.principal(), s.need())).contains(s.organization().toString());
    }

    @Test
    void allocationLeavesOutAnOrganizationThatDeclinedTheNeed() {
        String category = "dm-" + UUID.randomUUID().toString().substring(0, 8);
        Api.district().body(Map.of("code", category, "name", "Decline " + category)).post("/api/v1/categories")
                .then().statusCode(201);
        UUID school = Api.createSchool();
        Map<String, Object> needBody = Api.need();
        needBody.put("category", category);
        UUID need = UUID.fromString(Api.district().body(needBody).post("/api/v1/schools/" + school + "/needs")
                .then().statusCode(201).extract().path("id"));
        UUID org = Api.createOrganization(true);
        Map<String, Object> offeringBody = Api.offering();
        offeringBody.put("categories", List.of(category));
        UUID offering = UUID.fromString(Api.district().body(offeringBody)
                .post("/api/v1/organizations/" + org + "/offerings").then().statusCode(201).extract().path("id"));
        Index.awaitCandidate(matching.index(), offering);
        Map<String, Object> plan = Map.of("schoolIds", List.of(school), "category", category, "minScore", 0);
        Api.district().body(plan).post("/api/v1/allocations").then().statusCode(201)
                .body("plan.pairs", equalTo(1));

        UUID request = UUID.fromString(as(Tokens.principal(school))
                .body(Partnerships.body(school, offering, need, 5)).post("/api/v1/partnerships").then()
                .statusCode(201).extract().path("id"));
        Partnerships.act(request, "decline", Tokens.partner(org), Map.of("reason", "Not this year"));
        awaitDeclines(need, 1);
        Api.district().body(plan).post("/api/v1/allocations").then().statusCode(201)
                .body("plan.pairs", equalTo(0));
    }
}
