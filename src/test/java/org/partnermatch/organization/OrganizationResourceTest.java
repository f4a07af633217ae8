package org.partnermatch.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void namesAreUniqueAsPeopleReadThemAndAClashRevealsNothingAboutTheOther() {
        Map<String, Object> first = Api.organization();
        String name = (String) first.get("name");
        district().body(first).post("/api/v1/organizations").then().statusCode(201);
        for (String spelling : new String[] {name.toUpperCase(), "  " + name.replace(" ", "   ") + " ",
                name.replace(" ", "\t")}) {
            Map<String, Object> clash = Api.organization();
            clash.put("name", spelling);
            as(Tokens.newPartner()).body(clash).post("/api/v1/organizations").then().statusCode(409)
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase(name)))
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("pending")));
        }
        Map<String, Object> spaced = Api.organization();
        String tidy = (String) spaced.get("name");
        spaced.put("name", " " + tidy.replace(" ", "  ") + " ");
        as(Tokens.newPartner()).body(spaced).post("/api/v1/organizations").then().statusCode(201)
                .body("name", equalTo(tidy));
    }

    @Test
    void partnerRegistersAndStartsPending() {
        UUID claimed = UUID.randomUUID();
        Map<String, Object> body = Api.organization();
        as(Tokens.partner(claimed)).body(body).post("/api/v1/organizations")
                .then().statusCode(201)
                .body("id", equalTo(claimed.toString()))
                .body("vettingStatus", equalTo("pending"))
                .body("leadership", hasItem("black_led"));
        // a second registration under the same claim is a conflict, not a duplicate
        Map<String, Object> again = Api.organization();
        as(Tokens.partner(claimed)).body(again).post("/api/v1/organizations").then().statusCode(409);
        // pending organizations are not public
        anonymous().get("/api/v1/organizations/" + claimed).then().statusCode(404);
        as(Tokens.principal(Api.createSchool())).get("/api/v1/organizations/" + claimed).then().statusCode(404);
        as(Tokens.partner(claimed)).get("/api/v1/organizations/" + claimed).then().statusCode(200);
        district().get("/api/v1/organizations/" + claimed).then().statusCode(200);
    }

    @Test
    void partnerCannotApproveItself() {
        UUID org = UUID.randomUUID();
        Map<String, Object> body = Api.organization();
        as(Tokens.partner(org)).body(body).post("/api/v1/organizations").then().statusCode(201);
        as(Tokens.partner(org)).body(Map.of("status", "approved")).post("/api/v1/organizations/" + org + "/vetting")
                .then().statusCode(403).contentType("application/problem+json");
        body.put("vettingStatus", "approved");
        as(Tokens.partner(org)).header("If-Match", "*").body(body).put("/api/v1/organizations/" + org)
                .then().statusCode(400).body("violations[0].field", equalTo("vettingStatus"));
        district().get("/api/v1/organizations/" + org).then().body("vettingStatus", equalTo("pending"));
    }

    @Test
    void vettingMakesItPublicAndContactsStayPrivate() {
        UUID org = Api.createOrganization(false);
        district().body(Map.of("status", "approved", "note", "All on file")).post("/api/v1/organizations/" + org + "/vetting")
                .then().statusCode(200).body("vettingStatus", equalTo("approved")).body("vettedAt", notNullValue());
        anonymous().get("/api/v1/organizations/" + org).then().statusCode(200)
                .body("contact", nullValue())
                .body("name", notNullValue());
        as(Tokens.principal(Api.createSchool())).get("/api/v1/organizations/" + org).then().statusCode(200)
                .body("contact.email", equalTo("amina@example.org"));
        district().body(Map.of("status", "suspended")).post("/api/v1/organizations/" + org + "/vetting").then().statusCode(200);
        anonymous().get("/api/v1/organizations/" + org).then().statusCode(404);
    }

    @Test
    void updateOwnOnlyWithIfMatch() {
        UUID org = Api.createOrganization(true);
        Map<String, Object> body = Api.organization();
        body.put("description", "Now also summer camps.");
        as(Tokens.partner(UUID.randomUUID())).header("If-Match", "*").body(body).put("/api/v1/organizations/" + org)
                .then().statusCode(403);
        as(Tokens.partner(org)).body(body).put("/api/v1/organizations/" + org).then().statusCode(428);
        String etag = Api.etag("/api/v1/organizations/" + org);
        as(Tokens.partner(org)).header("If-Match", etag).body(body).put("/api/v1/organizations/" + org)
                .then().statusCode(200).body("description", equalTo("Now also summer camps."))
                .body("vettingStatus", equalTo("approved"));
        as(Tokens.partner(org)).header("If-Match", etag).body(body).put("/api/v1/organizations/" + org)
                .then().statusCode(412);
    }

    @Test
    void radiusNeedsALocation() {
        Map<String, Object> body = Api.organization();
        body.remove("latitude");
        body.remove("longitude");
        body.remove("address");
        district().body(body).post("/api/v1/organizations").then().statusCode(400)
                .body("violations[0].field", equalTo("serviceRadiusKm"));
        body = Api.organization();
        body.put("website", "ftp://nope");
        body.put("contact", Map.of("email", "not-an-email"));
        body.put("leadership", java.util.List.of("secret_society_led"));
        district().body(body).post("/api/v1/organizations").then().statusCode(400);
    }

    @Test
    void listFiltersAndHidesUnapprovedFromOthers() {
        UUID approved = Api.createOrganization(true);
        UUID pending = Api.createOrganization(false);
        anonymous().queryParam("language", "so").queryParam("size", 100).queryParam("leadership", "black_led")
                .get("/api/v1/organizations").then().statusCode(200)
                .body("items.id", hasItem(approved.toString()))
                .body("items.id", not(hasItem(pending.toString())))
                .body("items.contact", not(hasItem(notNullValue())));
        anonymous().queryParam("vettingStatus", "pending").get("/api/v1/organizations").then().statusCode(403);
        district().queryParam("vettingStatus", "pending").queryParam("size", 100).queryParam("q", "Test Youth")
                .get("/api/v1/organizations").then().statusCode(200).body("items.id", hasItem(pending.toString()));
        anonymous().queryParam("language", "klingon").get("/api/v1/organizations").then().statusCode(400)
                .body("violations[0].field", equalTo("language"));
    }

    @Test
    void categoryFilterFollowsOfferings() {
        UUID org = Api.createOrganization(true);
        Api.createOffering(org);
        anonymous().queryParam("category", "academic").queryParam("q", "Test Youth").queryParam("size", 100)
                .get("/api/v1/organizations").then().statusCode(200).body("items.id", hasItem(org.toString()));
        anonymous().queryParam("category", "arts").queryParam("q", "Test Youth").queryParam("size", 100)
                .get("/api/v1/organizations").then().statusCode(200).body("items.id", not(hasItem(org.toString())));
    }

    @Test
    void districtDeletes() {
        UUID org = Api.createOrganization(true);
        as(Tokens.partner(org)).delete("/api/v1/organizations/" + org).then().statusCode(403);
        district().delete("/api/v1/organizations/" + org).then().statusCode(204);
        district().get("/api/v1/organizations/" + org).then().statusCode(404);
        anonymous().get("/api/v1/organizations").then().statusCode(200).body("items", not(hasSize(0)));
    }
}
