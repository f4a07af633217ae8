package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/** The district's synonym list and search analytics: who may see and change them, and what they do. */
@QuarkusTest
class SearchSettingsTest {

    @Test
    void onlyDistrictStaffReadOrChangeTheSettings() {
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        for (String path : List.of("/api/v1/search/synonyms", "/api/v1/search/analytics")) {
            anonymous().get(path).then().statusCode(401).contentType("application/problem+json");
            as(Tokens.partner(org)).get(path).then().statusCode(403).contentType("application/problem+json");
            as(Tokens.principal(Api.createSchool())).get(path).then().statusCode(403);
            district().get(path).then().statusCode(200);
        }
        as(Tokens.partner(org)).body(Map.of("terms", List.of("a", "b"))).post("/api/v1/search/synonyms")
                .then().statusCode(403);
    }

    @Test
    void theShippedListHoldsTheIssuesSynonyms() {
        List<List<String>> groups = district().get("/api/v1/search/synonyms").then().statusCode(200).extract()
                .jsonPath().getList("terms");
        assertThat(groups).anySatisfy(g -> assertThat(g).contains("coats", "jackets", "clothing"));
        assertThat(groups).anySatisfy(g -> assertThat(g).contains("black", "african american"));
        assertThat(groups).anySatisfy(g -> assertThat(g).contains("homework", "tareas"));
        assertThat(groups).anySatisfy(g -> assertThat(g).contains("tutor", "tutoring"));
        assertThat(groups).anySatisfy(g -> assertThat(g).contains("mentor", "mentoring"));
    }

    @Test
    void aGroupChangesWhatSearchesFindWithoutReindexing() {
        String word = SearchData.marker();
        String other = SearchData.marker();
        String third = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        SearchData.createOffering(org, SearchData.offering("name", "Chess for " + word));
        anonymous().queryParam("q", other).get("/api/v1/offerings").then().body("totalItems", equalTo(0));

        io.restassured.response.Response created = district().body(Map.of("terms",
                List.of(" " + other.toUpperCase() + " ", word))).post("/api/v1/search/synonyms");
        created.then().statusCode(201).body("terms", equalTo(List.of(other, word)));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/search/synonyms/" + id);
        // the replica that changed the list uses it at once
        anonymous().queryParam("q", other).get("/api/v1/offerings").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].highlight.terms", equalTo(List.of(word)));

        district().body(Map.of("terms", List.of(third, word))).put("/api/v1/search/synonyms/" + id).then()
                .statusCode(200).body("terms", equalTo(List.of(third, word)));
        anonymous().queryParam("q", other).get("/api/v1/offerings").then().body("totalItems", equalTo(0));
        anonymous().queryParam("q", third).get("/api/v1/offerings").then().body("totalItems", equalTo(1));

        district().delete("/api/v1/search/synonyms/" + id).then().statusCode(204);
        anonymous().queryParam("q", third).get("/api/v1/offerings").then().body("totalItems", equalTo(0));
        district().get("/api/v1/search/synonyms/" + id).then().statusCode(404).contentType("application/problem+json");
        assertThat(Db.number("SELECT count(*) FROM audit_event WHERE action LIKE 'search.synonyms.%' AND entity_id = '"
                + id + "'")).isEqualTo(3);
    }

    @Test
    void badGroupsAre400sNamingTheTerm() {
        district().body(Map.of("terms", List.of("kids", "<b>"))).post("/api/v1/search/synonyms").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("terms[1]"));
        district().body(Map.of("terms", List.of("one two three four", "x"))).post("/api/v1/search/synonyms").then()
                .statusCode(400).body("violations[0].field", equalTo("terms[0]"));
        district().body(Map.of("terms", List.of("Same", "same"))).post("/api/v1/search/synonyms").then()
                .statusCode(400).body("violations[0].field", equalTo("terms"));
        district().body(Map.of("terms", List.of("alone"))).post("/api/v1/search/synonyms").then().statusCode(400)
                .body("violations[0].field", equalTo("terms"));
        district().body("{}").post("/api/v1/search/synonyms").then().statusCode(400)
                .body("violations[0].field", equalTo("terms"));
        district().body(Map.of("terms", List.of("a", "b"))).put("/api/v1/search/synonyms/not-an-id").then()
                .statusCode(400).body("violations[0].field", equalTo("id"));
        district().body(Map.of("terms", List.of("a", "b"))).put("/api/v1/search/synonyms/" + UUID.randomUUID())
                .then().statusCode(404);
        district().queryParam("weeks", 0).get("/api/v1/search/analytics").then().statusCode(400)
                .body("violations[0].field", equalTo("weeks"));
        // an empty value means the default
        district().get("/api/v1/search/analytics?weeks=").then().statusCode(200);
    }

    @Test
    void analyticsCountSearchesAndTheTextsThatFoundNothing() {
        String word = SearchData.marker();
        String missing = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        SearchData.createOffering(org, SearchData.offering("name", "Robotics " + word));
        for (int i = 0; i < 3; i++) {
            anonymous().queryParam("q", "Robotics " + word).get("/api/v1/offerings").then().statusCode(200);
        }
        // later pages of the same search are not counted again
        anonymous().queryParam("q", "robotics " + word).queryParam("page", 1).get("/api/v1/offerings").then()
                .statusCode(200);
        as(Tokens.principal(Api.createSchool())).queryParam("q", missing + " 1234567").get("/api/v1/organizations")
                .then().statusCode(200).body("totalItems", equalTo(0));

        List<Map<String, Object>> weeks = district().get("/api/v1/search/analytics").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(weeks).isNotEmpty();
        Map<String, Object> week = weeks.get(0);
        assertThat(((Number) week.get("searches")).longValue()).isGreaterThanOrEqualTo(4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> zero = (List<Map<String, Object>>) week.get("zeroResultQueries");
        assertThat(zero).anySatisfy(q -> {
            // the text as searched, a long number blanked; no identity of who searched
            assertThat(q.get("text")).isEqualTo(missing + " #");
            assertThat(q.get("kind")).isEqualTo("organization");
            assertThat(q.keySet()).containsExactlyInAnyOrder("text", "kind", "searches", "zeroResults");
        });
        assertThat(Db.number("SELECT searches FROM search_query_week WHERE query = 'robotics " + word + "'"))
                .isEqualTo(3);
        assertThat(Db.number("SELECT zero_results FROM search_query_week WHERE query = 'robotics " + word + "'"))
                .isZero();
    }
}
