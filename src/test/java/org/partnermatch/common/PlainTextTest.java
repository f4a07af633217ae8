package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;

/**
 * Stored text is plain text (issue 16, item 11): a control character other than tab and line breaks, a C1 control,
 * DEL, an unpaired surrogate or a noncharacter in any text field of a request is a 400 naming the field, and nothing
 * is stored.
 */
@QuarkusTest
class PlainTextTest {

    private static ValidatableResponse refusedAt(ValidatableResponse response, String field, String codePoint) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", equalTo("must not contain control characters (" + codePoint
                        + " at character 5); tab and line breaks are allowed"));
    }

    @Test
    void organizationTextFieldsNameTheField() {
        Map<String, Object> body = Api.organization();
        String name = (String) body.get("name");
        body.put("name", "Test\u0001" + name);
        refusedAt(district().body(body).post("/api/v1/organizations").then(), "name", "U+0001");
        assertThat(Db.number("SELECT count(*) FROM organization WHERE name LIKE '%" + name.substring(5) + "'")).isZero();

        body = Api.organization();
        body.put("description", "Tuto\u0002ring and mentoring.");
        refusedAt(district().body(body).post("/api/v1/organizations").then(), "description", "U+0002");

        body = Api.organization();
        body.put("contact", Map.of("name", "Amin\u007Fa Hassan", "email", "amina@example.org"));
        refusedAt(district().body(body).post("/api/v1/organizations").then(), "contact.name", "U+007F");

        body = Api.organization();
        body.put("communitiesServed", List.of("East African", "Soma\u0085li"));
        refusedAt(district().body(body).post("/api/v1/organizations").then(), "communitiesServed[1]", "U+0085");

        body = Api.organization();
        body.put("address", Map.of("street", "1 Ma\uFFFEin St", "city", "Seattle"));
        refusedAt(district().body(body).post("/api/v1/organizations").then(), "address.street", "U+FFFE");
    }

    @Test
    void anUnpairedSurrogateIsRefusedToo() {
        String json = "{\"name\": \"Test\\ud800 " + UUID.randomUUID() + "\"}";
        refusedAt(district().body(json).post("/api/v1/organizations").then(), "name", "U+D800");
    }

    @Test
    void needsOfferingsAndUpdatesToo() {
        UUID school = Api.createSchool();
        Map<String, Object> need = Api.need();
        need.put("description", "40 s\u0000tudents in grades 6-8.");
        refusedAt(district().body(need).post("/api/v1/schools/" + school + "/needs").then(), "description", "U+0000");

        UUID organization = Api.createOrganization(false);
        Map<String, Object> offering = Api.offering();
        offering.put("name", "Math\u0001 club");
        refusedAt(district().body(offering).post("/api/v1/organizations/" + organization + "/offerings").then(),
                "name", "U+0001");

        String path = "/api/v1/organizations/" + organization;
        Map<String, Object> body = Api.organization();
        body.put("description", "Old \u001Bnews");
        refusedAt(district().header("If-Match", Api.etag(path)).body(body).put(path).then(), "description", "U+001B");
    }

    @Test
    void tabsAndLineBreaksAreKept() {
        Map<String, Object> body = Api.organization();
        String description = "Tutoring:\n\tmath\r\n\treading";
        body.put("description", description);
        String id = district().body(body).post("/api/v1/organizations").then().statusCode(201)
                .body("description", equalTo(description)).extract().path("id");
        assertThat(Db.text("SELECT description FROM organization WHERE id = '" + id + "'")).isEqualTo(description);
    }
}
