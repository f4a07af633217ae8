package org.partnermatch.school;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

@QuarkusTest
class SchoolResourceTest {

    @Test
    void createReturns201WithLocationEtagAndNeedIndex() {
        Map<String, Object> body = Api.school();
        String location = district().body(body).post("/api/v1/schools")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(body.get("name")))
                .body("grades", equalTo("6-8"))
                .body("equity.needIndex", equalTo(77.9f))
                .body("equity.homeLanguages", equalTo(List.of("so", "es")))
                .extract().header("Location");
        anonymous().get(location).then().statusCode(200).body("name", equalTo(body.get("name")))
                .header("ETag", "\"0\"");
    }

    @Test
    void updateNeedsIfMatch() {
        UUID id = Api.createSchool();
        Map<String, Object> body = Api.school();
        body.put("enrollment", 800);
        district().body(body).put("/api/v1/schools/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"));
        district().header("If-Match", "\"7\"").body(body).put("/api/v1/schools/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        String etag = Api.etag("/api/v1/schools/" + id);
        district().header("If-Match", etag).body(body).put("/api/v1/schools/" + id)
                .then().statusCode(200).body("enrollment", equalTo(800)).header("ETag", "\"1\"");
        // the old ETag is stale now
        district().header("If-Match", etag).body(body).put("/api/v1/schools/" + id).then().statusCode(412);
    }

    @Test
    void principalMayUpdateOwnSchoolOnly() {
        UUID own = Api.createSchool();
        UUID other = Api.createSchool();
        Map<String, Object> body = Api.school();
        as(Tokens.principal(own)).header("If-Match", "*").body(body).put("/api/v1/schools/" + own)
                .then().statusCode(200);
        as(Tokens.principal(own)).header("If-Match", "*").body(Api.school()).put("/api/v1/schools/" + other)
                .then().statusCode(403).contentType("application/problem+json");
        anonymous().get("/api/v1/schools/" + other).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void validationNamesEveryBadField() {
        Map<String, Object> body = Api.school();
        body.put("name", "");
        body.put("gradeLow", -2);
        body.put("latitude", 120);
        ((Map<String, Object>) body.get("equity")).put("homeLanguages", List.of("so", "klingon"));
        district().body(body).post("/api/v1/schools")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("gradeLow"))
                .body("violations.field", hasItem("latitude"))
                .body("violations.field", hasItem("equity.homeLanguages[1]"));
    }

    @Test
    void gradeRangeMustBeOrdered() {
        Map<String, Object> body = Api.school();
        body.put("gradeLow", 8);
        body.put("gradeHigh", 6);
        district().body(body).post("/api/v1/schools").then().statusCode(400).body("violations[0].field", equalTo("gradeHigh"));
    }

    @Test
    void duplicateNameIsConflict() {
        Map<String, Object> body = Api.school();
        district().body(body).post("/api/v1/schools").then().statusCode(201);
        body.put("name", body.get("name").toString().toUpperCase());
        district().body(body).post("/api/v1/schools").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void unknownAndMalformedIds() {
        anonymous().get("/api/v1/schools/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        anonymous().get("/api/v1/schools/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("id"));
    }

    @Test
    void listFiltersAndPages() {
        String region = "Testregion " + UUID.randomUUID().toString().substring(0, 6);
        Api.region(region);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Api.school();
            body.put("region", region);
            if (i == 2) {
                ((Map<String, Object>) body.get("equity")).put("titleI", false);
                body.put("gradeLow", 0);
                body.put("gradeHigh", 5);
            }
            district().body(body).post("/api/v1/schools").then().statusCode(201);
        }
        anonymous().queryParam("region", region).queryParam("size", 2).get("/api/v1/schools")
                .then().statusCode(200)
                .body("items", hasSize(2)).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""));
        anonymous().queryParam("region", region).queryParam("size", 2).queryParam("page", 1).get("/api/v1/schools")
                .then().body("items", hasSize(1)).header("Link", containsString("rel=\"prev\""));
        anonymous().queryParam("region", region).queryParam("titleI", "true").get("/api/v1/schools")
                .then().body("totalItems", equalTo(2)).body("items.equity.titleI", everyItem(equalTo(true)));
        anonymous().queryParam("region", region).queryParam("grade", "K").get("/api/v1/schools")
                .then().body("totalItems", equalTo(1));
        anonymous().queryParam("region", region).queryParam("page", 9).get("/api/v1/schools")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badListParametersAre400() {
        anonymous().queryParam("size", 1000).get("/api/v1/schools").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        anonymous().queryParam("size", "abc").get("/api/v1/schools").then().statusCode(400);
        anonymous().queryParam("page", -1).get("/api/v1/schools").then().statusCode(400);
        anonymous().queryParam("grade", "-3").get("/api/v1/schools").then().statusCode(400)
                .body("violations[0].field", equalTo("grade"));
        anonymous().queryParam("titleI", "maybe").get("/api/v1/schools").then().statusCode(400);
    }

    @Test
    void deleteRemovesSchoolAndItsNeeds() {
        UUID id = Api.createSchool();
        UUID need = Api.createNeed(id);
        district().delete("/api/v1/schools/" + id).then().statusCode(204);
        anonymous().get("/api/v1/schools/" + id).then().statusCode(404);
        district().get("/api/v1/needs/" + need).then().statusCode(404);
        district().delete("/api/v1/schools/" + id).then().statusCode(404);
    }

    @Test
    void serverOwnedFieldsAreRejected() {
        Map<String, Object> body = Api.school();
        body.put("id", UUID.randomUUID().toString());
        body.put("version", 42);
        district().body(body).post("/api/v1/schools").then().statusCode(400)
                .body("violations[0].message", equalTo("unknown property"));
    }

    @Test
    void demoDirectoryIsLoaded() {
        anonymous().get("/api/v1/schools/5c000000-0000-4000-8000-000000000001").then().statusCode(200)
                .body("name", equalTo("Aki Kurose Middle School"))
                .body("equity.needIndex", greaterThan(50f));
        anonymous().queryParam("q", "gatzert").get("/api/v1/schools").then().statusCode(200)
                .body("items[0].name", startsWith("Bailey Gatzert"))
                .body("items[0].id", notNullValue());
    }
}
