package org.partnermatch.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * "Report a problem": anyone reports, the organization and the district's queue see it (the reporter's address only
 * the district), its staff or the district resolve it once, every bad input is a 400 naming the field, and one person
 * cannot flood it (AbuseLimitsTest).
 */
@QuarkusTest
class ProblemReportTest {

    private static Map<String, Object> report(UUID organization, UUID offering) {
        Map<String, Object> body = new HashMap<>();
        if (organization != null) {
            body.put("organizationId", organization.toString());
        }
        if (offering != null) {
            body.put("offeringId", offering.toString());
        }
        body.put("kind", "times");
        body.put("message", "The Saturday group moved to Sundays in September.");
        return body;
    }

    @Test
    void anAnonymousReportReachesTheOrganizationAndTheDistrictButOnlyTheDistrictSeesTheAddress() {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        Map<String, Object> body = report(null, offering);
        body.put("email", "parent@example.org");
        String id = anonymous().body(body).post("/api/v1/problem-reports").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("organizationId", equalTo(org.toString()))
                .body("offeringId", equalTo(offering.toString()))
                .body("anonymous", equalTo(true))
                .body("reporterEmail", nullValue())
                .body("state", equalTo("open"))
                .extract().path("id");

        district().get("/api/v1/problem-reports/" + id).then().statusCode(200)
                .body("reporterEmail", equalTo("parent@example.org"))
                .body("kind", equalTo("times"));
        district().get("/api/v1/problem-reports?state=open&size=100").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(Tokens.partner(org)).get("/api/v1/problem-reports").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(id)))
                .body("items[0].reporterEmail", nullValue())
                .body("items[0].message", equalTo("The Saturday group moved to Sundays in September."));
        as(Tokens.partner(org)).get("/api/v1/problem-reports/" + id).then().statusCode(200)
                .body("reporterEmail", nullValue());

        // Nobody else sees it.
        UUID other = Api.createOrganization(true);
        as(Tokens.partner(other)).get("/api/v1/problem-reports/" + id).then().statusCode(404);
        as(Tokens.partner(other)).get("/api/v1/problem-reports?organizationId=" + org).then().statusCode(403);
        as(Tokens.partner(other)).get("/api/v1/problem-reports").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(Tokens.principal(Api.createSchool())).get("/api/v1/problem-reports/" + id).then().statusCode(403);
        anonymous().get("/api/v1/problem-reports/" + id).then().statusCode(401);
    }

    @Test
    void itsStaffResolveItOnceAndTheResolutionIsAuditedWithoutTheReportersAddress() {
        UUID org = Api.createOrganization(true);
        String principal = Tokens.principal(Api.createSchool());
        Map<String, Object> body = report(org, null);
        body.put("email", "reporter@example.org");
        String id = as(principal).body(body).post("/api/v1/problem-reports").then().statusCode(201)
                .body("anonymous", equalTo(false)).extract().path("id");
        district().get("/api/v1/problem-reports/" + id).then().body("reportedBy", startsWith("principal-"));

        Map<String, Object> resolution = Map.of("resolution", "fixed", "note", "Times updated.");
        as(Tokens.partner(Api.createOrganization(true))).body(resolution)
                .post("/api/v1/problem-reports/" + id + "/resolution").then().statusCode(404);
        as(principal).body(resolution).post("/api/v1/problem-reports/" + id + "/resolution").then().statusCode(403);
        as(Tokens.partner(org)).body(resolution).post("/api/v1/problem-reports/" + id + "/resolution").then()
                .statusCode(200)
                .body("state", equalTo("resolved"))
                .body("resolution", equalTo("fixed"))
                .body("resolutionNote", equalTo("Times updated."))
                .body("resolvedAt", notNullValue())
                .body("resolvedBy", nullValue());
        district().body(Map.of("resolution", "dismissed")).post("/api/v1/problem-reports/" + id + "/resolution")
                .then().statusCode(409);
        district().get("/api/v1/problem-reports/" + id).then().body("resolvedBy", equalTo("partner-" + org));
        as(Tokens.partner(org)).get("/api/v1/problem-reports?state=open").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        String audit = Db.text("SELECT string_agg(action || ' ' || coalesce(after_state::text, ''), ' | ') FROM "
                + "audit_event WHERE entity_id = '" + id + "'");
        assertThat(audit).contains("problem_report.created")
                .contains("problem_report.resolved").contains("Times updated.").doesNotContain("reporter@example.org");
    }

    @Test
    void badReportsAreRefusedNamingTheField() {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        String caller = Tokens.principal(Api.createSchool());
        Map<String, Object> noKind = report(org, null);
        noKind.remove("kind");
        as(caller).body(noKind).post("/api/v1/problem-reports").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        Map<String, Object> badKind = report(org, null);
        badKind.put("kind", "broken");
        as(caller).body(badKind).post("/api/v1/problem-reports").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        Map<String, Object> blank = report(org, null);
        blank.put("message", "   ");
        as(caller).body(blank).post("/api/v1/problem-reports").then().statusCode(400)
                .body("violations[0].field", equalTo("message"));
        Map<String, Object> badEmail = report(org, null);
        badEmail.put("email", "not an address");
        as(caller).body(badEmail).post("/api/v1/problem-reports").then().statusCode(400)
                .body("violations[0].field", equalTo("email"));
        as(caller).body(report(null, null)).post("/api/v1/problem-reports").then().statusCode(400)
                .body("violations[0].field", equalTo("organizationId"));
        as(caller).body(report(Api.createOrganization(true), offering)).post("/api/v1/problem-reports").then()
                .statusCode(400).body("violations[0].field", equalTo("offeringId"));
        Map<String, Object> badId = report(org, null);
        badId.put("organizationId", "not-a-uuid");
        as(caller).body(badId).post("/api/v1/problem-reports").then().statusCode(400)
                .body("violations[0].field", equalTo("organizationId"));
        // An organization the public cannot see cannot be reported on (its existence is not public).
        as(caller).body(report(Api.createOrganization(false), null)).post("/api/v1/problem-reports").then()
                .statusCode(404);
        district().get("/api/v1/problem-reports?state=closed").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
        district().body(Map.of("note", "x")).post("/api/v1/problem-reports/" + UUID.randomUUID() + "/resolution")
                .then().statusCode(400).body("violations[0].field", equalTo("resolution"));
    }
}
