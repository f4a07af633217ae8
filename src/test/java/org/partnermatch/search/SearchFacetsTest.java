package org.partnermatch.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Facet counts: for the current search, how many results each category, language, timing and cost would give, the
 * facet's own filter left out. Each test searches a word only its own records hold, so the counts are exact.
 */
@QuarkusTest
class SearchFacetsTest {

    private static Map<String, Object> counts(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> timings(int beforeSchool, int duringSchool, int afterSchool, int evening,
                                               int weekend, int summer) {
        return counts("before_school", beforeSchool, "during_school", duringSchool, "after_school", afterSchool,
                "evening", evening, "weekend", weekend, "summer", summer);
    }

    @Test
    void offeringFacetsCountTheCurrentSearch() {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        SearchData.createOffering(org, word + " math circle", List.of("math"), List.of("so", "en"),
                List.of("after_school"), "free");
        SearchData.createOffering(org, word + " homework lab", List.of("math", "homework-help"), List.of("en"),
                List.of("after_school", "evening"), "sliding_scale");
        SearchData.createOffering(org, word + " drum studio", List.of("music"), List.of("es"), List.of("weekend"), "fee");
        SearchData.createOffering(org, SearchData.offering("name", word + " paused club", "active", false));
        UUID pending = SearchData.createOrganization(SearchData.organization(), false);
        SearchData.createOffering(pending, word + " hidden club", List.of("math"), List.of("so"), List.of("summer"), "free");

        // without facets=true there are none
        anonymous().queryParam("q", word).get("/api/v1/offerings").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("facets", nullValue());

        anonymous().queryParam("q", word).queryParam("facets", "true").get("/api/v1/offerings").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("facets.category", equalTo(counts("academic", 2, "math", 2, "arts", 1, "homework-help", 1, "music", 1)))
                .body("facets.language", equalTo(counts("en", 2, "es", 1, "so", 1)))
                .body("facets.timing", equalTo(timings(0, 0, 2, 1, 1, 0)))
                .body("facets.cost", equalTo(counts("fee", 1, "free", 1, "sliding_scale", 1)));

        // a facet's own filter is left out of its counts; the other filters apply
        anonymous().queryParam("q", word).queryParam("language", "en").queryParam("facets", "true")
                .get("/api/v1/offerings").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("facets.language", equalTo(counts("en", 2, "es", 1, "so", 1)))
                .body("facets.category", equalTo(counts("academic", 2, "math", 2, "homework-help", 1)))
                .body("facets.timing", equalTo(timings(0, 0, 2, 1, 0, 0)))
                .body("facets.cost", equalTo(counts("free", 1, "sliding_scale", 1, "fee", 0)));

        anonymous().queryParam("q", word).queryParam("category", "academic").queryParam("timing", "evening")
                .queryParam("facets", "true").get("/api/v1/offerings").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].name", equalTo(word + " homework lab"))
                .body("facets.category", equalTo(counts("academic", 1, "homework-help", 1, "math", 1)))
                .body("facets.timing", equalTo(timings(0, 0, 2, 1, 0, 0)))
                .body("facets.language", equalTo(counts("en", 1)))
                .body("facets.cost", equalTo(counts("sliding_scale", 1, "fee", 0, "free", 0)));

        // district staff count what they see: the inactive offering and the pending organization's too
        district().queryParam("q", word).queryParam("facets", "true").get("/api/v1/offerings").then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("facets.language", equalTo(counts("en", 3, "so", 3, "es", 1)))
                .body("facets.timing", equalTo(timings(0, 0, 3, 1, 1, 1)));
    }

    @Test
    void organizationFacetsCountOrganizations() {
        String word = SearchData.marker();
        UUID both = SearchData.createOrganization(SearchData.organization("description", "Programs by " + word,
                "staffLanguages", List.of("so", "en")), true);
        SearchData.createOffering(both, "Math circle", List.of("math"), List.of("en"), List.of("after_school"), "free");
        SearchData.createOffering(both, "Drum studio", List.of("music"), List.of("en"), List.of("weekend"), "fee");
        SearchData.createOffering(both, SearchData.offering("name", "Paused club", "categories", List.of("dental-health"),
                "timings", List.of("summer"), "active", false));
        UUID spanish = SearchData.createOrganization(SearchData.organization("description", "Tutoring by " + word,
                "staffLanguages", List.of("es")), true);
        SearchData.createOffering(spanish, "Evening math", List.of("math"), List.of("es"), List.of("evening"), "sliding_scale");
        SearchData.createOrganization(SearchData.organization("description", "Soon offering " + word,
                "staffLanguages", List.of("en")), true);
        SearchData.createOrganization(SearchData.organization("description", "Pending " + word), false);

        anonymous().queryParam("q", word).queryParam("facets", "true").get("/api/v1/organizations").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("facets.language", equalTo(counts("en", 2, "es", 1, "so", 1)))
                .body("facets.category", equalTo(counts("academic", 2, "math", 2, "arts", 1, "music", 1)))
                .body("facets.timing", equalTo(timings(0, 0, 1, 1, 1, 0)))
                .body("facets.cost", equalTo(counts("fee", 1, "free", 1, "sliding_scale", 1)));

        // one offering must satisfy the offering filters together: after school and free is the math circle only
        anonymous().queryParam("q", word).queryParam("timing", "after_school").queryParam("facets", "true")
                .get("/api/v1/organizations").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(both.toString()))
                .body("facets.timing", equalTo(timings(0, 0, 1, 1, 1, 0)))
                .body("facets.category", equalTo(counts("academic", 1, "math", 1)))
                .body("facets.cost", equalTo(counts("free", 1, "fee", 0, "sliding_scale", 0)))
                .body("facets.language", equalTo(counts("en", 1, "so", 1)));
        anonymous().queryParam("q", word).queryParam("timing", "after_school").queryParam("cost", "fee")
                .get("/api/v1/organizations").then().statusCode(200).body("totalItems", equalTo(0));

        anonymous().queryParam("q", word).queryParam("language", "es").queryParam("facets", "true")
                .get("/api/v1/organizations").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("facets.language", equalTo(counts("en", 2, "es", 1, "so", 1)))
                .body("facets.category", equalTo(counts("academic", 1, "math", 1)))
                .body("facets.cost", equalTo(counts("sliding_scale", 1, "fee", 0, "free", 0)));
    }
}
