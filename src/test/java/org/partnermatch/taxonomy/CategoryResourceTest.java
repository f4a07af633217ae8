package org.partnermatch.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CategoryResourceTest {

    @Test
    void taxonomyChangesAreAudited() {
        String code = "audited-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        org.partnermatch.support.Api.district().body(java.util.Map.of("code", code, "parentCode", "academic",
                "name", "Audited " + code)).post("/api/v1/categories").then().statusCode(201);
        org.partnermatch.support.Api.district().header("If-Match", "\"0\"").body(java.util.Map.of("code", code,
                "parentCode", "academic", "name", "Renamed " + code)).put("/api/v1/categories/" + code).then()
                .statusCode(200);
        org.partnermatch.support.Api.district().delete("/api/v1/categories/" + code).then().statusCode(204);
        org.partnermatch.support.Api.district().queryParam("entityType", "category").queryParam("entityId", code)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.containsInAnyOrder("category.created", "category.updated",
                        "category.deleted"))
                .body("items.actorRole", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("district")));
    }

    @Test
    void listsTheSeededTree() {
        given().when().get("/api/v1/categories")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(11))
                .body("code", hasItem("academic"))
                .body("find { it.code == 'academic' }.children.code", hasItem("math"));
    }

    @Test
    void householdLevelTermsAreFlaggedAndTheDistrictMayFlagMore() {
        given().get("/api/v1/categories").then().statusCode(200)
                .body("find { it.code == 'basic-needs' }.household", equalTo(true))
                .body("find { it.code == 'family-engagement' }.household", equalTo(true))
                .body("find { it.code == 'family-engagement' }.children.code", hasItem("early-learning"))
                .body("find { it.code == 'academic' }.household", equalTo(false));
        String code = "household-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        org.partnermatch.support.Api.district().body(java.util.Map.of("code", code, "name", "Adult education",
                "household", true)).post("/api/v1/categories").then().statusCode(201).body("household", equalTo(true));
        // an update without the flag keeps it
        org.partnermatch.support.Api.district().header("If-Match", "\"0\"").body(java.util.Map.of("name", "Adult ed"))
                .put("/api/v1/categories/" + code).then().statusCode(200).body("household", equalTo(true));
        org.partnermatch.support.Api.district().header("If-Match", "\"1\"")
                .body(java.util.Map.of("name", "Adult ed", "household", false)).put("/api/v1/categories/" + code)
                .then().statusCode(200).body("household", equalTo(false));
        // only the district changes the taxonomy
        org.partnermatch.support.Api.as(org.partnermatch.support.Tokens.principal(
                org.partnermatch.support.Api.createSchool())).header("If-Match", "\"2\"")
                .body(java.util.Map.of("name", "Adult ed", "household", true)).put("/api/v1/categories/" + code)
                .then().statusCode(403);
        org.partnermatch.support.Api.district().delete("/api/v1/categories/" + code).then().statusCode(204);
    }

    @Test
    void unknownCodeIs404Problem() {
        given().when().get("/api/v1/categories/no-such-term")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void createWithBadBodyNamesField() {
        given().auth().oauth2(org.partnermatch.support.Tokens.district()).contentType(ContentType.JSON).body("{\"code\":\"Bad Code\",\"name\":\"\"}")
                .when().post("/api/v1/categories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("code"))
                .body("violations.field", hasItem("name"));
    }

    @Test
    void districtManagesTermsWithIfMatch() {
        String code = "test-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var district = org.partnermatch.support.Api.district();
        district.body(java.util.Map.of("code", code, "parentCode", "arts", "name", "Ceramics")).post("/api/v1/categories")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/categories/" + code))
                .body("parentCode", equalTo("arts"));
        org.partnermatch.support.Api.district().body(java.util.Map.of("code", code, "name", "Again"))
                .post("/api/v1/categories").then().statusCode(409);
        org.partnermatch.support.Api.district().body(java.util.Map.of("parentCode", "arts", "name", "Pottery"))
                .put("/api/v1/categories/" + code).then().statusCode(428);
        org.partnermatch.support.Api.district().header("If-Match", "\"0\"")
                .body(java.util.Map.of("parentCode", "arts", "name", "Pottery")).put("/api/v1/categories/" + code)
                .then().statusCode(200).body("name", equalTo("Pottery")).header("ETag", "\"1\"");
        given().get("/api/v1/categories").then().body("find { it.code == 'arts' }.children.code", hasItem(code));
        org.partnermatch.support.Api.district().delete("/api/v1/categories/" + code).then().statusCode(204);
        given().get("/api/v1/categories/" + code).then().statusCode(404);
    }

    @Test
    void taxonomyStaysTwoLevelsAndTermsInUseStay() {
        var api = org.partnermatch.support.Api.district();
        api.body(java.util.Map.of("code", "deep-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                "parentCode", "math", "name", "Too deep")).post("/api/v1/categories").then().statusCode(400)
                .body("violations[0].field", equalTo("parentCode"));
        org.partnermatch.support.Api.district().body(java.util.Map.of("code", "orphan-x", "parentCode", "nope", "name", "x"))
                .post("/api/v1/categories").then().statusCode(400).body("violations[0].field", equalTo("parentCode"));
        org.partnermatch.support.Api.district().delete("/api/v1/categories/math").then().statusCode(409)
                .contentType("application/problem+json");
        org.partnermatch.support.Api.district().delete("/api/v1/categories/academic").then().statusCode(409);
    }
}
