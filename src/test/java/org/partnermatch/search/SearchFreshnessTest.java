package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Db;

/**
 * The search index follows the database: a change made through the API is searchable at once on the replica that
 * made it; a change made anywhere else (another replica, a tool, plain SQL) arrives through the change feed.
 */
@QuarkusTest
class SearchFreshnessTest {

    @Test
    void aChangeMadeOutsideThisReplicaIsSearchableWithinASecond() throws Exception {
        String word = SearchData.marker();
        String renamed = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        UUID offering = SearchData.createOffering(org, SearchData.offering("name", "Chess " + word));
        anonymous().queryParam("q", word).get("/api/v1/offerings").then().body("totalItems", equalTo(1));

        // as another replica or a tool would: straight to the database, announced by the table's trigger
        Db.update("UPDATE offering SET name = 'Chess " + renamed + "' WHERE id = '" + offering + "'");
        long found = 0;
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (found == 0 && System.nanoTime() < deadline) {
            JsonPath json = anonymous().queryParam("q", renamed).get("/api/v1/offerings").then().statusCode(200)
                    .extract().jsonPath();
            found = json.getLong("totalItems");
            if (found == 0) {
                Thread.sleep(20);
            }
        }
        assertThat(found).as("searchable within a second").isEqualTo(1);
        anonymous().queryParam("q", word).get("/api/v1/offerings").then().body("totalItems", equalTo(0));

        Db.update("DELETE FROM offering WHERE id = '" + offering + "'");
        deadline = System.nanoTime() + 1_000_000_000L;
        while (found == 1 && System.nanoTime() < deadline) {
            found = anonymous().queryParam("q", renamed).get("/api/v1/offerings").then().extract().jsonPath()
                    .getLong("totalItems");
        }
        assertThat(found).as("gone within a second").isZero();
    }
}
