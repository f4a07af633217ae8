package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Searching the demo directory the way principals ask: the organizations a person would expect come first. Other
 * tests add organizations and offerings to the suite's shared database (some say "math tutoring with Somali-speaking
 * tutors"), and scores depend on each hit's own text only, so these pins walk every page of results and look at the
 * order of the demo directory's records among them.
 */
@QuarkusTest
class DemoSearchTest {

    static final String DEMO = "0a000000-0000-4000-8000-";
    static final String OPERATION_SCHOOL_BELL = DEMO + "000000000005";
    static final String TOTEM_STAR = DEMO + "000000000006";
    static final String WESTSIDE_BABY = DEMO + "000000000007";
    static final String EAST_AFRICAN_COMMUNITY_SERVICES = DEMO + "00000000000c";
    static final String TREEHOUSE = DEMO + "000000000017";
    static final String TUTORBRIDGE = DEMO + "000000000026";

    /** A hit of the demo directory: its organization, its name, and the search fields. */
    record Hit(String organizationId, String name, Double score, Map<String, Object> highlight) {
        @SuppressWarnings("unchecked")
        List<String> terms() {
            return highlight == null ? List.of() : (List<String>) highlight.get("terms");
        }

        String snippet() {
            return highlight == null ? null : (String) highlight.get("snippet");
        }
    }

    /** Every hit of {@code q} on {@code /api/v1/<what>} (all pages, anonymous), keeping the demo directory's. */
    static List<Hit> demoHits(String what, String q) {
        List<Hit> hits = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath json = anonymous().queryParam("q", q).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/" + what).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> item : items) {
                String organizationId = (String) item.get(what.equals("offerings") ? "organizationId" : "id");
                if (organizationId.startsWith(DEMO)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> highlight = (Map<String, Object>) item.get("highlight");
                    Number score = (Number) item.get("score");
                    hits.add(new Hit(organizationId, (String) item.get("name"),
                            score == null ? null : score.doubleValue(), highlight));
                }
            }
            if (page + 1 >= json.getInt("totalPages")) {
                return hits;
            }
        }
    }

    static List<String> organizations(List<Hit> hits) {
        return hits.stream().map(Hit::organizationId).toList();
    }

    @Test
    void diapersFindsWestSideBaby() {
        List<Hit> offerings = demoHits("offerings", "diapers");
        assertThat(offerings).isNotEmpty();
        assertThat(offerings.get(0).organizationId()).isEqualTo(WESTSIDE_BABY);
        assertThat(offerings.get(0).name()).isEqualTo("Diapers and Baby Supplies through Schools");
        assertThat(offerings.get(0).terms()).containsExactly("diapers");
        assertThat(offerings.get(0).snippet()).isEqualTo("<mark>Diapers</mark> and Baby Supplies through Schools — "
                + "Monthly delivery of <mark>diapers</mark>, wipes and baby clothing to school family-support …");

        List<Hit> organizations = demoHits("organizations", "diapers");
        assertThat(organizations.get(0).organizationId()).isEqualTo(WESTSIDE_BABY);
        assertThat(organizations.get(0).snippet()).contains("<mark>diapers</mark>");
    }

    @Test
    void mathTutoringSomaliFindsEastAfricanCommunityServices() {
        List<Hit> offerings = demoHits("offerings", "math tutoring somali");
        assertThat(offerings.get(0).organizationId()).isEqualTo(EAST_AFRICAN_COMMUNITY_SERVICES);
        assertThat(offerings.get(0).name()).isEqualTo("After-School Tutoring in Somali, Oromo and Amharic");
        assertThat(offerings.get(0).terms()).contains("math", "tutoring", "somali");
        // TutorBridge tutors math online in Somali (its languages), without saying so in its text: found, lower
        assertThat(organizations(offerings)).contains(TUTORBRIDGE);

        List<Hit> organizations = demoHits("organizations", "math tutoring somali");
        assertThat(organizations.get(0).organizationId()).isEqualTo(EAST_AFRICAN_COMMUNITY_SERVICES);
        assertThat(organizations(organizations)).contains(TUTORBRIDGE);
    }

    @Test
    void afterSchoolMusicFindsTotemStarRecords() {
        List<Hit> offerings = demoHits("offerings", "after school music");
        assertThat(organizations(offerings).subList(0, 2)).containsOnly(TOTEM_STAR);
        assertThat(offerings).extracting(Hit::name).contains("After-School Recording Studio");
        // the inactive summer intensive is not shown to the public
        assertThat(offerings).extracting(Hit::name).doesNotContain("Summer Music Production Intensive");

        List<Hit> organizations = demoHits("organizations", "after school music");
        assertThat(organizations.get(0).organizationId()).isEqualTo(TOTEM_STAR);
    }

    @Test
    void clothesForKidsFindsOperationSchoolBell() {
        List<Hit> offerings = demoHits("offerings", "clothes for kids");
        assertThat(offerings.get(0).organizationId()).isEqualTo(OPERATION_SCHOOL_BELL);
        assertThat(offerings.get(0).name()).isEqualTo("New School Clothing and Shoes");
        // "clothes" is stemmed to match "clothing"; "kids" also matches "students" and "youth"
        assertThat(offerings.get(0).terms()).contains("clothing", "students");
        assertThat(organizations(offerings).subList(0, 2)).contains(TREEHOUSE);

        List<Hit> organizations = demoHits("organizations", "clothes for kids");
        assertThat(organizations.get(0).organizationId()).isEqualTo(OPERATION_SCHOOL_BELL);
        assertThat(organizations(organizations)).contains(TREEHOUSE, WESTSIDE_BABY);
        // suspended organizations are never public, whatever they offer
        assertThat(organizations).extracting(Hit::name).doesNotContain("Neighborhood Coats Collective");
    }

    @Test
    void aPrefixFindsTheWholeWord() {
        List<Hit> tutor = demoHits("offerings", "tutor");
        assertThat(tutor).extracting(Hit::name).contains("After-School Tutoring in Somali, Oromo and Amharic",
                "Online Homework Help and Tutoring", "In-Class Support and Tutoring");
        assertThat(tutor.get(0).terms()).contains("tutoring");
        assertThat(demoHits("offerings", "diap").get(0).organizationId()).isEqualTo(WESTSIDE_BABY);
        assertThat(demoHits("organizations", "westsi").get(0).organizationId()).isEqualTo(WESTSIDE_BABY);
    }

    @Test
    void typosFindNamesThatLookAlike() {
        List<Hit> offerings = demoHits("offerings", "tutring");
        assertThat(offerings).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.name()).containsIgnoringCase("tutoring");
            assertThat(hit.terms()).contains("tutoring");
            assertThat(hit.score()).isPositive();
        });
        assertThat(offerings).extracting(Hit::organizationId).contains(EAST_AFRICAN_COMMUNITY_SERVICES, TUTORBRIDGE);

        List<Hit> organizations = demoHits("organizations", "westside bbay");
        assertThat(organizations.get(0).organizationId()).isEqualTo(WESTSIDE_BABY);
        // a typo's hit is highlighted as any other, the words within the typo's distance marked
        assertThat(organizations.get(0).snippet()).startsWith("<mark>WestSide</mark> <mark>Baby</mark> — ")
                .contains("Cribs and <mark>Baby</mark> Gear");
        // a typo in one word of several: the other words are still found
        assertThat(demoHits("offerings", "math tutring")).extracting(Hit::organizationId)
                .contains(EAST_AFRICAN_COMMUNITY_SERVICES);
        // the offerings of an organization whose name was mistyped
        assertThat(demoHits("offerings", "westside bbay")).extracting(Hit::organizationId).containsOnly(WESTSIDE_BABY);
    }

    @Test
    void scoresFallDownThePage() {
        JsonPath json = anonymous().queryParam("q", "tutoring").queryParam("size", 100).get("/api/v1/offerings")
                .then().statusCode(200).extract().jsonPath();
        List<Float> scores = json.getList("items.score", Float.class);
        assertThat(scores).isNotEmpty().isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(scores).allSatisfy(score -> assertThat(score).isBetween(0f, 1f));
    }
}
