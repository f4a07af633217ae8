package org.partnermatch.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;

@QuarkusTest
class PartnershipLifecycleTest {

    private static final List<String> STATES =
            List.of("requested", "accepted", "declined", "active", "completed", "cancelled", "expired");

    /** action → (state it is legal from → state it leads to). */
    private static final Map<String, Map<String, String>> LEGAL = Map.of(
            "accept", Map.of("requested", "accepted"),
            "decline", Map.of("requested", "declined"),
            "start", Map.of("accepted", "active"),
            "complete", Map.of("active", "completed"),
            "cancel", Map.of("requested", "cancelled", "accepted", "cancelled", "active", "cancelled"));

    @Test
    void aPrincipalRequestsAndThePartnerAcceptsStartsAndCompletes() {
        Setup s = Partnerships.setup(60, "students");
        Response created = as(s.principal()).body(Partnerships.body(null, s.offering(), s.need(), 25))
                .post("/api/v1/partnerships");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/partnerships/"))
                .header("ETag", "\"0\"")
                .body("state", equalTo("requested"))
                .body("schoolId", equalTo(s.school().toString()))
                .body("organizationId", equalTo(s.organization().toString()))
                .body("needIds", hasSize(1))
                .body("capacityHeld", equalTo(0))
                .body("expiresAt", notNullValue());
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(id);

        as(s.partner()).post("/api/v1/partnerships/" + id + "/accept").then().statusCode(200)
                .body("state", equalTo("accepted")).body("capacityHeld", equalTo(25))
                .body("respondedAt", notNullValue());
        assertThat(Partnerships.capacityUsed(s.offering())).isEqualTo(25);
        // district policy: it starts only once the school's principal approved it, who alone may
        as(s.partner()).post("/api/v1/partnerships/" + id + "/start").then().statusCode(409)
                .body("detail", containsString("principal has not approved"));
        as(s.partner()).post("/api/v1/partnerships/" + id + "/approve").then().statusCode(403);
        as(Tokens.district()).post("/api/v1/partnerships/" + id + "/approve").then().statusCode(403);
        as(Tokens.principal(Api.createSchool())).post("/api/v1/partnerships/" + id + "/approve").then().statusCode(404);
        as(s.principal()).post("/api/v1/partnerships/" + id + "/approve").then().statusCode(200)
                .body("approvedBy", notNullValue()).body("approvedAt", notNullValue()).body("state", equalTo("accepted"));
        assertThat(Db.number("SELECT count(*) FROM audit_event WHERE action = 'partnership.approved' AND entity_id = '"
                + id + "'")).isEqualTo(1);
        as(s.principal()).post("/api/v1/partnerships/" + id + "/start").then().statusCode(200)
                .body("state", equalTo("active")).body("startedAt", notNullValue());
        as(s.principal()).post("/api/v1/partnerships/" + id + "/approve").then().statusCode(200); // once is enough
        as(s.partner()).post("/api/v1/partnerships/" + id + "/complete").then().statusCode(200)
                .body("state", equalTo("completed")).body("capacityHeld", equalTo(25));
        // the term's capacity stays used by what was delivered in it
        assertThat(Partnerships.capacityUsed(s.offering())).isEqualTo(25);

        as(s.principal()).get("/api/v1/partnerships/" + id + "/events").then().statusCode(200)
                .body("items.type", equalTo(List.of("partnership.requested", "partnership.accepted",
                        "partnership.active", "partnership.completed")))
                .body("items[0].fromState", nullValue())
                .body("items[1].fromState", equalTo("requested"))
                .body("items[1].actorRole", equalTo("partner"));
        district().queryParam("entityType", "partnership").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("totalItems", equalTo(5)) // the four moves and the approval
                .body("items[0].action", equalTo("partnership.completed"))
                .body("items[0].before.state", equalTo("active"));
        district().queryParam("entityId", s.offering().toString()).queryParam("action", "offering.capacity_taken")
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].before.capacityUsed", equalTo(0)).body("items[0].after.capacityUsed", equalTo(25));
    }

    @Test
    void everyActionFromEveryStateIsAllowedExactlyWhenLegal() {
        Setup base = Partnerships.setup(1000, "students");
        List<String> failures = new ArrayList<>();
        for (String action : LEGAL.keySet()) {
            for (String state : STATES) {
                Setup s = base.withNewOffering(1000, "students");
                UUID id = s.inState(state);
                long usedBefore = Partnerships.capacityUsed(s.offering());
                var request = as(Tokens.district());
                if (action.equals("decline") || action.equals("cancel")) {
                    request.body(Map.of("reason", "Testing " + action));
                }
                Response response = request.post("/api/v1/partnerships/" + id + "/" + action);
                String target = LEGAL.get(action).get(state);
                if (target != null) {
                    if (response.statusCode() != 200 || !target.equals(response.path("state"))) {
                        failures.add(action + " from " + state + ": " + response.statusCode() + " " + response.asString());
                    }
                } else {
                    String detail = response.path("detail");
                    if (response.statusCode() != 409 || !response.contentType().startsWith("application/problem+json")
                            || detail == null || !detail.contains("'" + state + "'")) {
                        failures.add(action + " from " + state + ": expected 409 naming the state, got "
                                + response.statusCode() + " " + response.asString());
                    }
                    // a refused move changes nothing
                    String stored = Db.text("SELECT state FROM partnership WHERE id = '" + id + "'");
                    if (!state.equals(stored) || Partnerships.capacityUsed(s.offering()) != usedBefore) {
                        failures.add(action + " from " + state + ": refused, yet the partnership or capacity changed");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void declineAndCancelNeedAReasonAndCancelReleasesCapacity() {
        Setup s = Partnerships.setup(10, "schools");
        UUID id = s.request(40);
        as(s.partner()).body(Map.of()).post("/api/v1/partnerships/" + id + "/decline").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(s.partner()).post("/api/v1/partnerships/" + id + "/accept").then().statusCode(200)
                .body("capacityHeld", equalTo(1));
        assertThat(Partnerships.capacityUsed(s.offering())).isEqualTo(1);
        as(s.principal()).body(Map.of("reason", "  ")).post("/api/v1/partnerships/" + id + "/cancel").then().statusCode(400);
        as(s.partner()).body(Map.of("reason", "Lost our grant")).post("/api/v1/partnerships/" + id + "/cancel")
                .then().statusCode(200)
                .body("state", equalTo("cancelled")).body("cancelledBy", equalTo("partner"))
                .body("cancelReason", equalTo("Lost our grant")).body("capacityHeld", equalTo(0));
        assertThat(Partnerships.capacityUsed(s.offering())).isZero();
        district().queryParam("entityId", s.offering().toString()).queryParam("action", "offering.capacity_released")
                .get("/api/v1/audit").then().body("totalItems", equalTo(1));

        UUID declined = s.withNewOffering(5, "schools").request(3);
        as(s.partner()).body(Map.of("reason", "Our coordinator is full")).post("/api/v1/partnerships/" + declined + "/decline")
                .then().statusCode(200).body("state", equalTo("declined"))
                .body("declineReason", equalTo("Our coordinator is full")).body("closedAt", notNullValue());
        as(s.principal()).get("/api/v1/partnerships/" + declined + "/events").then()
                .body("items[1].type", equalTo("partnership.declined"))
                .body("items[1].note", equalTo("Our coordinator is full"));
    }

    @Test
    void bodilessActionsNeedNoContentType() {
        Setup s = Partnerships.setup(10, "students");
        UUID id = s.request(2);
        io.restassured.RestAssured.given().auth().oauth2(s.partner()).post("/api/v1/partnerships/" + id + "/accept")
                .then().statusCode(200).body("state", equalTo("accepted"));
    }

    @Test
    void acceptingNeedsCapacity() {
        Setup s = Partnerships.setup(30, "students");
        UUID first = s.request(20);
        Setup otherSchool = new Setup(Api.createSchool(), null, s.organization(), s.offering());
        UUID otherNeed = Api.createNeed(otherSchool.school());
        UUID second = UUID.fromString(as(otherSchool.principal())
                .body(Partnerships.body(otherSchool.school(), s.offering(), otherNeed, 15))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id"));
        as(s.partner()).post("/api/v1/partnerships/" + first + "/accept").then().statusCode(200);
        as(s.partner()).post("/api/v1/partnerships/" + second + "/accept").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("No capacity left"));
        as(s.partner()).get("/api/v1/partnerships/" + second).then().body("state", equalTo("requested"));
        assertThat(Partnerships.capacityUsed(s.offering())).isEqualTo(20);
        // more students than the whole offering can never fit: refused at request time
        Setup third = Partnerships.setup(10, "students");
        as(third.principal()).body(Partnerships.body(third.school(), third.offering(), third.need(), 11))
                .post("/api/v1/partnerships").then().statusCode(409).body("detail", containsString("at most 10"));
    }

    @Test
    void oneOpenRequestPerSchoolAndOffering() {
        Setup s = Partnerships.setup(100, "students");
        UUID first = s.request(5);
        as(s.principal()).body(Partnerships.body(s.school(), s.offering(), s.need(), 6)).post("/api/v1/partnerships")
                .then().statusCode(409).body("detail", containsString("already has an open request"));
        Partnerships.act(first, "decline", s.partner(), Map.of("reason", "Not this term"));
        // once the first is closed, the school may ask again
        s.request(6);
    }

    @Test
    void requestsAreChecked() {
        Setup s = Partnerships.setup(100, "students");
        Map<String, Object> body = Partnerships.body(s.school(), s.offering(), s.need(), 5);
        body.put("endDate", "2027-01-01");
        as(s.principal()).body(body).post("/api/v1/partnerships").then().statusCode(400)
                .body("violations[0].field", equalTo("endDate"));

        UUID otherSchool = Api.createSchool();
        UUID foreignNeed = Api.createNeed(otherSchool);
        as(s.principal()).body(Partnerships.body(s.school(), s.offering(), foreignNeed, 5)).post("/api/v1/partnerships")
                .then().statusCode(400).body("violations[0].field", equalTo("needIds[0]"));

        Map<String, Object> missing = Partnerships.body(s.school(), s.offering(), s.need(), 5);
        missing.remove("needIds");
        missing.remove("startDate");
        as(s.principal()).body(missing).post("/api/v1/partnerships").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("needIds", "startDate"));

        Map<String, Object> serverOwned = Partnerships.body(s.school(), s.offering(), s.need(), 5);
        serverOwned.put("state", "accepted");
        as(s.principal()).body(serverOwned).post("/api/v1/partnerships").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));

        // a principal requests for their own school only; district staff must name the school
        as(Tokens.principal(otherSchool)).body(Partnerships.body(s.school(), s.offering(), s.need(), 5))
                .post("/api/v1/partnerships").then().statusCode(403);
        district().body(Partnerships.body(null, s.offering(), s.need(), 5)).post("/api/v1/partnerships").then()
                .statusCode(400).body("violations[0].field", equalTo("schoolId"));
        as(s.partner()).body(Partnerships.body(s.school(), s.offering(), s.need(), 5)).post("/api/v1/partnerships")
                .then().statusCode(403);
        district().body(Partnerships.body(s.school(), UUID.randomUUID(), s.need(), 5)).post("/api/v1/partnerships")
                .then().statusCode(404);
    }

    @Test
    void onlyPartiesSeeAPartnershipAndEachSideDoesItsOwnMoves() {
        Setup s = Partnerships.setup(100, "students");
        UUID id = s.request(5);
        String path = "/api/v1/partnerships/" + id;
        String otherPrincipal = Tokens.principal(Api.createSchool());
        String otherPartner = Tokens.partner(Api.createOrganization(true));
        as(otherPrincipal).get(path).then().statusCode(404);
        as(otherPartner).get(path).then().statusCode(404);
        Api.anonymous().get(path).then().statusCode(401);
        as(otherPartner).post(path + "/accept").then().statusCode(404);
        as(otherPrincipal).body(Map.of("reason", "x")).post(path + "/cancel").then().statusCode(404);
        // the school cannot accept its own request
        as(s.principal()).post(path + "/accept").then().statusCode(403);
        as(s.partner()).get(path).then().statusCode(200).header("ETag", "\"0\"");
        as(s.principal()).get("/api/v1/partnerships/not-a-uuid").then().statusCode(400);
        as(s.principal()).get("/api/v1/partnerships/" + UUID.randomUUID()).then().statusCode(404);

        // lists: each party sees its own
        as(s.principal()).get("/api/v1/partnerships").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id.toString()));
        as(s.partner()).queryParam("state", "requested").get("/api/v1/partnerships").then()
                .body("totalItems", equalTo(1));
        as(otherPrincipal).get("/api/v1/partnerships").then().statusCode(200).body("items", hasSize(0));
        district().queryParam("offeringId", s.offering().toString()).get("/api/v1/partnerships").then()
                .body("totalItems", equalTo(1));
        district().queryParam("state", "nope").get("/api/v1/partnerships").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
    }

    @Test
    void vettingDecidesWhoCanBeRequested() {
        Setup s = Partnerships.setup(100, "students");
        UUID waiting = s.request(5);
        district().body(Map.of("status", "suspended", "note", "Insurance lapsed"))
                .post("/api/v1/organizations/" + s.organization() + "/vetting").then().statusCode(200);
        // a suspended organization's offerings cannot be requested ...
        UUID other = Api.createSchool();
        UUID need = Api.createNeed(other);
        district().body(Partnerships.body(other, s.offering(), need, 5)).post("/api/v1/partnerships").then()
                .statusCode(409).body("detail", containsString("not approved"));
        // ... and requests already waiting for it cannot be accepted
        district().post("/api/v1/partnerships/" + waiting + "/accept").then().statusCode(409)
                .body("detail", containsString("not approved"));
        assertThat(Partnerships.capacityUsed(s.offering())).isZero();

        UUID pendingOrg = Api.createOrganization(false);
        UUID pendingOffering = Partnerships.offering(pendingOrg, 10, "students");
        as(s.principal()).body(Partnerships.body(s.school(), pendingOffering, s.need(), 5)).post("/api/v1/partnerships")
                .then().statusCode(409);

        district().body(Map.of("status", "approved")).post("/api/v1/organizations/" + s.organization() + "/vetting")
                .then().statusCode(200);
        district().post("/api/v1/partnerships/" + waiting + "/accept").then().statusCode(200);
    }

    @Test
    void recordsAPartnershipRefersToCannotBeDeleted() {
        Setup s = Partnerships.setup(100, "students");
        s.request(5);
        district().delete("/api/v1/offerings/" + s.offering()).then().statusCode(409)
                .contentType("application/problem+json");
        district().delete("/api/v1/needs/" + s.need()).then().statusCode(409);
        district().delete("/api/v1/schools/" + s.school()).then().statusCode(409);
        district().delete("/api/v1/organizations/" + s.organization()).then().statusCode(409);
        district().get("/api/v1/offerings/" + s.offering()).then().statusCode(200);
    }

    /** README walk-through steps 9-11, on the demo directory (then cancelled, giving the capacity back). */
    @Test
    void theReadmeWalkThroughWorksOnTheDemoDirectory() {
        UUID akiKurose = UUID.fromString("5c000000-0000-4000-8000-000000000001");
        UUID communitiesInSchools = UUID.fromString("0a000000-0000-4000-8000-000000000003");
        UUID caseManagement = UUID.fromString("0f000000-0000-4000-8000-000000000009");
        long usedBefore = Partnerships.capacityUsed(caseManagement);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("offeringId", caseManagement);
        body.put("needIds", List.of("0e000000-0000-4000-8000-000000000003"));
        body.put("message", "About 30 of our 8th graders are chronically absent; could your coordinator take them on?");
        body.put("studentsToServe", 30);
        body.put("startDate", "2027-02-01");
        body.put("endDate", "2027-06-15");
        String id = as(Tokens.principal(akiKurose)).header("Idempotency-Key", "aki-kurose-attendance-" + UUID.randomUUID())
                .body(body).post("/api/v1/partnerships").then().statusCode(201).extract().path("id");
        as(Tokens.partner(communitiesInSchools)).queryParam("state", "requested").get("/api/v1/partnerships").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
        as(Tokens.partner(communitiesInSchools)).post("/api/v1/partnerships/" + id + "/accept").then().statusCode(200);
        assertThat(Partnerships.capacityUsed(caseManagement)).isEqualTo(usedBefore + 30);
        as(Tokens.principal(akiKurose)).get("/api/v1/partnerships/" + id + "/events").then().statusCode(200)
                .body("items", hasSize(2));
        as(Tokens.principal(akiKurose)).body(Map.of("reason", "Test over")).post("/api/v1/partnerships/" + id + "/cancel")
                .then().statusCode(200);
        assertThat(Partnerships.capacityUsed(caseManagement)).isEqualTo(usedBefore);
    }

    @Test
    void theContractDescribesTheLifecycle() {
        String contract = Api.anonymous().queryParam("format", "json").get("/q/openapi").asString();
        assertThat(contract).contains("requested --accept--> accepted --start--> active --complete--> completed");
        Api.anonymous().get("/q/openapi?format=json").then()
                .body("paths.'/api/v1/partnerships'.post.responses.'201'.description", endsWith("names the partnership."))
                .body("paths.'/api/v1/partnerships'.post.responses.'422'", notNullValue());
    }
}
