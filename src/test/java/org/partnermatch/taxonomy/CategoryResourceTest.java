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
    void listsTheSeededTree() {
        given().when().get("/api/v1/categories")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(11))
                .body("code", hasItem("academic"))
                .body("find { it.code == 'academic' }.children.code", hasItem("math"));
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
}
