package org.partnermatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.support.Api;
import org.partnermatch.support.Index;
import org.partnermatch.support.Tokens;

/**
 * Match reasons on the pages in the reader's language: a principal's need page and a partner's opportunities in
 * Spanish read Spanish reasons and Spanish category names; in English they read exactly the API's sentences.
 */
@QuarkusTest
class ReasonPagesTest {

    @Inject
    MatchingService matching;

    /**
     * A school with a reading need, in a region of its own far from other tests' organizations; an organization
     * there whose offering is in the sibling category, math: the need's only match.
     */
    private record Setup(UUID school, UUID need, UUID organization, UUID offering) {
    }

    private Setup setup() {
        String region = Api.unique("Reasons");
        Api.region(region);
        Map<String, Object> schoolBody = Api.school();
        schoolBody.put("region", region);
        schoolBody.put("latitude", 47.6588);
        schoolBody.put("longitude", -117.4260);
        UUID school = Api.created(Api.district().body(schoolBody).post("/api/v1/schools").then());
        Map<String, Object> orgBody = Api.organization();
        orgBody.put("serviceRegions", List.of(region));
        orgBody.put("latitude", 47.66);
        orgBody.put("longitude", -117.43);
        UUID organization = Api.created(Api.district().body(orgBody).post("/api/v1/organizations").then());
        Api.district().body(Map.of("status", "approved", "note", "on file"))
                .post("/api/v1/organizations/" + organization + "/vetting").then().statusCode(200);
        Map<String, Object> need = Api.need();
        need.put("category", "literacy");
        need.put("title", Api.unique("Reading tutoring"));
        need.put("languages", List.of("so", "am"));
        UUID needId = UUID.fromString(Api.district().body(need).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(201).extract().path("id"));
        UUID offering = Api.createOffering(organization);
        Index.awaitCandidate(matching.index(), offering);
        return new Setup(school, needId, organization, offering);
    }

    private static String needPage(Setup s, String acceptLanguage) {
        return given().header("Accept-Language", acceptLanguage).cookie(WebCookies.SESSION, Tokens.principal(s.school()))
                .get("/needs/" + s.need()).then().statusCode(200).extract().asString();
    }

    private static String matchOf(String page, UUID offering) {
        int at = page.indexOf("name=\"offeringId\" value=\"" + offering + "\"");
        assertThat(at).as("the offering is among the matches").isPositive();
        int start = page.lastIndexOf("<li class=\"match card\"", at);
        return page.substring(start, at);
    }

    @Test
    void aSpanishReadingPrincipalReadsSpanishReasonsAndCategoryNames() {
        Setup s = setup();
        String match = matchOf(needPage(s, "es-MX,es;q=0.9"), s.offering());
        assertThat(match)
                .contains("Categoría relacionada: Tutoría de matemáticas (usted pidió Lectura y alfabetización)")
                .contains("El personal habla somalí (1 de 2 solicitados; no amárico)")
                .contains("Abarca grados 6-8 (todos los solicitados)")
                .contains("Funciona después de clases (1 de 1 horarios pedidos)")
                .contains("Gratis")
                .contains("Organización dirigida por personas negras, dirigida por inmigrantes o refugiados; el "
                        + "personal habla somalí")
                .contains("Necesidad de prioridad alta")
                .doesNotContain("Related category", "Staff speak", "Covers grades", "you asked for");
        // the need's own category, on the same page, in Spanish too
        assertThat(needPage(s, "es")).contains("Lectura y alfabetización");
    }

    @Test
    void inEnglishThePageReadsExactlyTheApisSentences() {
        Setup s = setup();
        var api = Api.as(Tokens.principal(s.school())).get("/api/v1/needs/" + s.need() + "/matches?limit=100").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> results = api.getList("results");
        Map<String, Object> best = results.stream()
                .map(r -> (Map<String, Object>) r.get("best"))
                .filter(b -> s.offering().toString().equals(b.get("offeringId"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) best.get("reasons");
        assertThat(best).doesNotContainKey("reasonDetails"); // the keys stay in-process, for the pages
        assertThat(reasons).contains("Related category: Math tutoring (you asked for Reading and literacy)");

        String match = matchOf(needPage(s, "en"), s.offering());
        for (String reason : reasons) {
            assertThat(match).contains("<li>" + html(reason) + "</li>");
        }
    }

    @Test
    void aSpanishReadingPartnerReadsTheOpportunitysReasonInSpanish() {
        Setup s = setup();
        String page = given().header("Accept-Language", "es").cookie(WebCookies.SESSION, Tokens.partner(s.organization()))
                .get("/organizations/" + s.organization() + "/manage").then().statusCode(200).extract().asString();
        int at = page.indexOf("id=\"explain-opportunities\"");
        assertThat(at).isPositive();
        String opportunities = page.substring(at);
        // each covered need with its strongest reason: here the shared time
        assertThat(opportunities).contains(": Funciona después de clases (1 de 1 horarios pedidos)</li>")
                .doesNotContain("Runs after school", "requested times");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
