package org.partnermatch.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

@QuarkusTest
class AuditTrailTest {

    @Test
    void needChangesAreRecordedWithWhoAndBeforeAfter() {
        UUID school = Api.createSchool();
        String principal = Tokens.principal(school);
        String id = as(principal).body(Api.need()).post("/api/v1/schools/" + school + "/needs").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> body = Api.need();
        body.put("studentsAffected", 55);
        as(principal).header("If-Match", "\"0\"").body(body).put("/api/v1/needs/" + id).then().statusCode(200);
        // a refused change leaves no trace
        as(principal).header("If-Match", "\"0\"").body(body).put("/api/v1/needs/" + id).then().statusCode(412);

        district().queryParam("entityType", "need").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].action", equalTo("need.updated"))
                .body("items[0].actor", equalTo("principal-" + school))
                .body("items[0].actorRole", equalTo("principal"))
                .body("items[0].before.studentsAffected", equalTo(40))
                .body("items[0].after.studentsAffected", equalTo(55))
                .body("items[1].action", equalTo("need.created"))
                .body("items[1].before", nullValue());
    }

    @Test
    void vettingIsRecorded() {
        UUID org = Api.createOrganization(false);
        district().body(Map.of("status", "approved", "note", "ok")).post("/api/v1/organizations/" + org + "/vetting")
                .then().statusCode(200);
        district().queryParam("entityId", org.toString()).queryParam("action", "organization.vetted")
                .get("/api/v1/audit").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].before.vettingStatus", equalTo("pending"))
                .body("items[0].after.vettingStatus", equalTo("approved"))
                .body("items[0].actorRole", equalTo("district"));
    }
}
