package org.partnermatch.recognition;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Partnerships.Setup;
import org.partnermatch.support.Tokens;

@QuarkusTest
class RecognitionTest {

    @Test
    void aPartyNominatesAndDistrictPublishes() {
        Setup s = Partnerships.setup(100, "students");
        UUID partnership = s.inState("completed");
        String nominator = s.partner();
        Map<String, Object> body = Map.of("partnershipId", partnership, "title", "Attendance up",
                "story", "Chronic absence fell by a third.");
        Api.anonymous().body(body).post("/api/v1/recognitions").then().statusCode(401);
        String id = as(nominator).body(body).post("/api/v1/recognitions").then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("nominated"))
                .body("organizationName", notNullValue())
                .body("schoolName", notNullValue())
                .extract().path("id");

        // not public until published; the nominator and district staff see it
        Api.anonymous().get("/api/v1/recognitions").then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.anonymous().get("/api/v1/recognitions/" + id).then().statusCode(404);
        as(nominator).get("/api/v1/recognitions/" + id).then().statusCode(200);
        district().queryParam("status", "nominated").queryParam("size", 100).get("/api/v1/recognitions/nominations")
                .then().statusCode(200).body("items.id", hasItem(id));
        as(s.principal()).post("/api/v1/recognitions/" + id + "/publish").then().statusCode(403);

        district().post("/api/v1/recognitions/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("published")).body("publishedAt", notNullValue());
        district().post("/api/v1/recognitions/" + id + "/publish").then().statusCode(409);
        Api.anonymous().get("/api/v1/recognitions").then().statusCode(200).body("items.id", hasItem(id));
        Api.anonymous().get("/api/v1/recognitions/" + id).then().statusCode(200)
                .body("story", equalTo("Chronic absence fell by a third."));
    }

    @Test
    void someoneWhoIsNotAPartyLearnsNothingAboutThePartnership() {
        Setup s = Partnerships.setup(100, "students");
        UUID completed = s.inState("completed");
        UUID requested = s.withNewOffering(50, "students").request(5);
        for (String outsider : new String[] {Tokens.partner(Api.createOrganization(true)),
                Tokens.principal(Api.createSchool())}) {
            for (UUID partnership : new UUID[] {completed, requested, UUID.randomUUID()}) {
                as(outsider).body(Map.of("partnershipId", partnership, "title", "Probe", "story", "Probe."))
                        .post("/api/v1/recognitions").then().statusCode(404)
                        .body("detail", not(org.hamcrest.Matchers.containsString("Test")))
                        .body("$", not(org.hamcrest.Matchers.hasKey("schoolName")));
            }
        }
    }

    @Test
    void onlyPartnershipsThatRanCanBeNominated() {
        Setup s = Partnerships.setup(100, "students");
        UUID requested = s.request(5);
        as(s.principal()).body(Map.of("partnershipId", requested, "title", "Too early", "story", "Not yet."))
                .post("/api/v1/recognitions").then().statusCode(409);
        as(s.principal()).body(Map.of("partnershipId", UUID.randomUUID(), "title", "Nobody", "story", "None."))
                .post("/api/v1/recognitions").then().statusCode(404);
        as(s.principal()).body(Map.of("partnershipId", requested, "title", "", "story", "x"))
                .post("/api/v1/recognitions").then().statusCode(400).body("violations[0].field", equalTo("title"));
    }
}
