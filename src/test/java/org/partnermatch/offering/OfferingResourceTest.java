package org.partnermatch.offering;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.EmbeddedPostgresResource;
import org.partnermatch.support.Tokens;

@QuarkusTest
class OfferingResourceTest {

    @Test
    void partnerAddsAnOfferingToItsOwnOrganization() {
        UUID org = Api.createOrganization(true);
        Map<String, Object> body = Api.offering();
        body.put("categories", List.of("math", "homework-help"));
        String location = as(Tokens.partner(org)).body(body).post("/api/v1/organizations/" + org + "/offerings")
                .then().statusCode(201)
                .body("organizationId", equalTo(org.toString()))
                .body("categories", equalTo(List.of("math", "homework-help")))
                .body("capacityUsed", equalTo(0))
                .body("capacityRemaining", equalTo(60))
                .extract().header("Location");
        anonymous().get(location).then().statusCode(200).body("grades", equalTo("6-8"));
        as(Tokens.partner(UUID.randomUUID())).body(Api.offering()).post("/api/v1/organizations/" + org + "/offerings")
                .then().statusCode(403);
        as(Tokens.principal(Api.createSchool())).body(Api.offering()).post("/api/v1/organizations/" + org + "/offerings")
                .then().statusCode(403);
    }

    @Test
    void offeringsOfUnapprovedOrInactiveAreHiddenFromOutsiders() {
        UUID pendingOrg = Api.createOrganization(false);
        UUID hidden = Api.createOffering(pendingOrg);
        anonymous().get("/api/v1/offerings/" + hidden).then().statusCode(404);
        as(Tokens.partner(pendingOrg)).get("/api/v1/offerings/" + hidden).then().statusCode(200);
        anonymous().get("/api/v1/organizations/" + pendingOrg + "/offerings").then().statusCode(404);

        UUID org = Api.createOrganization(true);
        Map<String, Object> body = Api.offering();
        body.put("active", false);
        UUID inactive = UUID.fromString(district().body(body).post("/api/v1/organizations/" + org + "/offerings")
                .then().statusCode(201).extract().path("id"));
        anonymous().get("/api/v1/offerings/" + inactive).then().statusCode(404);
        anonymous().get("/api/v1/organizations/" + org + "/offerings").then().statusCode(200)
                .body("items.id", not(hasItem(inactive.toString())));
        as(Tokens.partner(org)).get("/api/v1/organizations/" + org + "/offerings").then().statusCode(200)
                .body("items.id", hasItem(inactive.toString()));
    }

    @Test
    void searchFilters() {
        UUID org = Api.createOrganization(true);
        Map<String, Object> music = Api.offering();
        music.put("categories", List.of("music"));
        music.put("timings", List.of("weekend"));
        music.put("cost", "sliding_scale");
        music.put("modality", "virtual");
        music.put("languages", List.of("vi"));
        music.put("gradeLow", 9);
        music.put("gradeHigh", 12);
        UUID musicId = UUID.fromString(district().body(music).post("/api/v1/organizations/" + org + "/offerings")
                .then().statusCode(201).extract().path("id"));
        UUID mathId = Api.createOffering(org);
        String base = "/api/v1/offerings?organizationId=" + org;
        anonymous().get(base + "&category=arts").then().statusCode(200)
                .body("items.id", equalTo(List.of(musicId.toString())));
        anonymous().get(base + "&grade=7").then().body("items.id", equalTo(List.of(mathId.toString())));
        anonymous().get(base + "&language=vi").then().body("items.id", equalTo(List.of(musicId.toString())));
        anonymous().get(base + "&timing=after_school").then().body("items.id", equalTo(List.of(mathId.toString())));
        anonymous().get(base + "&cost=sliding_scale&modality=virtual").then().body("items.id", equalTo(List.of(musicId.toString())));
        anonymous().get(base).then().body("items.id", hasItems(musicId.toString(), mathId.toString()));
        anonymous().get("/api/v1/offerings?cost=cheap").then().statusCode(400).body("violations[0].field", equalTo("cost"));
        anonymous().get("/api/v1/offerings?grade=14").then().statusCode(400).body("violations[0].field", equalTo("grade"));
        anonymous().get("/api/v1/offerings?category=nope").then().statusCode(400);
        anonymous().get("/api/v1/offerings?organizationId=xyz").then().statusCode(400)
                .body("violations[0].field", equalTo("organizationId"));
        anonymous().get("/api/v1/offerings?size=100").then().statusCode(200).body("items.active", everyItem(equalTo(true)));
    }

    @Test
    void adultEducationOfferingsNeedAHouseholdCategoryAndAreFoundByGradeAe() {
        UUID organization = Api.createOrganization(true);
        Map<String, Object> esl = Api.offering();
        esl.put("name", Api.unique("Evening ESL for parents"));
        esl.put("categories", List.of("family-workshops"));
        esl.put("gradeLow", 13);
        esl.put("gradeHigh", 13);
        String id = Api.district().body(esl).post("/api/v1/organizations/" + organization + "/offerings").then()
                .statusCode(201).body("grades", org.hamcrest.Matchers.equalTo("AE")).extract().path("id");
        Api.district().get("/api/v1/offerings?organizationId=" + organization + "&grade=AE").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id));
        Api.district().get("/api/v1/offerings?organizationId=" + organization + "&grade=12").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        Api.district().get("/api/v1/offerings?grade=AF").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("grade"));

        Map<String, Object> math = Api.offering(); // math tutoring: for students, not parents
        math.put("gradeHigh", 13);
        Api.district().body(math).post("/api/v1/organizations/" + organization + "/offerings").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("gradeHigh"))
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("AE (adult education) is only"));
    }

    @Test
    void categoriesMustExistAndBeGiven() {
        UUID org = Api.createOrganization(true);
        Map<String, Object> body = Api.offering();
        body.put("categories", List.of("math", "nope"));
        district().body(body).post("/api/v1/organizations/" + org + "/offerings").then().statusCode(400)
                .body("violations[0].field", equalTo("categories[1]"));
        body.put("categories", List.of());
        district().body(body).post("/api/v1/organizations/" + org + "/offerings").then().statusCode(400)
                .body("violations[0].field", equalTo("categories"));
        body = Api.offering();
        body.put("modality", "telepathy");
        district().body(body).post("/api/v1/organizations/" + org + "/offerings").then().statusCode(400)
                .body("violations[0].field", equalTo("modality"));
    }

    @Test
    void capacityCannotDropBelowWhatIsUsed() throws Exception {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        try (Connection c = EmbeddedPostgresResource.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE offering SET capacity_used = 50, version = version + 1 WHERE id = '" + offering + "'");
        }
        Map<String, Object> body = Api.offering();
        body.put("capacity", 40);
        district().header("If-Match", "*").body(body).put("/api/v1/offerings/" + offering).then().statusCode(400)
                .body("violations[0].field", equalTo("capacity"));
        body.put("capacity", 55);
        district().header("If-Match", "\"1\"").body(body).put("/api/v1/offerings/" + offering).then().statusCode(200)
                .body("capacityRemaining", equalTo(5));
    }

    @Test
    void deleteOwn() {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        as(Tokens.partner(UUID.randomUUID())).delete("/api/v1/offerings/" + offering).then().statusCode(403);
        as(Tokens.partner(org)).delete("/api/v1/offerings/" + offering).then().statusCode(204);
        district().get("/api/v1/offerings/" + offering).then().statusCode(404);
    }
}
