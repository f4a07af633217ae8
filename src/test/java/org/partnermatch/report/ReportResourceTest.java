package org.partnermatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.support.Api;
import org.partnermatch.support.Index;
import org.partnermatch.support.RecordedPartnerships;
import org.partnermatch.report.PartnershipFacts.PartnershipRow;

/**
 * A small district in its own region whose figures are known by hand. Four schools, need index A > B > C > D
 * (so A is quartile 4, D quartile 1); one approved, Black-led organization whose one offering serves category
 * {@code good} for grades 6-8; category {@code none} has no offering at all (a partner desert).
 *
 * <pre>
 * need  school  category  students  partnership  expected bucket
 * n1    A       good      40        -            good match
 * n2    A       none      30        -            desert
 * n3    B       good      20        yes          partnered
 * n4    C       none      10        -            desert
 * </pre>
 */
@QuarkusTest
class ReportResourceTest {

    @Inject
    MatchingService matching;

    private String region;
    private String good;
    private String none;
    private UUID a;
    private UUID b;
    private UUID c;
    private UUID d;
    private UUID n1;
    private UUID n3;
    private UUID blackLed;
    private UUID noLeadership;

    @BeforeEach
    void district() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        region = "Report Region " + suffix;
        Api.region(region);
        good = "rg-" + suffix;
        none = "rn-" + suffix;
        for (String code : List.of(good, none)) {
            Api.district().body(Map.of("code", code, "name", "Report " + code)).post("/api/v1/categories")
                    .then().statusCode(201);
        }
        a = school(true, 90, 45, 1);
        b = school(true, 60, 20, 3);
        c = school(false, 30, 10, 4);
        d = school(false, 10, 2, 5);
        n1 = need(a, good, 40);
        need(a, none, 30);
        n3 = need(b, good, 20);
        need(c, none, 10);
        Map<String, Object> org = Api.organization();
        org.put("serviceRegions", List.of(region));
        blackLed = UUID.fromString(Api.district().body(org).post("/api/v1/organizations").then().statusCode(201)
                .extract().path("id"));
        Api.district().body(Map.of("status", "approved")).post("/api/v1/organizations/" + blackLed + "/vetting")
                .then().statusCode(200);
        Map<String, Object> plain = Api.organization();
        plain.put("leadership", List.of());
        plain.put("communitiesServed", List.of());
        noLeadership = UUID.fromString(Api.district().body(plain).post("/api/v1/organizations").then().statusCode(201)
                .extract().path("id"));
        Map<String, Object> offering = Api.offering();
        offering.put("categories", List.of(good));
        UUID offeringId = UUID.fromString(Api.district().body(offering)
                .post("/api/v1/organizations/" + blackLed + "/offerings").then().statusCode(201).extract().path("id"));
        Index.await(matching.index(), s -> s.candidates().containsKey(offeringId)
                && s.taxonomy().names().containsKey(none) && s.organizations().containsKey(noLeadership));
        UUID aki = UUID.fromString("5c000000-0000-4000-8000-000000000001");
        RecordedPartnerships.record(Set.of(n3), List.of(
                new PartnershipRow(UUID.randomUUID(), b, offeringId, blackLed, "active"),
                new PartnershipRow(UUID.randomUUID(), a, offeringId, noLeadership, "completed"),
                // outside the region: never counted in this district's figures
                new PartnershipRow(UUID.randomUUID(), aki, offeringId, blackLed, "active")));
    }

    private UUID school(boolean titleI, double frl, double el, int rank) {
        Map<String, Object> body = Api.school();
        body.put("region", region);
        body.put("equity", Map.of("titleI", titleI, "freeReducedLunchPercent", frl, "englishLearnerPercent", el,
                "homeLanguages", List.of("so"), "qualityRank", rank));
        return UUID.fromString(Api.district().body(body).post("/api/v1/schools").then().statusCode(201)
                .extract().path("id"));
    }

    private static UUID need(UUID school, String category, int students) {
        Map<String, Object> body = Api.need();
        body.put("category", category);
        body.put("studentsAffected", students);
        return UUID.fromString(Api.district().body(body).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(201).extract().path("id"));
    }

    private JsonPath coverage(String query) {
        return Api.district().get("/api/v1/reports/coverage?region=" + region + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<Integer> figures(Map<String, Object> coverage) {
        return List.of("openNeeds", "studentsAffected", "needsWithActivePartnership", "needsWithGoodMatchOnly",
                "needsWithWeakMatchOnly", "partnerDeserts", "studentsInPartnerDeserts").stream()
                .map(k -> ((Number) coverage.get(k)).intValue()).toList();
    }

    private static Map<String, Object> find(JsonPath json, String list, String key, Object value) {
        return json.<Map<String, Object>>getList(list).stream().filter(m -> value.toString().equals(String.valueOf(m.get(key))))
                .findFirst().orElseThrow();
    }

    @Test
    void coverageFiguresPerSchoolRegionAndCategory() {
        JsonPath json = coverage("");
        assertThat(figures(json.getMap("totals"))).containsExactly(4, 100, 1, 1, 0, 2, 40);
        assertThat(json.getList("schools")).hasSize(4);
        assertThat(figures((Map<String, Object>) find(json, "schools", "schoolId", a).get("coverage")))
                .containsExactly(2, 70, 0, 1, 0, 1, 30);
        assertThat(figures((Map<String, Object>) find(json, "schools", "schoolId", b).get("coverage")))
                .containsExactly(1, 20, 1, 0, 0, 0, 0);
        assertThat(figures((Map<String, Object>) find(json, "schools", "schoolId", c).get("coverage")))
                .containsExactly(1, 10, 0, 0, 0, 1, 10);
        assertThat(figures((Map<String, Object>) find(json, "schools", "schoolId", d).get("coverage")))
                .containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat(json.getList("regions")).hasSize(1);
        assertThat(json.getInt("regions[0].schools")).isEqualTo(4);
        assertThat(figures(json.getMap("regions[0].coverage"))).containsExactly(4, 100, 1, 1, 0, 2, 40);
        assertThat(figures((Map<String, Object>) find(json, "categories", "category", good).get("coverage")))
                .containsExactly(2, 60, 1, 1, 0, 0, 0);
        assertThat(figures((Map<String, Object>) find(json, "categories", "category", none).get("coverage")))
                .containsExactly(2, 40, 0, 0, 0, 2, 40);
        assertThat(json.getDouble("filters.goodMatchThreshold")).isEqualTo(0.5);
    }

    @Test
    void filtersByCategorySchoolYearAndThreshold() {
        assertThat(figures(coverage("&category=" + good).getMap("totals"))).containsExactly(2, 60, 1, 1, 0, 0, 0);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        String thisYear = start + "-" + String.format("%02d", (start + 1) % 100);
        JsonPath current = coverage("&schoolYear=" + thisYear);
        assertThat(current.getString("filters.schoolYear")).isEqualTo(thisYear);
        assertThat(current.getInt("totals.openNeeds")).isEqualTo(4);
        assertThat(coverage("&schoolYear=2019-2020").getInt("totals.openNeeds")).isZero();
        // nothing scores a perfect 1.0, so at that threshold the good match becomes a weak one
        assertThat(figures(coverage("&goodMatch=1").getMap("totals"))).containsExactly(4, 100, 1, 0, 1, 2, 40);
        // a closed need leaves the report
        Map<String, Object> closed = Api.need();
        closed.put("category", good);
        closed.put("studentsAffected", 40);
        closed.put("status", "closed");
        Api.district().header("If-Match", Api.etag("/api/v1/needs/" + n1)).body(closed).put("/api/v1/needs/" + n1)
                .then().statusCode(200);
        assertThat(figures(coverage("").getMap("totals"))).containsExactly(3, 60, 1, 0, 0, 2, 40);
    }

    @Test
    void equityByQuartileTitleIAndLeadership() {
        JsonPath json = Api.district().get("/api/v1/reports/equity?region=" + region).then().statusCode(200)
                .extract().jsonPath();
        assertThat(json.getList("quartiles.group")).containsExactly("q1", "q2", "q3", "q4");
        assertThat(json.getList("quartiles.schools")).containsExactly(1, 1, 1, 1);
        // q1 = D (no needs), q2 = C (a desert), q3 = B (partnered), q4 = A (a good match and a desert)
        assertThat(figures(json.getMap("quartiles[0].coverage"))).containsExactly(0, 0, 0, 0, 0, 0, 0);
        assertThat((Object) json.get("quartiles[0].partneredShare")).isNull(); // absent: no needs, no share
        assertThat(figures(json.getMap("quartiles[1].coverage"))).containsExactly(1, 10, 0, 0, 0, 1, 10);
        assertThat(json.getDouble("quartiles[1].desertShare")).isEqualTo(1.0);
        assertThat(figures(json.getMap("quartiles[2].coverage"))).containsExactly(1, 20, 1, 0, 0, 0, 0);
        assertThat(json.getDouble("quartiles[2].partneredShare")).isEqualTo(1.0);
        assertThat(figures(json.getMap("quartiles[3].coverage"))).containsExactly(2, 70, 0, 1, 0, 1, 30);
        assertThat(json.getDouble("quartiles[3].partneredOrGoodMatchShare")).isEqualTo(0.5);
        assertThat(json.getDouble("quartiles[3].needIndexMin")).isEqualTo(95.5);
        // the highest-need quartile (1 of 2 needs served) against the rest (B's need partnered, C's a desert)
        assertThat(json.getDouble("highestNeedQuartile.highestQuartileShare")).isEqualTo(0.5);
        assertThat(json.getDouble("highestNeedQuartile.restShare")).isEqualTo(0.5);
        assertThat(json.getBoolean("highestNeedQuartile.servedAtLeastAsWell")).isTrue();
        // Title I: A and B (3 needs: partnered, good, desert); others: C and D (one desert)
        assertThat(json.getList("titleI.group")).containsExactly("title_i", "not_title_i");
        assertThat(figures(json.getMap("titleI[0].coverage"))).containsExactly(3, 90, 1, 1, 0, 1, 30);
        assertThat(json.getDouble("titleI[0].partneredOrGoodMatchShare")).isEqualTo(0.6667);
        assertThat(json.getDouble("titleI[1].partneredOrGoodMatchShare")).isEqualTo(0.0);
        // partnerships in the region: one with a Black-led organization (B), one with neither (A)
        assertThat(json.getInt("partnerships.partnerships")).isEqualTo(2);
        assertThat(json.getInt("partnerships.bipocLed")).isEqualTo(1);
        assertThat(json.getInt("partnerships.blackLed")).isEqualTo(1);
        assertThat(json.getInt("partnerships.culturallySpecific")).isEqualTo(1);
        assertThat(json.getDouble("partnerships.blackLedShare")).isEqualTo(0.5);
        assertThat(json.getInt("quartiles[2].partnerships.blackLed")).isEqualTo(1);
        assertThat(json.getInt("quartiles[3].partnerships.blackLed")).isZero();
    }

    @Test
    void csvOnRequest() throws Exception {
        String body = Api.district().accept("text/csv").get("/api/v1/reports/coverage?region=" + region).then()
                .statusCode(200).header("Content-Type", startsWith("text/csv")).header("Content-Type",
                        org.hamcrest.Matchers.containsStringIgnoringCase("charset=UTF-8"))
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        assertThat(body).contains("\r\n");
        assertThat(rows).hasSize(1 + 4 + 1 + 2);
        CSVRecord district = rows.get(0);
        assertThat(district.get("level")).isEqualTo("district");
        assertThat(district.get("open_needs")).isEqualTo("4");
        assertThat(district.get("partner_deserts")).isEqualTo("2");
        assertThat(district.get("students_in_partner_deserts")).isEqualTo("40");
        CSVRecord schoolA = rows.stream().filter(r -> r.get("id").equals(a.toString())).findFirst().orElseThrow();
        assertThat(schoolA.get("title_i")).isEqualTo("true");
        assertThat(schoolA.get("need_index")).isEqualTo("95.5");
        assertThat(schoolA.get("students_affected")).isEqualTo("70");

        String equity = Api.district().accept("text/csv").get("/api/v1/reports/equity?region=" + region).then()
                .statusCode(200).header("Content-Type", startsWith("text/csv")).extract().asString();
        List<CSVRecord> groups = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(equity)).getRecords();
        assertThat(groups).extracting(r -> r.get("group")).containsExactly("q1", "q2", "q3", "q4", "title_i", "not_title_i");
        assertThat(groups.get(3).get("partnered_or_good_match_share")).isEqualTo("0.5");
    }

    @Test
    void badParametersNameTheParameter() {
        Api.district().get("/api/v1/reports/coverage?schoolYear=2025").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("schoolYear"));
        Api.district().get("/api/v1/reports/equity?category=no-such-category").then().statusCode(400)
                .body("violations[0].field", equalTo("category"));
        Api.district().get("/api/v1/reports/coverage?goodMatch=2").then().statusCode(400)
                .body("violations[0].field", equalTo("goodMatch"));
        Api.district().get("/api/v1/reports/coverage?goodMatch=high").then().statusCode(400)
                .body("violations[0].field", equalTo("goodMatch"));
    }

    @Test
    void csvCellsNeverRunAsFormulas() {
        assertThat(ReportCsv.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ReportCsv.defuse("Aki Kurose")).isEqualTo("Aki Kurose");
        assertThat(ReportCsv.write(List.of("a", "b"), List.of(List.of("x, \"y\"", 1)))).isEqualTo("a,b\r\nx, \"y\",1\r\n"
                .replace("x, \"y\"", "\"x, \"\"y\"\"\""));
    }

    @Test
    void defaultFactsReadThePartnershipTables() {
        SqlPartnershipFacts facts = new SqlPartnershipFacts(io.quarkus.arc.Arc.container()
                .instance(io.agroal.api.AgroalDataSource.class).get());
        org.partnermatch.support.Partnerships.Setup requested = org.partnermatch.support.Partnerships.setup(50, "students");
        UUID waiting = requested.inState("requested");
        org.partnermatch.support.Partnerships.Setup accepted = org.partnermatch.support.Partnerships.setup(50, "students");
        UUID taken = accepted.inState("accepted");
        assertThat(facts.needsWithActivePartnership()).contains(accepted.need()).doesNotContain(requested.need());
        assertThat(facts.countedPartnerships().stream().map(r -> r.id()).toList()).contains(taken)
                .doesNotContain(waiting);
    }
}
