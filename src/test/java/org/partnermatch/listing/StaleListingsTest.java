package org.partnermatch.listing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * The stale-listings report: approved organizations whose profile or active offerings were not confirmed for 180
 * days (overdue after 30 more), who may see it, and a confirmation taking a listing off it.
 */
@QuarkusTest
class StaleListingsTest {

    private static void verifiedDaysAgo(String table, UUID id, int days) {
        Db.update("UPDATE " + table + " SET last_verified_at = now() - interval '" + days + " days' WHERE id = '" + id + "'");
    }

    @Test
    void staleAndOverdueListingsOfAnOrganization() {
        UUID org = Api.createOrganization(true);
        UUID fresh = Api.createOffering(org);
        UUID stale = Api.createOffering(org);
        UUID overdue = Api.createOffering(org);
        verifiedDaysAgo("offering", fresh, 179);
        verifiedDaysAgo("offering", stale, 181);
        verifiedDaysAgo("offering", overdue, 211);
        String path = "/api/v1/listings/stale?organizationId=" + org;

        as(Tokens.partner(org)).get(path).then().statusCode(200)
                .body("organizations", hasSize(1))
                .body("organizations[0].id", equalTo(org.toString()))
                .body("organizations[0].profileStale", equalTo(false))
                .body("organizations[0].overdue", equalTo(true))
                .body("organizations[0].offerings.id", equalTo(java.util.List.of(overdue.toString(), stale.toString())))
                .body("organizations[0].offerings.overdue", equalTo(java.util.List.of(true, false)));
        district().get(path + "&overdue=true").then().statusCode(200)
                .body("organizations[0].offerings.id", equalTo(java.util.List.of(overdue.toString())));

        // Confirming takes it off the list.
        as(Tokens.partner(org)).post("/api/v1/offerings/" + overdue + "/verification").then().statusCode(200);
        as(Tokens.partner(org)).post("/api/v1/offerings/" + stale + "/verification").then().statusCode(200);
        as(Tokens.partner(org)).get(path).then().statusCode(200).body("organizations", hasSize(0));
    }

    @Test
    void theDistrictSeesEveryApprovedOrganizationsStaleProfile() {
        UUID staleOrg = Api.createOrganization(true);
        UUID pendingOrg = Api.createOrganization(false);
        verifiedDaysAgo("organization", staleOrg, 200);
        verifiedDaysAgo("organization", pendingOrg, 200);
        district().get("/api/v1/listings/stale").then().statusCode(200)
                .body("organizations.find { it.id == '" + staleOrg + "' }.profileStale", equalTo(true))
                .body("organizations.find { it.id == '" + staleOrg + "' }.overdue", equalTo(false))
                .body("organizations.id", not(hasItem(pendingOrg.toString())));
    }

    @Test
    void onlyTheOrganizationAndTheDistrictSeeItsStaleListings() {
        UUID org = Api.createOrganization(true);
        String path = "/api/v1/listings/stale?organizationId=" + org;
        anonymous().get(path).then().statusCode(401);
        as(Tokens.partner(UUID.randomUUID())).get(path).then().statusCode(403);
        as(Tokens.principal(Api.createSchool())).get(path).then().statusCode(403);
        // Staff of one organization may leave it out; someone of none must name one (and may not see it).
        verifiedDaysAgo("organization", org, 190);
        as(Tokens.partner(org)).get("/api/v1/listings/stale").then().statusCode(200)
                .body("organizations.id", equalTo(java.util.List.of(org.toString())));
        as(Tokens.newPartner()).get("/api/v1/listings/stale").then().statusCode(400)
                .body("violations[0].field", equalTo("organizationId"));
        district().get("/api/v1/listings/stale?organizationId=nope").then().statusCode(400)
                .body("violations[0].field", equalTo("organizationId"));
        district().get("/api/v1/listings/stale?overdue=maybe").then().statusCode(400)
                .body("violations[0].field", equalTo("overdue"));
    }
}
