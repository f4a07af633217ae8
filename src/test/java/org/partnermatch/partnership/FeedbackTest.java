package org.partnermatch.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

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

@QuarkusTest
class FeedbackTest {

    @Test
    void eachSideRatesOnceAfterThePartnershipIsActive() {
        Setup s = Partnerships.setup(100, "students");
        for (String state : List.of("requested", "accepted", "declined", "cancelled", "expired")) {
            UUID id = s.withNewOffering(100, "students").inState(state);
            as(s.principal()).body(Map.of("rating", 5)).post("/api/v1/partnerships/" + id + "/feedback").then()
                    .statusCode(409).body("detail", containsString("'" + state + "'"));
        }
        UUID id = s.inState("active");
        String path = "/api/v1/partnerships/" + id + "/feedback";
        as(s.principal()).body(Map.of("rating", 6)).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("rating"));
        as(s.principal()).body(Map.of("rating", 0)).post(path).then().statusCode(400);
        as(s.principal()).body(Map.of("comment", "no rating")).post(path).then().statusCode(400);
        as(s.principal()).body(Map.of("rating", 4, "comment", "Reliable and kind", "givenBy", "partner")).post(path)
                .then().statusCode(400).body("violations[0].field", equalTo("givenBy"));

        as(s.principal()).body(Map.of("rating", 4, "comment", "Reliable and kind")).post(path).then().statusCode(201)
                .header("Location", containsString(path))
                .body("givenBy", equalTo("school")).body("rating", equalTo(4));
        as(s.principal()).body(Map.of("rating", 5)).post(path).then().statusCode(409)
                .body("detail", containsString("once per side"));
        // completed partnerships take feedback too; the partner's side is separate
        Partnerships.act(id, "complete", s.partner(), null);
        as(s.partner()).body(Map.of("rating", 3, "comment", "Hard to reach the front office")).post(path).then()
                .statusCode(201).body("givenBy", equalTo("partner"));
        as(s.partner()).body(Map.of("rating", 3)).post(path).then().statusCode(409);

        // district staff and outsiders do not rate
        district().body(Map.of("rating", 5)).post(path).then().statusCode(403);
        as(Tokens.principal(Api.createSchool())).body(Map.of("rating", 1)).post(path).then().statusCode(404);
        assertThat(Db.number("SELECT count(*) FROM partnership_feedback WHERE partnership_id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    void partnersFeedbackAboutSchoolsIsForDistrictStaffAndThePartner() {
        Setup s = Partnerships.setup(100, "students");
        UUID id = s.inState("active");
        String path = "/api/v1/partnerships/" + id + "/feedback";
        as(s.principal()).body(Map.of("rating", 5, "comment", "Wonderful")).post(path).then().statusCode(201);
        as(s.partner()).body(Map.of("rating", 2, "comment", "Space was never ready")).post(path).then().statusCode(201);

        as(s.principal()).get(path).then().statusCode(200).body("", hasSize(1)).body("[0].givenBy", equalTo("school"));
        as(s.partner()).get(path).then().statusCode(200).body("", hasSize(2));
        district().get(path).then().statusCode(200).body("", hasSize(2));
        district().queryParam("givenBy", "partner").queryParam("schoolId", s.school().toString())
                .get("/api/v1/feedback").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].comment", equalTo("Space was never ready"))
                .body("items[0].schoolId", equalTo(s.school().toString()))
                .body("items[0].organizationId", equalTo(s.organization().toString()));
        as(s.principal()).get("/api/v1/feedback").then().statusCode(403);
    }

    @Test
    void schoolsRatingsMakeThePartnersTrackRecord() {
        Setup s = Partnerships.setup(100, "students");
        String path = "/api/v1/organizations/" + s.organization() + "/track-record";
        Api.anonymous().get(path).then().statusCode(200)
                .body("ratingCount", equalTo(0)).body("averageRating", nullValue())
                .body("smoothedRating", equalTo(3.5f));
        int[] ratings = {5, 4, 5};
        for (int rating : ratings) {
            Setup school = new Setup(Api.createSchool(), null, s.organization(), s.offering());
            UUID need = Api.createNeed(school.school());
            UUID id = UUID.fromString(as(school.principal())
                    .body(Partnerships.body(school.school(), s.offering(), need, 2)).post("/api/v1/partnerships")
                    .then().statusCode(201).extract().path("id"));
            Partnerships.act(id, "accept", s.partner(), null);
            Partnerships.act(id, "approve", school.principal(), null);
            Partnerships.act(id, "start", s.partner(), null);
            as(school.principal()).body(Map.of("rating", rating)).post("/api/v1/partnerships/" + id + "/feedback")
                    .then().statusCode(201);
            // the partner's rating of the school does not count towards its own record
            as(s.partner()).body(Map.of("rating", 1)).post("/api/v1/partnerships/" + id + "/feedback")
                    .then().statusCode(201);
        }
        // (14 + 5 × 3.5) / (3 + 5) = 3.9375
        Api.anonymous().get(path).then().statusCode(200)
                .body("ratingCount", equalTo(3)).body("ratingSum", equalTo(14))
                .body("averageRating", equalTo(4.67f)).body("smoothedRating", equalTo(3.94f));
        assertThat(Db.text("SELECT rating_count || '/' || rating_sum FROM organization_track_record"
                + " WHERE organization_id = '" + s.organization() + "'")).isEqualTo("3/14");
        // a pending organization's record is as private as the organization
        Api.anonymous().get("/api/v1/organizations/" + Api.createOrganization(false) + "/track-record").then()
                .statusCode(404);
    }
}
