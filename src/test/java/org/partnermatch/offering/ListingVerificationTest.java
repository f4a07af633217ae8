package org.partnermatch.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * Listings kept current: when and by whom an organization and its offerings were last confirmed as still correct
 * (creation, edits and the explicit confirmation), who may confirm, and the audit trail of each confirmation.
 */
@QuarkusTest
class ListingVerificationTest {

    private static final String LONG_AGO = "2025-01-15T10:00:00Z";

    @Test
    void creationRecordsTheVerificationAndWho() {
        UUID org = Api.createOrganization(true);
        String created = as(Tokens.partner(org)).body(Api.offering()).post("/api/v1/organizations/" + org + "/offerings")
                .then().statusCode(201)
                .body("lastVerifiedAt", notNullValue())
                .body("lastVerifiedBy", equalTo("partner-" + org))
                .extract().path("id");
        district().get("/api/v1/organizations/" + org).then().statusCode(200)
                .body("lastVerifiedAt", notNullValue())
                .body("lastVerifiedBy", equalTo("district-staff"));
        // Search hits carry it too.
        anonymous().get("/api/v1/offerings?organizationId=" + org).then().statusCode(200)
                .body("items[0].id", equalTo(created))
                .body("items[0].lastVerifiedBy", equalTo("partner-" + org));
    }

    @Test
    void organizationStaffConfirmAnOfferingIsStillCorrect() {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        Db.update("UPDATE offering SET last_verified_at = '" + LONG_AGO + "', last_verified_by = NULL WHERE id = '"
                + offering + "'");
        anonymous().get("/api/v1/offerings/" + offering).then().statusCode(200)
                .body("lastVerifiedAt", equalTo(LONG_AGO));

        Instant before = Instant.now().minusSeconds(5);
        String at = as(Tokens.partner(org)).post("/api/v1/offerings/" + offering + "/verification").then().statusCode(200)
                .body("lastVerifiedBy", equalTo("partner-" + org))
                .body("version", equalTo(1))
                .extract().path("lastVerifiedAt");
        assertThat(Instant.parse(at)).isAfter(before);
        assertThat(Db.text("SELECT last_verified_by FROM offering WHERE id = '" + offering + "'"))
                .isEqualTo("partner-" + org);

        district().queryParam("entityType", "offering").queryParam("entityId", offering)
                .queryParam("action", "offering.verified").get("/api/v1/audit").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actor", equalTo("partner-" + org))
                .body("items[0].before.lastVerifiedAt", equalTo(LONG_AGO))
                .body("items[0].after.lastVerifiedAt", equalTo(at));
    }

    @Test
    void onlyTheOrganizationAndTheDistrictMayConfirm() {
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        String path = "/api/v1/offerings/" + offering + "/verification";
        anonymous().post(path).then().statusCode(401);
        as(Tokens.partner(UUID.randomUUID())).post(path).then().statusCode(403);
        as(Tokens.principal(Api.createSchool())).post(path).then().statusCode(403);
        as(Tokens.partner(UUID.randomUUID())).post("/api/v1/organizations/" + org + "/verification").then()
                .statusCode(403);
        district().post(path).then().statusCode(200).body("lastVerifiedBy", equalTo("district-staff"));
        district().post("/api/v1/offerings/" + UUID.randomUUID() + "/verification").then().statusCode(404);
        district().post("/api/v1/offerings/not-a-uuid/verification").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
        assertThat(Db.number("SELECT count(*) FROM audit_event WHERE entity_id = '" + offering
                + "' AND action = 'offering.verified'")).isEqualTo(1);
    }

    @Test
    void organizationConfirmationAndEditsCountAsVerification() {
        UUID org = Api.createOrganization(true);
        Db.update("UPDATE organization SET last_verified_at = '" + LONG_AGO + "', last_verified_by = NULL WHERE id = '"
                + org + "'");
        as(Tokens.partner(org)).post("/api/v1/organizations/" + org + "/verification").then().statusCode(200)
                .body("lastVerifiedBy", equalTo("partner-" + org));
        district().queryParam("entityType", "organization").queryParam("entityId", org)
                .queryParam("action", "organization.verified").get("/api/v1/audit").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].before.lastVerifiedAt", equalTo(LONG_AGO));

        // An edit by the organization's staff is a confirmation too.
        UUID offering = Api.createOffering(org);
        Db.update("UPDATE offering SET last_verified_at = '" + LONG_AGO + "' WHERE id = '" + offering + "'");
        as(Tokens.partner(org)).header("If-Match", Api.etag("/api/v1/offerings/" + offering)).body(Api.offering())
                .put("/api/v1/offerings/" + offering).then().statusCode(200)
                .body("lastVerifiedBy", equalTo("partner-" + org));
        assertThat(Db.number("SELECT count(*) FROM offering WHERE id = '" + offering
                + "' AND last_verified_at > now() - interval '1 minute'")).isEqualTo(1);
    }
}
