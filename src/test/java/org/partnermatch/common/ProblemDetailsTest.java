package org.partnermatch.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;

/** Whatever a client sends, the answer is a 4xx problem+json that says what to fix, never a 500. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void malformedJson() {
        district().body("{\"name\": ").post("/api/v1/schools").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"))
                .body("instance", equalTo("/api/v1/schools"))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongTypeNamesTheField() {
        Map<String, Object> body = Api.school();
        body.put("enrollment", "lots");
        district().body(body).post("/api/v1/schools").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("enrollment"));
        body = Api.school();
        ((Map<String, Object>) body.get("equity")).put("titleI", "perhaps");
        district().body(body).post("/api/v1/schools").then().statusCode(400)
                .body("violations[0].field", equalTo("equity.titleI"));
    }

    @Test
    void wrongShape() {
        district().body("[1,2,3]").post("/api/v1/schools").then().statusCode(400).contentType("application/problem+json");
        district().body("\"just a string\"").post("/api/v1/schools").then().statusCode(400);
        district().body("").post("/api/v1/schools").then().statusCode(400).contentType("application/problem+json");
    }

    /** Found by ContractFuzzTest: a NUL in a report filter reached PostgreSQL and came back as a 500. */
    @Test
    void nulInAQueryParameterNamesTheParameter() {
        district().urlEncodingEnabled(false).get("/api/v1/reports/equity?region=South%00east").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("region"))
                .body("violations[0].message", equalTo("must not contain NUL characters"));
        anonymous().urlEncodingEnabled(false).get("/api/v1/offerings?q=math%00").then().statusCode(400)
                .body("violations[0].field", equalTo("q"));
    }

    @Test
    void unknownPathAndMethod() {
        anonymous().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        district().patch("/api/v1/schools").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void unsupportedMediaType() {
        district().contentType(ContentType.XML).body("<school/>").post("/api/v1/schools").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void hugeAndOddValues() {
        Map<String, Object> body = Api.school();
        body.put("name", "x".repeat(5000));
        body.put("enrollment", 99999999999L);
        district().body(body).post("/api/v1/schools").then().statusCode(400).contentType("application/problem+json");
        body = Api.school();
        body.put("name", "Écoles 学校 \u0000 🚸");
        district().body(body).post("/api/v1/schools").then().statusCode(org.hamcrest.Matchers.lessThan(500));
    }
}
