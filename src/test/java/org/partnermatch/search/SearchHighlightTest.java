package org.partnermatch.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnermatch.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;

/**
 * Issue 16, item 11: highlights are marked beside the text, not inside it. Control characters stored before they
 * were refused (written here straight to the database) and mark tags typed into a description forge no marks: the
 * API's snippet and the search page stay balanced, and everything but our marks is escaped.
 */
@QuarkusTest
class SearchHighlightTest {

    @Inject
    SearchEngine engine;

    @Test
    void storedControlCharactersAndMarkTagsForgeNoMarks() {
        String word = SearchData.marker();
        UUID organization = SearchData.createOrganization(SearchData.organization(), true);
        UUID offering = SearchData.createOffering(organization, SearchData.offering("name", "Robotics " + word,
                "description", "Builds robots."));
        Db.update("UPDATE offering SET description = 'Builds ' || chr(2) || 'robots' || chr(1)"
                + " || ' </mark><mark>and</mark> ' || chr(1) || 'bikes <mark' WHERE id = '" + offering + "'");

        JsonPath offerings = anonymous().queryParam("q", word + " robot").get("/api/v1/offerings").then()
                .statusCode(200).extract().jsonPath();
        assertThat(offerings.getString("items[0].id")).isEqualTo(offering.toString());
        Map<String, Object> highlight = offerings.getMap("items[0].highlight");
        assertThat(highlight).containsOnlyKeys("snippet", "terms", "excerpt", "marks");
        assertThat((String) highlight.get("snippet")).startsWith("<mark>Robotics</mark> <mark>" + word + "</mark> — "
                + "Builds <mark>robots</mark> &lt;/mark&gt;&lt;mark&gt;and&lt;/mark&gt; bikes &lt;mark · ");
        assertThat((String) highlight.get("excerpt")).startsWith("Robotics " + word + " — Builds robots "
                + "</mark><mark>and</mark> bikes <mark · ");
        assertThat(highlight.get("terms")).isEqualTo(List.of("robotics", word, "robots"));
        assertThat(highlight.get("marks")).isEqualTo(List.of(Map.of("start", 0, "end", 8),
                Map.of("start", 9, "end", 9 + word.length()),
                Map.of("start", 19 + word.length(), "end", 25 + word.length())));
        assertBalanced((String) highlight.get("snippet"), 3);

        // the organization's text holds its offerings' too
        JsonPath organizations = anonymous().queryParam("q", word + " bikes").get("/api/v1/organizations").then()
                .statusCode(200).extract().jsonPath();
        String snippet = organizations.getString("items[0].highlight.snippet");
        assertThat(snippet).contains("Builds robots &lt;/mark&gt;&lt;mark&gt;and&lt;/mark&gt; <mark>bikes</mark> &lt;mark");
        assertBalanced(snippet, 2);

        // the search page escapes every piece itself
        String page = given().queryParam("q", word + " robot").get("/search").then().statusCode(200).extract().asString();
        Matcher paragraph = Pattern.compile("<p class=\"snippet\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(page);
        assertThat(paragraph.find()).isTrue();
        assertThat(paragraph.group(1)).startsWith("<mark>Robotics</mark> <mark>" + word + "</mark> — Builds "
                + "<mark>robots</mark> &lt;/mark&gt;&lt;mark&gt;and&lt;/mark&gt; bikes &lt;mark · ");
        assertBalanced(paragraph.group(1), 3);
    }

    /**
     * An organization's highlight is cut from the text its document holds — the categories' names taken from the
     * index's records, the rest from its row — the same text the database would put together.
     */
    @Test
    void anOrganizationsHighlightIsCutFromWhatItsDocumentHolds() {
        String word = SearchData.marker();
        // a short text before the categories, so that the excerpt (the first words: the match is the first) shows them
        UUID organization = SearchData.createOrganization(SearchData.organization("name", "Ak " + word,
                "description", "Serves", "communitiesServed", List.of()), true);
        SearchData.createOffering(organization, SearchData.offering("name", "Zither lessons", "description", "Strings."));
        UUID archery = SearchData.createOffering(organization, SearchData.offering("name", "Archery", "description", "Bows."));
        UUID inactive = SearchData.createOffering(organization, SearchData.offering("name", "Banjo"));
        Db.update("UPDATE offering SET active = false WHERE id = '" + inactive + "'");
        String expected = Db.text("SELECT g.name || ' — ' || coalesce(g.description, '') || ' · '"
                + " || array_to_string(g.communities_served, ', ') || ' · ' || coalesce((SELECT string_agg(DISTINCT k.name, ', ')"
                + " FROM offering f JOIN offering_category c ON c.offering_id = f.id JOIN category k ON k.code = c.category_code"
                + " WHERE f.organization_id = g.id AND f.active), '') || ' · ' || coalesce((SELECT string_agg(f.name || ': '"
                + " || coalesce(f.description, ''), ' · ' ORDER BY f.name) FROM offering f WHERE f.organization_id = g.id"
                + " AND f.active), '') || ' · ' || coalesce((SELECT string_agg(l.name, ', ' ORDER BY l.name)"
                + " FROM language_name l WHERE l.code = ANY (g.staff_languages)), '') FROM organization g"
                + " WHERE g.id = '" + organization + "'");
        assertThat(expected).contains("Archery: Bows. · Zither lessons: Strings.").doesNotContain("Banjo");

        String excerpt = anonymous().queryParam("q", word).get("/api/v1/organizations").then().statusCode(200)
                .extract().path("items[0].highlight.excerpt");
        // the excerpt shows the text with its runs of spaces as one
        assertThat(expected.replaceAll("\\s+", " ")).startsWith(excerpt.replace(Highlights.ELLIPSIS, "").strip());
        String categories = Db.text("SELECT string_agg(DISTINCT k.name, ', ') FROM offering f JOIN offering_category c"
                + " ON c.offering_id = f.id JOIN category k ON k.code = c.category_code WHERE f.organization_id = '"
                + organization + "' AND f.active");
        assertThat(excerpt).contains(" · " + categories + " · Archery: Bows.");

        // and an offering's, from what its document holds (its organization's name among it)
        String offeringText = Db.text("SELECT o.name || ' — ' || coalesce(o.description, '') || ' · ' || coalesce("
                + "(SELECT string_agg(k.name, ', ' ORDER BY k.sort_order) FROM offering_category c"
                + " JOIN category k ON k.code = c.category_code WHERE c.offering_id = o.id), '') || ' · ' || g.name"
                + " || coalesce(' · ' || nullif(array_to_string(g.communities_served, ', '), ''), '') || ' · ' || coalesce("
                + "(SELECT string_agg(l.name, ', ' ORDER BY l.name) FROM language_name l WHERE l.code = ANY (o.languages)), '')"
                + " FROM offering o JOIN organization g ON g.id = o.organization_id WHERE o.id = '" + archery + "'");
        String offeringExcerpt = anonymous().queryParam("q", word + " archery").get("/api/v1/offerings").then()
                .statusCode(200).extract().path("items.find { it.id == '" + archery + "' }.highlight.excerpt");
        assertThat(offeringText).contains(categories).contains("Ak " + word);
        assertThat(offeringExcerpt.replace(Highlights.ELLIPSIS, "").strip()).isEqualTo(offeringText.replaceAll("\\s+", " "));
    }

    /**
     * A highlight made once is reused by the next search of the same text while the record's text is as it was, and
     * cut again once the text changes: an offering's own text, and its organization's, whose text holds the
     * offering's. A change that leaves the text as it was (capacity) keeps the highlight.
     */
    @Test
    void aHighlightIsCutAgainWhenItsTextChanges() {
        String word = SearchData.marker();
        UUID organization = SearchData.createOrganization(SearchData.organization("name", "Ak " + word), true);
        Map<String, Object> body = SearchData.offering("name", "Kites " + word, "description", "Flies kites.");
        UUID offering = SearchData.createOffering(organization, body);
        assertThat(offeringExcerpt(word)).contains("Flies kites.");
        assertThat(organizationExcerpt(word)).contains("Flies kites");
        assertThat(offeringExcerpt(word)).contains("Flies kites."); // the page again: the highlight made before
        // the hits of the text, with the highlights made for them
        TextMatches kept = engine.matches(SearchIndex.OFFERING, SearchText.parse("q", word));

        body.put("capacity", 99); // the text as it was
        Api.district().header("If-Match", Api.etag("/api/v1/offerings/" + offering)).body(body)
                .put("/api/v1/offerings/" + offering).then().statusCode(200);
        assertThat(offeringExcerpt(word)).contains("Flies kites.");
        assertThat(engine.matches(SearchIndex.OFFERING, SearchText.parse("q", word))).as("kept").isSameAs(kept);

        body.put("description", "Builds kites.");
        Api.district().header("If-Match", Api.etag("/api/v1/offerings/" + offering)).body(body)
                .put("/api/v1/offerings/" + offering).then().statusCode(200);
        assertThat(engine.matches(SearchIndex.OFFERING, SearchText.parse("q", word))).as("forgotten").isNotSameAs(kept);
        assertThat(offeringExcerpt(word)).contains("Builds kites.").doesNotContain("Flies");
        assertThat(organizationExcerpt(word)).contains("Builds kites").doesNotContain("Flies");
    }

    private static String offeringExcerpt(String word) {
        return anonymous().queryParam("q", word).get("/api/v1/offerings").then().statusCode(200)
                .extract().path("items[0].highlight.excerpt");
    }

    private static String organizationExcerpt(String word) {
        return anonymous().queryParam("q", word).get("/api/v1/organizations").then().statusCode(200)
                .extract().path("items[0].highlight.excerpt");
    }

    private static void assertBalanced(String html, int marks) {
        assertThat(html).doesNotContain("\u0001", "\u0002");
        assertThat(html.split("<mark>", -1)).hasSize(marks + 1);
        assertThat(html.split("</mark>", -1)).hasSize(marks + 1);
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }
}
