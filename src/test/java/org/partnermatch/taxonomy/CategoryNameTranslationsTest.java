package org.partnermatch.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * Category names in other languages: the shipped taxonomy comes with Spanish names, district staff keep them through
 * the API, and the pages show them to Spanish readers (the English name where a term has none).
 */
@QuarkusTest
class CategoryNameTranslationsTest {

    @Test
    void theShippedTaxonomyHasSpanishNames() {
        given().get("/api/v1/categories/academic").then().statusCode(200)
                .body("name", equalTo("Academic support"))
                .body("nameTranslations.es", equalTo("Apoyo académico"))
                .body("children.find { it.code == 'math' }.nameTranslations.es", equalTo("Tutoría de matemáticas"));
        // every shipped term (V2, V20) that keeps its shipped English name has one
        assertThat(Db.number("SELECT count(*) FROM category c WHERE c.code IN ('academic', 'literacy', 'food', "
                + "'early-learning', 'internships') AND NOT EXISTS (SELECT 1 FROM category_name_translation t "
                + "WHERE t.category_code = c.code AND t.language = 'es')")).isZero();
    }

    @Test
    void districtStaffKeepTheNamesAndOthersMayNot() {
        String code = Api.unique("translated").toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("parentCode", "arts");
        body.put("name", "Puppetry");
        body.put("nameTranslations", Map.of("es", "  Títeres  ", "so", "Carruusad"));
        Api.district().body(body).post("/api/v1/categories").then().statusCode(201)
                .body("nameTranslations.es", equalTo("Títeres")).body("nameTranslations.so", equalTo("Carruusad"));
        try {
            // left out: the names stay
            body.remove("nameTranslations");
            body.put("name", "Puppet theater");
            Api.district().header("If-Match", Api.etag("/api/v1/categories/" + code)).body(body)
                    .put("/api/v1/categories/" + code).then().statusCode(200)
                    .body("nameTranslations.es", equalTo("Títeres"));
            // a map replaces them; {} removes them all
            body.put("nameTranslations", Map.of("es", "Teatro de títeres"));
            Api.district().header("If-Match", Api.etag("/api/v1/categories/" + code)).body(body)
                    .put("/api/v1/categories/" + code).then().statusCode(200)
                    .body("nameTranslations.es", equalTo("Teatro de títeres")).body("nameTranslations.so", nullValue());
            // the pages in Spanish name it in Spanish (a principal's need form), in English in English
            assertThat(needForm("es")).contains("Teatro de títeres").doesNotContain("Puppet theater");
            assertThat(needForm("en")).contains("Puppet theater").doesNotContain("Teatro de títeres");

            body.put("nameTranslations", Map.of());
            Api.district().header("If-Match", Api.etag("/api/v1/categories/" + code)).body(body)
                    .put("/api/v1/categories/" + code).then().statusCode(200)
                    .body("nameTranslations", equalTo(Map.of()));
            // without a Spanish name, Spanish pages show the English one
            assertThat(needForm("es")).contains("Puppet theater");

            // only district staff change the taxonomy
            body.put("nameTranslations", Map.of("es", "Otro nombre"));
            Api.as(Tokens.principal(java.util.UUID.randomUUID())).header("If-Match", "*").body(body)
                    .put("/api/v1/categories/" + code).then().statusCode(403);
            Api.as(Tokens.newPartner()).header("If-Match", "*").body(body)
                    .put("/api/v1/categories/" + code).then().statusCode(403);
            given().get("/api/v1/categories/" + code).then().body("nameTranslations", equalTo(Map.of()));
            // who changed the names, and from what to what, is in the audit trail
            Api.district().queryParam("entityType", "category").queryParam("entityId", code).get("/api/v1/audit")
                    .then().statusCode(200)
                    .body("items.find { it.action == 'category.created' }.after.nameTranslations.es", equalTo("Títeres"))
                    .body("items.findAll { it.action == 'category.updated' }.after.nameTranslations.es",
                            hasItem("Teatro de títeres"));
        } finally {
            Api.district().delete("/api/v1/categories/" + code).then().statusCode(204);
        }
        assertThat(Db.number("SELECT count(*) FROM category_name_translation WHERE category_code = '" + code + "'"))
                .isZero();
    }

    @Test
    void badNamesAreRefusedNamingTheField() {
        for (Object bad : new Object[] {Map.of("xx", "Nombre"), Map.of("spanish", "Nombre"), Map.of("es", " "),
                Map.of("es", "x".repeat(121)), Map.of("es", "Nombre\u0007raro")}) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", "never-made");
            body.put("name", "Never made");
            body.put("nameTranslations", bad);
            Api.district().body(body).post("/api/v1/categories").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem(startsWith("nameTranslations")));
        }
        Api.district().get("/api/v1/categories/never-made").then().statusCode(404);
    }

    @Test
    void theSearchFiltersAndNeedFormNameCategoriesInSpanish() {
        given().header("Accept-Language", "es").get("/search?q=math").then().statusCode(200)
                .body(containsString("Tutoría de matemáticas</a>"), not(containsString(">Math tutoring</a>")));
        assertThat(needForm("es")).contains(">Apoyo académico</option>", "Tutoría de matemáticas</option>")
                .doesNotContain(">Academic support</option>");
        // an organization's page names its offerings' categories in Spanish
        java.util.UUID org = Api.createOrganization(true);
        Api.createOffering(org);
        given().header("Accept-Language", "es").get("/organizations/" + org).then().statusCode(200)
                .body(containsString("Tutoría de matemáticas"), not(containsString("Math tutoring<")));
    }

    /** A principal's school page, where the need form lists the categories. */
    private static String needForm(String language) {
        java.util.UUID school = Api.createSchool();
        return given().header("Accept-Language", language)
                .cookie("pm_session", Tokens.principal(school))
                .get("/schools/" + school).then().statusCode(200).extract().asString();
    }
}
