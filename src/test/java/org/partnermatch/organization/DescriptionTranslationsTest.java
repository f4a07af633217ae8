package org.partnermatch.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * Organizations' and offerings' descriptions in other languages over the API: a round trip, what a PUT without the
 * field leaves, validation (a 400 naming the field), and who may change them.
 */
@QuarkusTest
class DescriptionTranslationsTest {

    private static final String SPANISH = "Tutoría y mentoría para jóvenes de África Oriental.";
    private static final String SOMALI = "Casharro iyo hanuunin loogu talagalay dhallinyarada Bariga Afrika.";

    @Test
    void anOrganizationsTranslationsMakeARoundTrip() {
        Map<String, Object> body = Api.organization();
        body.put("descriptionTranslations", Map.of("es", SPANISH, "so", "  " + SOMALI + "  "));
        UUID org = Api.created(Api.district().body(body).post("/api/v1/organizations").then());
        Api.district().get("/api/v1/organizations/" + org).then().statusCode(200)
                .body("descriptionTranslations.es", equalTo(SPANISH))
                .body("descriptionTranslations.so", equalTo(SOMALI));
        assertThat(Db.number("SELECT count(*) FROM organization_description_translation WHERE organization_id = '" + org + "'"))
                .isEqualTo(2L);

        // a PUT that leaves the field out keeps them (clients that do not know it change nothing)
        body.remove("descriptionTranslations");
        body.put("description", "Tutoring, mentoring and family nights.");
        Api.as(Tokens.partner(org)).header("If-Match", "*").body(body).put("/api/v1/organizations/" + org).then()
                .statusCode(200).body("descriptionTranslations.es", equalTo(SPANISH));
        // an empty object removes them; a map replaces them
        body.put("descriptionTranslations", Map.of("vi", "Dạy kèm và cố vấn cho thanh thiếu niên Đông Phi."));
        Api.as(Tokens.partner(org)).header("If-Match", "*").body(body).put("/api/v1/organizations/" + org).then()
                .statusCode(200).body("descriptionTranslations.es", nullValue())
                .body("descriptionTranslations.vi", equalTo("Dạy kèm và cố vấn cho thanh thiếu niên Đông Phi."));
        body.put("descriptionTranslations", Map.of());
        Api.as(Tokens.partner(org)).header("If-Match", "*").body(body).put("/api/v1/organizations/" + org).then()
                .statusCode(200).body("descriptionTranslations", equalTo(Map.of()));
        assertThat(Db.number("SELECT count(*) FROM organization_description_translation WHERE organization_id = '" + org + "'"))
                .isEqualTo(0L);
    }

    @Test
    void anOfferingsTranslationsMakeARoundTripAndShowOnThePublicPage() {
        UUID org = Api.createOrganization(true);
        Map<String, Object> body = Api.offering();
        body.put("descriptionTranslations", Map.of("es", "Tutoría de matemáticas en grupos pequeños."));
        UUID offering = Api.created(Api.as(Tokens.partner(org)).body(body)
                .post("/api/v1/organizations/" + org + "/offerings").then());
        Api.anonymous().get("/api/v1/offerings/" + offering).then().statusCode(200)
                .body("descriptionTranslations.es", equalTo("Tutoría de matemáticas en grupos pequeños."));
        io.restassured.RestAssured.given().cookie("pm_lang", "es").get("/organizations/" + org).then().statusCode(200)
                .body(containsString(
                        "<p lang=\"es\" class=\"offering-description\">Tutoría de matemáticas en grupos pequeños.</p>"));
        // a reader whose language has none gets the original, marked as English and said to be
        io.restassured.RestAssured.given().cookie("pm_lang", "vi").get("/organizations/" + org).then().statusCode(200)
                .body(containsString("<p lang=\"en\" class=\"offering-description\">"),
                        containsString("Viết bằng Tiếng Anh"));
    }

    @Test
    void badTranslationsAreRefusedNamingTheField() {
        for (Object bad : new Object[] {
                Map.of("xx", "Texto"), Map.of("spanish", "Texto"), Map.of("es", " "), Map.of("es", "x".repeat(4001)),
                Map.of("es", "Texto\u0007con control")}) {
            Map<String, Object> body = Api.organization();
            body.put("descriptionTranslations", bad);
            Api.district().body(body).post("/api/v1/organizations").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem(startsWith("descriptionTranslations")));
        }
        Map<String, Object> many = new LinkedHashMap<>();
        for (String code : new String[] {"es", "so", "vi", "zh", "am", "ar", "fr", "de", "ru", "ko", "ja", "tl", "uk"}) {
            many.put(code, "Texto");
        }
        Map<String, Object> body = Api.organization();
        body.put("descriptionTranslations", many);
        Api.district().body(body).post("/api/v1/organizations").then().statusCode(400)
                .body("violations.field", hasItem("descriptionTranslations"));
        body.put("descriptionTranslations", java.util.List.of("es"));
        Api.district().body(body).post("/api/v1/organizations").then().statusCode(400)
                .body("violations.field", hasItem(startsWith("descriptionTranslations")));
    }

    @Test
    void onlyTheOrganizationsStaffAndTheDistrictChangeThem() {
        UUID org = Api.createOrganization(true);
        Map<String, Object> body = Api.organization();
        body.put("descriptionTranslations", Map.of("es", SPANISH));
        Api.as(Tokens.partner(UUID.randomUUID())).header("If-Match", "*").body(body).put("/api/v1/organizations/" + org)
                .then().statusCode(403);
        Api.as(Tokens.principal(Api.createSchool())).header("If-Match", "*").body(body)
                .put("/api/v1/organizations/" + org).then().statusCode(403);
        Api.anonymous().header("If-Match", "*").body(body).put("/api/v1/organizations/" + org).then().statusCode(401);
        Api.district().get("/api/v1/organizations/" + org).then().body("descriptionTranslations", equalTo(Map.of()));
        Api.district().header("If-Match", "*").body(body).put("/api/v1/organizations/" + org).then().statusCode(200)
                .body("descriptionTranslations.es", equalTo(SPANISH));

        UUID offering = Api.createOffering(org);
        Map<String, Object> change = Api.offering();
        change.put("descriptionTranslations", Map.of("es", "Otra cosa"));
        Api.as(Tokens.partner(UUID.randomUUID())).header("If-Match", "*").body(change).put("/api/v1/offerings/" + offering)
                .then().statusCode(403);
        Api.as(Tokens.partner(org)).header("If-Match", "*").body(change).put("/api/v1/offerings/" + offering)
                .then().statusCode(200).body("descriptionTranslations.es", equalTo("Otra cosa"));
    }
}
