package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

/** Every search filter, location, order and visibility rule, on records each test makes for itself. */
@QuarkusTest
class SearchFiltersTest {

    private static List<String> names(String path, Object... params) {
        var request = anonymous().queryParam("size", 100);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath().getList("items.name");
    }

    @Test
    void offeringFiltersCombineWithText() {
        String word = SearchData.marker();
        UUID led = SearchData.createOrganization(SearchData.organization("leadership", List.of("youth_led"),
                "communitiesServed", List.of("Hmong families", "Karen")), true);
        UUID other = SearchData.createOrganization(SearchData.organization("leadership", List.of("black_led")), true);
        SearchData.createOffering(led, SearchData.offering("name", word + " middle", "gradeLow", 6, "gradeHigh", 8,
                "modality", "hybrid"));
        SearchData.createOffering(other, SearchData.offering("name", word + " early", "gradeLow", -1, "gradeHigh", 0,
                "modality", "virtual"));
        String path = "/api/v1/offerings";
        assertThat(names(path, "q", word, "grade", "7")).containsExactly(word + " middle");
        assertThat(names(path, "q", word, "grade", "PK")).containsExactly(word + " early");
        assertThat(names(path, "q", word, "grade", "K")).containsExactly(word + " early");
        assertThat(names(path, "q", word, "grade", "9")).isEmpty();
        assertThat(names(path, "q", word, "modality", "virtual")).containsExactly(word + " early");
        assertThat(names(path, "q", word, "leadership", "youth_led")).containsExactly(word + " middle");
        assertThat(names(path, "q", word, "community", "hmong FAMILIES")).containsExactly(word + " middle");
        assertThat(names(path, "q", word, "community", "Hmong")).isEmpty();
        assertThat(names(path, "q", word, "vettingStatus", "approved")).hasSize(2);
        assertThat(names(path, "q", word, "organizationId", other.toString())).containsExactly(word + " early");
    }

    @Test
    void onlyDistrictStaffSearchOrganizationsThatAreNotApproved() {
        String word = SearchData.marker();
        UUID pending = SearchData.createOrganization(SearchData.organization("description", "Pending " + word), false);
        SearchData.createOffering(pending, SearchData.offering("name", word + " pending club"));
        for (String path : List.of("/api/v1/offerings", "/api/v1/organizations")) {
            anonymous().queryParam("vettingStatus", "pending").get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            as(Tokens.principal(Api.createSchool())).queryParam("vettingStatus", "suspended").get(path).then()
                    .statusCode(403);
            anonymous().queryParam("q", word).get(path).then().statusCode(200).body("totalItems", equalTo(0));
            district().queryParam("q", word).queryParam("vettingStatus", "pending").get(path).then().statusCode(200)
                    .body("totalItems", equalTo(1));
            // a partner finds its own organization's records while it waits for vetting
            as(Tokens.partner(pending)).queryParam("q", word).get(path).then().statusCode(200)
                    .body("totalItems", equalTo(1));
        }
    }

    @Test
    void inactiveOfferingsAndContactsStayPrivate() {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization("description", "Mentors " + word), true);
        SearchData.createOffering(org, SearchData.offering("name", word + " paused", "active", false));
        anonymous().queryParam("q", word).get("/api/v1/offerings").then().body("totalItems", equalTo(0));
        as(Tokens.partner(org)).queryParam("q", word).get("/api/v1/offerings").then().body("totalItems", equalTo(1));
        district().queryParam("q", word).queryParam("active", "false").get("/api/v1/offerings").then()
                .body("totalItems", equalTo(1));
        // an inactive offering's words are not in its organization's public document either
        anonymous().queryParam("q", word + " paused").get("/api/v1/organizations").then().body("totalItems", equalTo(0));
        anonymous().queryParam("q", word).get("/api/v1/organizations").then().statusCode(200)
                .body("items[0].id", equalTo(org.toString()))
                .body("items[0].contact", nullValue());
        as(Tokens.principal(Api.createSchool())).queryParam("q", word).get("/api/v1/organizations").then()
                .body("items[0].contact.email", equalTo("amina@example.org"));
    }

    @Test
    void organizationFiltersOnWhatTheyOffer() {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization("description", "Serving " + word,
                "communitiesServed", List.of("Oromo"), "serviceRegions", List.of("Northwest")), true);
        SearchData.createOffering(org, SearchData.offering("gradeLow", 9, "gradeHigh", 12, "modality", "virtual",
                "timings", List.of("evening"), "cost", "fee", "categories", List.of("college-readiness")));
        String path = "/api/v1/organizations";
        assertThat(names(path, "q", word)).hasSize(1);
        assertThat(names(path, "q", word, "grade", "10", "modality", "virtual", "timing", "evening", "cost", "fee",
                "category", "college-career")).hasSize(1);
        assertThat(names(path, "q", word, "grade", "8")).isEmpty();
        assertThat(names(path, "q", word, "modality", "in_person")).isEmpty();
        assertThat(names(path, "q", word, "community", "oromo")).hasSize(1);
        assertThat(names(path, "q", word, "region", "Northwest")).hasSize(1);
        assertThat(names(path, "q", word, "region", "Southeast")).isEmpty();
        assertThat(names(path, "q", word, "language", "so", "leadership", "black_led")).hasSize(1);
        assertThat(names(path, "q", word, "language", "vi")).isEmpty();
    }

    @Test
    void nearWithRadiusAndDistanceOrder() {
        String word = SearchData.marker();
        // 0.01 degree of latitude is 1.11 km
        UUID close = SearchData.createOrganization(SearchData.organization("name", word + " close", "latitude", 47.61,
                "longitude", -122.30, "serviceRadiusKm", null), true);
        UUID further = SearchData.createOrganization(SearchData.organization("name", word + " further", "latitude", 47.65,
                "longitude", -122.30, "serviceRadiusKm", null), true);
        UUID nowhere = SearchData.createOrganization(SearchData.organization("name", word + " nowhere", "address", null, "latitude", null,
                "longitude", null, "serviceRadiusKm", null), true);
        SearchData.createOffering(close, SearchData.offering("name", word + " near offering"));
        SearchData.createOffering(nowhere, SearchData.offering("name", word + " placeless offering"));

        anonymous().queryParam("q", word).queryParam("near", "47.60,-122.30").queryParam("radiusKm", 3)
                .get("/api/v1/organizations").then().statusCode(200)
                .body("items.name", equalTo(List.of(word + " close")))
                .body("items[0].distanceKm", equalTo(1.11f));
        anonymous().queryParam("q", word).queryParam("near", "47.60,-122.30").queryParam("radiusKm", 10)
                .queryParam("sort", "distance").get("/api/v1/organizations").then()
                .body("items.name", equalTo(List.of(word + " close", word + " further")))
                .body("items[1].distanceKm", equalTo(5.56f));
        // near without a radius: every hit, nearest first, those without a location last
        anonymous().queryParam("q", word).queryParam("near", "47.60,-122.30").queryParam("sort", "distance")
                .get("/api/v1/organizations").then()
                .body("items.name", equalTo(List.of(word + " close", word + " further", word + " nowhere")))
                .body("items[2].distanceKm", nullValue());
        // offerings are where their organization is
        anonymous().queryParam("q", word).queryParam("near", "47.60,-122.30").queryParam("radiusKm", 3)
                .get("/api/v1/offerings").then()
                .body("items.name", equalTo(List.of(word + " near offering")))
                .body("items[0].distanceKm", equalTo(1.11f));
        // without near there is no distance
        anonymous().queryParam("q", word).get("/api/v1/organizations").then()
                .body("items[0].distanceKm", nullValue()).body("items[0].score", notNullValue());
    }

    @Test
    void servesThisSchool() {
        String word = SearchData.marker();
        Map<String, Object> schoolBody = Api.school();
        schoolBody.put("region", "Region " + word);
        Api.region("Region " + word);
        schoolBody.put("latitude", 47.50);
        schoolBody.put("longitude", -122.30);
        String school = district().body(schoolBody).post("/api/v1/schools").then().statusCode(201).extract().path("id");
        // 0.01 degree of latitude is 1.11 km
        UUID radius = SearchData.createOrganization(SearchData.organization("name", word + " radius", "latitude", 47.51,
                "longitude", -122.30, "serviceRadiusKm", 2, "serviceRegions", List.of()), true);
        UUID tooFar = SearchData.createOrganization(SearchData.organization("name", word + " too far", "latitude", 47.55,
                "longitude", -122.30, "serviceRadiusKm", 5, "serviceRegions", List.of("Southeast")), true);
        UUID region = SearchData.createOrganization(SearchData.organization("name", word + " region", "latitude", 48.0,
                "longitude", -122.30, "serviceRadiusKm", null, "serviceRegions", List.of("Region " + word)), true);
        UUID noArea = SearchData.createOrganization(SearchData.organization("name", word + " no area", "address", null, "latitude", null,
                "longitude", null, "serviceRadiusKm", null, "serviceRegions", List.of()), true);
        SearchData.createOffering(radius, SearchData.offering("name", word + " radius in person", "modality", "in_person"));
        SearchData.createOffering(tooFar, SearchData.offering("name", word + " too far hybrid", "modality", "hybrid"));
        SearchData.createOffering(region, SearchData.offering("name", word + " region hybrid", "modality", "hybrid"));
        SearchData.createOffering(noArea, SearchData.offering("name", word + " no area in person", "modality", "in_person"));
        SearchData.createOffering(noArea, SearchData.offering("name", word + " no area online", "modality", "virtual"));

        anonymous().queryParam("q", word).queryParam("schoolId", school).queryParam("sort", "distance")
                .get("/api/v1/offerings").then().statusCode(200)
                .body("items.name", equalTo(List.of(word + " radius in person", word + " region hybrid",
                        word + " no area online")))
                .body("items[0].distanceKm", equalTo(1.11f))
                .body("items[1].distanceKm", equalTo(55.6f));
        // an organization serves the school in person, or online through a virtual offering
        // (in relevance order, which BM25 sets by how long each text holding the word is)
        assertThat(names("/api/v1/organizations", "q", word, "schoolId", school))
                .containsExactlyInAnyOrder(word + " no area", word + " radius", word + " region");
    }

    @Test
    void ordersByRelevanceNameAndUpdate() {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        UUID inName = SearchData.createOffering(org, SearchData.offering("name", "B club " + word,
                "description", "Plain text."));
        SearchData.createOffering(org, SearchData.offering("name", "A club", "description", "Mentions " + word + " once."));
        assertThat(names("/api/v1/offerings", "q", word)).containsExactly("B club " + word, "A club");
        assertThat(names("/api/v1/offerings", "q", word, "sort", "name")).containsExactly("A club", "B club " + word);
        assertThat(names("/api/v1/offerings", "q", word, "sort", "updated")).containsExactly("A club", "B club " + word);
        String etag = Api.etag("/api/v1/offerings/" + inName);
        district().header("If-Match", etag).body(SearchData.offering("name", "B club " + word, "description", "Changed."))
                .put("/api/v1/offerings/" + inName).then().statusCode(200);
        assertThat(names("/api/v1/offerings", "q", word, "sort", "updated")).containsExactly("B club " + word, "A club");
        // relevance without text falls back to name order, like no sort at all
        assertThat(names("/api/v1/offerings", "organizationId", org.toString(), "sort", "relevance"))
                .containsExactly("A club", "B club " + word);
    }

    @Test
    void highlightsAreSafeHtml() {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        SearchData.createOffering(org, SearchData.offering("name", "Robotics <script>alert(1)</script> " + word,
                "description", "Builds & codes robots."));
        anonymous().queryParam("q", word + " robot").get("/api/v1/offerings").then().statusCode(200)
                // markup in the text is escaped, marks are only ours
                .body("items[0].highlight.snippet", not(containsString("<script")))
                .body("items[0].highlight.snippet", containsString("Builds &amp; codes"))
                .body("items[0].highlight.snippet", containsString("<mark>" + word + "</mark>"))
                .body("items[0].highlight.snippet", containsString("<mark>robots</mark>"))
                .body("items[0].highlight.terms", equalTo(List.of("robotics", word, "robots")));
        // no text, no highlight or score
        anonymous().queryParam("organizationId", org.toString()).get("/api/v1/offerings").then()
                .body("items[0].highlight", nullValue()).body("items[0].score", nullValue());
    }

    @Test
    void documentsFollowChanges() {
        String word = SearchData.marker();
        String renamed = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization("name", "Org " + word), true);
        UUID offering = SearchData.createOffering(org, SearchData.offering("name", "Chess club", "categories",
                List.of("stem")));
        // an offering's document holds its organization's name
        assertThat(names("/api/v1/offerings", "q", word)).containsExactly("Chess club");
        Map<String, Object> body = SearchData.organization("name", "Org " + renamed);
        district().header("If-Match", Api.etag("/api/v1/organizations/" + org)).body(body)
                .put("/api/v1/organizations/" + org).then().statusCode(200);
        assertThat(names("/api/v1/offerings", "q", word)).isEmpty();
        assertThat(names("/api/v1/offerings", "q", renamed)).containsExactly("Chess club");

        // categories: the offering's and, through it, the organization's
        assertThat(names("/api/v1/offerings", "q", renamed + " dental")).isEmpty();
        district().header("If-Match", Api.etag("/api/v1/offerings/" + offering))
                .body(SearchData.offering("name", "Chess club", "categories", List.of("dental-health")))
                .put("/api/v1/offerings/" + offering).then().statusCode(200);
        assertThat(names("/api/v1/offerings", "q", renamed + " dental")).containsExactly("Chess club");
        assertThat(names("/api/v1/organizations", "q", renamed + " dental")).containsExactly("Org " + renamed);

        // a renamed category
        String code = "c-" + word;
        district().body(Map.of("code", code, "parentCode", "enrichment", "name", "Puzzles " + word))
                .post("/api/v1/categories").then().statusCode(201);
        UUID puzzles = SearchData.createOffering(org, SearchData.offering("name", "Thinking games",
                "categories", List.of(code)));
        assertThat(names("/api/v1/offerings", "q", "puzzles " + word)).containsExactly("Thinking games");
        // a new category filters at once, and its parent's filter takes it in (the index's taxonomy)
        assertThat(names("/api/v1/offerings", "q", renamed, "category", code)).containsExactly("Thinking games");
        assertThat(names("/api/v1/offerings", "q", renamed, "category", "enrichment")).contains("Thinking games");
        assertThat(names("/api/v1/organizations", "q", renamed, "category", code)).containsExactly("Org " + renamed);
        district().header("If-Match", Api.etag("/api/v1/categories/" + code))
                .body(Map.of("parentCode", "enrichment", "name", "Riddles " + word))
                .put("/api/v1/categories/" + code).then().statusCode(200);
        assertThat(names("/api/v1/offerings", "q", "puzzles " + word)).isEmpty();
        assertThat(names("/api/v1/offerings", "q", "riddles " + word)).containsExactly("Thinking games");
        assertThat(names("/api/v1/organizations", "q", "riddles " + word)).containsExactly("Org " + renamed);

        // a deleted offering leaves its organization's document; a deleted organization leaves search
        district().delete("/api/v1/offerings/" + puzzles).then().statusCode(204);
        assertThat(names("/api/v1/organizations", "q", "riddles " + word)).isEmpty();
        district().delete("/api/v1/organizations/" + org).then().statusCode(204);
        assertThat(names("/api/v1/organizations", "q", renamed)).isEmpty();
        assertThat(names("/api/v1/offerings", "q", renamed)).isEmpty();
    }

    @Test
    void searchPagesCarryLinksAndCounts() {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        for (int i = 0; i < 3; i++) {
            SearchData.createOffering(org, SearchData.offering("name", word + " group " + i));
        }
        anonymous().queryParam("q", word).queryParam("size", 2).queryParam("page", 1).get("/api/v1/offerings").then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"prev\""))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("page", equalTo(1))
                .body("items.size()", equalTo(1));
        // past the last page: an empty page, still with the total
        anonymous().queryParam("q", word).queryParam("page", 5).get("/api/v1/offerings").then().statusCode(200)
                .body("items", equalTo(List.of())).body("totalItems", equalTo(3));
        anonymous().queryParam("q", word).get("/api/v1/offerings").then()
                .body("items.name", hasItem(word + " group 0"));
    }
    @Test
    void listingsWithoutWordsPageInNameOrUpdateOrderWithTheirTotal() {
        String word = SearchData.marker();
        UUID org = SearchData.createOrganization(SearchData.organization(), true);
        UUID hidden = SearchData.createOrganization(SearchData.organization(), false);
        for (String name : List.of("c", "a", "b")) {
            SearchData.createOffering(org, SearchData.offering("name", word + " " + name));
        }
        SearchData.createOffering(hidden, SearchData.offering("name", word + " hidden"));
        String path = "/api/v1/offerings";
        anonymous().queryParam("organizationId", org).queryParam("size", 2).get(path).then().statusCode(200)
                .header("X-Total-Count", "3").body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.name", equalTo(List.of(word + " a", word + " b")));
        anonymous().queryParam("organizationId", org).queryParam("size", 2).queryParam("page", 1).get(path).then()
                .body("totalItems", equalTo(3)).body("items.name", equalTo(List.of(word + " c")));
        // past the last page: an empty page, still with the total
        anonymous().queryParam("organizationId", org).queryParam("page", 5).get(path).then().statusCode(200)
                .body("items", equalTo(List.of())).body("totalItems", equalTo(3));
        // newest first; what the caller may not see is neither listed nor counted
        anonymous().queryParam("organizationId", org).queryParam("sort", "updated").get(path).then()
                .body("items.name", equalTo(List.of(word + " b", word + " a", word + " c")));
        anonymous().queryParam("organizationId", hidden).get(path).then()
                .body("totalItems", equalTo(0)).body("items", equalTo(List.of()));
        district().queryParam("organizationId", hidden).get(path).then()
                .body("totalItems", equalTo(1)).body("items.name", equalTo(List.of(word + " hidden")));
    }
}
