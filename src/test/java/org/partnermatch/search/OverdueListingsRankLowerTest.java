package org.partnermatch.search;

import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * A listing unconfirmed past the verification and grace periods (docs/listings.md) ranks below an equally relevant
 * current one in text searches of offerings and organizations, and regains its place once confirmed.
 */
@QuarkusTest
class OverdueListingsRankLowerTest {

    @Inject
    SearchEngine engine;

    /** Sets when a listing was last confirmed, as time passing would, and waits for the search index to see it. */
    private void verifiedDaysAgo(String table, UUID id, int days) {
        Db.update("UPDATE " + table + " SET last_verified_at = now() - interval '" + days + " days' WHERE id = '" + id + "'");
        org.assertj.core.api.Assertions.assertThat(engine.awaitCurrent()).as("search index current").isTrue();
    }

    /** Eight random letters: a word no other listing holds (digits would split it into several). */
    private static String letters() {
        StringBuilder word = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static UUID offeringNamed(UUID org, String word) {
        Map<String, Object> body = Api.offering();
        body.put("name", "Chess " + word + " club");
        body.put("description", "Chess " + word + " after school.");
        return Api.created(district().body(body).post("/api/v1/organizations/" + org + "/offerings").then());
    }

    @Test
    void anOverdueOfferingRanksBelowAnEquallyRelevantCurrentOneUntilConfirmed() {
        String word = "zq" + letters();
        UUID staleOrg = Api.createOrganization(true);
        UUID currentOrg = Api.createOrganization(true);
        UUID overdue = offeringNamed(staleOrg, word);
        UUID current = offeringNamed(currentOrg, word);
        // Equal text: ties go by name, so make the overdue one first by name as well as first created.
        String path = "/api/v1/offerings?q=" + word;
        List<String> before = anonymous().get(path).then().statusCode(200).extract().path("items.id");
        verifiedDaysAgo("offering", overdue, 181); // stale, not overdue: no change
        anonymous().get(path).then().statusCode(200).body("items.id", equalTo(before));

        verifiedDaysAgo("offering", overdue, 211);
        anonymous().get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(current.toString(), overdue.toString())));

        // An overdue organization profile weighs its offerings down too.
        as(Tokens.partner(staleOrg)).post("/api/v1/offerings/" + overdue + "/verification").then().statusCode(200);
        verifiedDaysAgo("organization", currentOrg, 300);
        anonymous().get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(overdue.toString(), current.toString())));
    }

    @Test
    void anOrganizationWithAnOverdueProfileRanksBelowAnEquallyRelevantOne() {
        String word = "zr" + letters();
        Map<String, Object> a = Api.organization();
        a.put("name", "Alpha " + word + " Partners");
        Map<String, Object> b = Api.organization();
        b.put("name", "Beta " + word + " Partners");
        UUID alpha = Api.created(district().body(a).post("/api/v1/organizations").then());
        UUID beta = Api.created(district().body(b).post("/api/v1/organizations").then());
        for (UUID id : List.of(alpha, beta)) {
            district().body(Map.of("status", "approved", "note", "on file")).post("/api/v1/organizations/" + id + "/vetting")
                    .then().statusCode(200);
        }
        String path = "/api/v1/organizations?q=" + word;
        anonymous().get(path).then().statusCode(200).body("items.id", equalTo(List.of(alpha.toString(), beta.toString())));
        verifiedDaysAgo("organization", alpha, 240);
        anonymous().get(path).then().statusCode(200).body("items.id", equalTo(List.of(beta.toString(), alpha.toString())));
        as(Tokens.partner(alpha)).post("/api/v1/organizations/" + alpha + "/verification").then().statusCode(200);
        anonymous().get(path).then().statusCode(200).body("items.id", equalTo(List.of(alpha.toString(), beta.toString())));
    }
}
