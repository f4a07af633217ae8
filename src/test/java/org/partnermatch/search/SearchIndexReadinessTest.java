package org.partnermatch.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Management;

/** Readiness reports the search index: loaded, its feed live, with its size and memory. */
@QuarkusTest
class SearchIndexReadinessTest {

    @Test
    void readinessIncludesTheSearchIndex() {
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Search index' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Search index' }.data.documents", greaterThan(100))
                .body("checks.find { it.name == 'Search index' }.data.memoryKb", greaterThan(0))
                .body("checks.find { it.name == 'Search index' }.data.feed", equalTo("live"));
    }
}
