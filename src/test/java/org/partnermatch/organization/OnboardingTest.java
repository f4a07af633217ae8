package org.partnermatch.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

@QuarkusTest
class OnboardingTest {

    @Test
    void districtTracksItemsAndAnExpiredOneFlagsTheOrganization() {
        UUID org = Api.createOrganization(true);
        String base = "/api/v1/organizations/" + org + "/onboarding-items";
        LocalDate today = LocalDate.now();
        as(Tokens.partner(org)).get(base).then().statusCode(200)
                .body("items", hasSize(0))
                .body("missing", equalTo(List.of("data_sharing_agreement", "insurance", "background_checks")))
                .body("flagged", equalTo(false));

        district().body(Map.of("receivedOn", today.minusYears(1).toString(), "expiresOn", today.plusYears(1).toString(),
                "note", "Signed")).put(base + "/data_sharing_agreement").then().statusCode(200)
                .header("ETag", "\"0\"").body("expired", equalTo(false));
        district().body(Map.of("expiresOn", today.minusDays(3).toString())).put(base + "/insurance").then()
                .statusCode(200).body("expired", equalTo(true));
        // partners read their own onboarding but do not record it
        as(Tokens.partner(org)).body(Map.of("expiresOn", today.plusYears(2).toString())).put(base + "/insurance")
                .then().statusCode(403);
        as(Tokens.partner(Api.createOrganization(true))).get(base).then().statusCode(403);

        as(Tokens.partner(org)).get(base).then().statusCode(200)
                .body("items", hasSize(2))
                .body("missing", equalTo(List.of("background_checks")))
                .body("expired", equalTo(List.of("insurance")))
                .body("flagged", equalTo(true));
        district().queryParam("size", 100).get("/api/v1/reports/onboarding-flags").then().statusCode(200)
                .body("items.organizationId", hasItem(org.toString()));

        // renewing replaces the item (If-Match) and clears the flag
        district().body(Map.of("expiresOn", today.plusYears(1).toString())).put(base + "/insurance").then()
                .statusCode(428);
        district().header("If-Match", "\"0\"").body(Map.of("expiresOn", today.plusYears(1).toString()))
                .put(base + "/insurance").then().statusCode(200).body("expired", equalTo(false));
        district().queryParam("size", 100).get("/api/v1/reports/onboarding-flags").then()
                .body("items.organizationId", not(hasItem(org.toString())));

        district().body(Map.of("expiresOn", today.toString())).put(base + "/no_such_kind").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        district().body(Map.of("receivedOn", today.toString(), "expiresOn", today.minusDays(1).toString()))
                .put(base + "/background_checks").then().statusCode(400);
        // a date is an ISO string: a bare number (days since 1970 to Jackson) is refused naming the field
        district().body(Map.of("expiresOn", -801624)).put(base + "/background_checks").then().statusCode(400)
                .body("violations[0].field", equalTo("expiresOn"));
        district().delete(base + "/data_sharing_agreement").then().statusCode(204);
        district().delete(base + "/data_sharing_agreement").then().statusCode(404);
        district().get("/api/v1/organizations/" + UUID.randomUUID() + "/onboarding-items").then().statusCode(404);
    }
}
