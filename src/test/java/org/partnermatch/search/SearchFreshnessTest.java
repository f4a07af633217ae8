package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Db;

/**
 * The search index follows the database: a change made through the API is searchable at once on the replica that
 * made it; a change made anywhere else (another replica, a tool, plain SQL) arrives through the change feed.
 */
@QuarkusTest
class SearchFreshnessTest {

    @Inject
    SearchEngine engine;

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

    /**
     * A change that leaves a record's text as it was (its cost, its organization's vetting) replaces the record and
     * not its document: what texts found stays remembered, and the next search reads the record as it is now.
     */
    @Test
    void aChangeToWhatSearchesFilterOnButNotToTheTextIsSeenWithoutSearchingTheTextAgain() throws Exception {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        UUID offering = SearchData.createOffering(org, SearchData.offering("name", "Chess " + word, "cost", "free"));
        // more offerings, whose names the organization's document holds in a fixed order whatever row moves
        String other = SearchData.marker();
        SearchData.createOffering(org, SearchData.offering("name", "Go " + other));
        SearchData.createOffering(org, SearchData.offering("name", "Bridge " + other));
        anonymous().queryParam("q", word).queryParam("cost", "free").get("/api/v1/offerings").then()
                .body("totalItems", equalTo(1));
        anonymous().queryParam("q", word).get("/api/v1/organizations").then().body("totalItems", equalTo(1));
        // the organization's facets count what its active offerings add up to: none costs a fee yet
        anonymous().queryParam("q", word).queryParam("facets", true).get("/api/v1/organizations").then()
                .body("facets.cost.fee", equalTo(0)).body("facets.cost.free", equalTo(1));
        long text = engine.index().textGeneration();
        long records = engine.index().generation();

        Db.update("UPDATE offering SET cost = 'fee', updated_at = now() WHERE id = '" + offering + "'");
        assertThat(within(() -> anonymous().queryParam("q", word).queryParam("cost", "free").get("/api/v1/offerings")
                .then().statusCode(200).extract().jsonPath().getLong("totalItems"), 0)).as("no longer free").isZero();
        anonymous().queryParam("q", word).queryParam("cost", "fee").get("/api/v1/offerings")
                .then().body("totalItems", equalTo(1)).body("items[0].cost", equalTo("fee"));
        // and its organization's, read from what the index keeps of each organization, follow its shelf
        anonymous().queryParam("q", word).queryParam("facets", true).get("/api/v1/organizations").then()
                .body("facets.cost.fee", equalTo(1)).body("facets.cost.free", equalTo(1));

        Db.update("UPDATE organization SET vetting_status = 'suspended' WHERE id = '" + org + "'");
        assertThat(within(() -> anonymous().queryParam("q", word).get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getLong("totalItems"), 0)).as("a suspended organization is not listed").isZero();
        anonymous().queryParam("q", word).get("/api/v1/offerings").then().body("totalItems", equalTo(0));

        assertThat(engine.index().generation()).as("the records changed").isGreaterThan(records);
        assertThat(engine.index().textGeneration()).as("no document did").isEqualTo(text);
    }

    /** {@code count}'s value once it is {@code wanted}, or its last value after a second. */
    private static long within(LongSupplier count, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        long value = count.getAsLong();
        while (value != wanted && System.nanoTime() < deadline) {
            Thread.sleep(20);
            value = count.getAsLong();
        }
        return value;
    }
}
