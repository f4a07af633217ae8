package org.partnermatch.hsds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * The HSDS import: the Open Referral example documents (src/test/resources/hsds, CC BY-SA 4.0), re-imports, the
 * round trip through our own export, bad input, the taxonomy mapping and who may import. Each test imports under
 * its own source and renames the example organizations it uses, so tests do not meet each other's records.
 */
@QuarkusTest
class HsdsImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    /**
     * The seeded entries these tests rely on, put back if another test (the contract fuzzer replaces the mapping with
     * what it generates) took them away. Adds only what is missing.
     */
    @org.junit.jupiter.api.BeforeEach
    void seededMappingEntriesExist() {
        List<Map<String, Object>> terms = new ArrayList<>(Api.district().get("/api/v1/imports/hsds/taxonomy-mapping")
                .then().statusCode(200).extract().jsonPath().getList("terms"));
        boolean changed = false;
        for (Map<String, Object> needed : List.<Map<String, Object>>of(
                Map.of("taxonomy", "taxonomy", "term", "code", "category", "mental-health"),
                Map.of("term", "tutoring", "category", "tutoring"))) {
            boolean present = terms.stream().anyMatch(t -> java.util.Objects.equals(t.get("taxonomy"),
                    needed.get("taxonomy")) && needed.get("term").equals(t.get("term")));
            if (!present) {
                terms.add(needed);
                changed = true;
            }
        }
        if (changed) {
            Api.district().body(Map.of("terms", terms)).put("/api/v1/imports/hsds/taxonomy-mapping").then()
                    .statusCode(200);
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String example(String file, String tag) {
        try (InputStream in = HsdsImportTest.class.getResourceAsStream("/hsds/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Organization names are unique per district: each test gives the example organization its own.
            return text.replace("Example Organization Inc.", "Example Organization " + tag);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse post(String token, String query, String body) {
        var request = given().contentType("application/json").accept("application/json");
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.body(body).post("/api/v1/imports/hsds" + query).then();
    }

    private static ValidatableResponse district(String query, String body) {
        return post(Tokens.district(), query, body);
    }

    private static long count(String table, String source) {
        return Db.number("SELECT count(*) FROM " + table + " WHERE external_source = '" + source + "'");
    }

    @Test
    void organizationFullOfHsds30ImportsPendingWithItsServiceAndReimportChangesNothing() {
        String t = tag();
        String source = "test-" + t;
        JsonPath report = district("?source=" + source, example("3.0/organization_full.json", t))
                .statusCode(200).extract().jsonPath();

        assertThat(report.getBoolean("committed")).isTrue();
        assertThat(report.getInt("organizations.created")).isEqualTo(1);
        assertThat(report.getInt("services.created")).isEqualTo(1);
        assertThat(report.getInt("services.errors")).isZero();
        // Latitude 100 and longitude 101 are out of range: left out, and said so by JSON path.
        List<Map<String, Object>> warnings = report.getList("records.find { it.entity == 'organization' }.warnings");
        assertThat(warnings).extracting(w -> w.get("field")).contains("locations[0].latitude", "locations[0].longitude");

        String orgId = Db.text("SELECT id FROM organization WHERE external_source = '" + source + "'");
        assertThat(Db.text("SELECT vetting_status FROM organization WHERE id = '" + orgId + "'")).isEqualTo("pending");
        assertThat(Db.text("SELECT external_id FROM organization WHERE id = '" + orgId + "'"))
                .isEqualTo("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
        assertThat(Db.text("SELECT email FROM organization WHERE id = '" + orgId + "'")).isEqualTo("email@example.com");
        assertThat(Db.text("SELECT phone FROM organization WHERE id = '" + orgId + "'")).isEqualTo("+44 1234 234567");
        assertThat(Db.text("SELECT array_to_string(staff_languages, ',') FROM organization WHERE id = '" + orgId + "'"))
                .isEqualTo("ur");
        String offering = "FROM offering WHERE external_source = '" + source + "'";
        // The example's placeholder term is seeded as mental health; ages 12-100 are grades 7-12; £35 is a fee.
        assertThat(Db.text("SELECT string_agg(c.category_code, ',') FROM offering_category c JOIN offering o ON "
                + "o.id = c.offering_id WHERE o.external_source = '" + source + "'")).isEqualTo("mental-health");
        assertThat(Db.text("SELECT grade_low || '-' || grade_high || ' ' || cost || ' ' || active " + offering))
                .isEqualTo("7-12 fee true");
        // The service's assured_date (2005-01-01) is when it was last verified; nobody of ours confirmed it.
        assertThat(Db.text("SELECT (last_verified_at AT TIME ZONE 'America/Los_Angeles')::date || ' ' || "
                + "coalesce(last_verified_by, '-') " + offering)).isEqualTo("2005-01-01 -");

        JsonPath again = district("?source=" + source, example("3.0/organization_full.json", t))
                .statusCode(200).extract().jsonPath();
        assertThat(again.getInt("organizations.unchanged")).isEqualTo(1);
        assertThat(again.getInt("services.unchanged")).isEqualTo(1);
        assertThat(count("organization", source)).isEqualTo(1);
        assertThat(count("offering", source)).isEqualTo(1);
    }

    @Test
    void reimportUpdatesAndKeepsTheDistrictsVetting() {
        String t = tag();
        String source = "test-" + t;
        district("?source=" + source, example("3.0/organization_full.json", t)).statusCode(200);
        String orgId = Db.text("SELECT id FROM organization WHERE external_source = '" + source + "'");
        Api.district().body(Map.of("status", "approved")).post("/api/v1/organizations/" + orgId + "/vetting")
                .then().statusCode(200);

        String changed = example("3.0/organization_full.json", t).replace("Community Counselling", "Counselling " + t);
        JsonPath report = district("?source=" + source, changed).statusCode(200).extract().jsonPath();

        assertThat(report.getInt("organizations.unchanged")).isEqualTo(1);
        assertThat(report.getInt("services.updated")).isEqualTo(1);
        assertThat(Db.text("SELECT name FROM offering WHERE external_source = '" + source + "'"))
                .isEqualTo("Counselling " + t);
        assertThat(Db.text("SELECT vetting_status FROM organization WHERE id = '" + orgId + "'")).isEqualTo("approved");
    }

    @Test
    void serviceFullOf30And31ImportWithTheirOrganization() {
        for (String version : List.of("3.0", "3.1")) {
            String t = tag();
            String source = "test-" + t;
            JsonPath report = district("?source=" + source, example(version + "/service_full.json", t))
                    .statusCode(200).extract().jsonPath();
            assertThat(report.getInt("organizations.created")).as(version).isEqualTo(1);
            assertThat(report.getInt("services.created")).as(version).isEqualTo(1);
            assertThat(count("offering", source)).isEqualTo(1);
            // Its schedule runs Thursdays and Fridays 10:00-18:00: during and after school.
            assertThat(Db.text("SELECT array_to_string(timings, ',') FROM offering WHERE external_source = '"
                    + source + "'")).as(version).isEqualTo("during_school,after_school");
        }
        // 3.1 gives a capacity (maximum 10).
        String t = tag();
        district("?source=c-" + t, example("3.1/organization_full.json", t)).statusCode(200);
        assertThat(Db.number("SELECT capacity FROM offering WHERE external_source = 'c-" + t + "'")).isEqualTo(10);
    }

    @Test
    void listPagesImportAServiceWithoutTermsNeedsADefaultCategory() {
        String t = tag();
        String source = "test-" + t;
        JsonPath organizations = district("?source=" + source, example("3.0/organization_list.json", t))
                .statusCode(200).extract().jsonPath();
        assertThat(organizations.getInt("organizations.created")).isEqualTo(1);

        // The listed service carries no taxonomy term: refused by name and field, and nothing written.
        JsonPath refused = district("?source=" + source, example("3.0/service_list.json", t))
                .statusCode(422).extract().jsonPath();
        assertThat(refused.getBoolean("committed")).isFalse();
        assertThat(refused.getString("records[0].path")).isEqualTo("contents[0]");
        assertThat(refused.getString("records[0].errors[0].field")).isEqualTo("contents[0].attributes");
        assertThat(count("offering", source)).isZero();

        JsonPath imported = district("?source=" + source + "&defaultCategory=mental-health",
                example("3.0/service_list.json", t)).statusCode(200).extract().jsonPath();
        assertThat(imported.getInt("organizations.unchanged")).isEqualTo(1);
        assertThat(imported.getInt("services.created")).isEqualTo(1);
        assertThat(count("organization", source)).isEqualTo(1);
    }

    @Test
    void unmappedTermsAreReportedNotDroppedSilently() throws IOException {
        String t = tag();
        ObjectNode org = organization(t, "Unmapped " + t);
        ObjectNode service = service(t, "Tutoring " + t);
        ((ArrayNode) service.get("attributes")).add(term("Open Eligibility", "1102", "Tutoring"))
                .add(term("Open Eligibility", "zz-" + t, "Something unknown"));
        org.putArray("services").add(service);
        JsonPath report = district("?source=test-" + t, JSON.writeValueAsString(List.of(org)))
                .statusCode(200).extract().jsonPath();

        assertThat(report.getInt("services.created")).isEqualTo(1);
        assertThat(report.getString("unmappedTerms[0].code")).isEqualTo("zz-" + t);
        assertThat(report.getInt("unmappedTerms[0].services")).isEqualTo(1);
        assertThat(report.getString("records[0].warnings[0].field")).isEqualTo("[0].services[0].attributes[1].taxonomy_term");
        // "Tutoring" is mapped by name for any taxonomy.
        assertThat(Db.text("SELECT c.category_code FROM offering_category c JOIN offering o ON o.id = c.offering_id"
                + " WHERE o.external_source = 'test-" + t + "'")).isEqualTo("tutoring");
    }

    @Test
    void aBadRecordWritesNothingUnlessSkipInvalid() throws IOException {
        String t = tag();
        ObjectNode good = organization(t, "Good " + t);
        ObjectNode bad = organization(t, null);
        ObjectNode page = JSON.createObjectNode().put("total_items", 2);
        page.putArray("contents").add(good).add(bad);
        String body = JSON.writeValueAsString(page);

        JsonPath refused = district("?source=test-" + t, body).statusCode(422).extract().jsonPath();
        assertThat(refused.getInt("organizations.created")).isEqualTo(1);
        assertThat(refused.getInt("organizations.errors")).isEqualTo(1);
        assertThat(refused.getString("records[0].path")).isEqualTo("contents[1]");
        assertThat(refused.getString("records[0].errors[0].field")).isEqualTo("contents[1].name");
        assertThat(count("organization", "test-" + t)).isZero();

        district("?source=test-" + t + "&dryRun=true", body).statusCode(200).body("committed", equalTo(false));
        assertThat(count("organization", "test-" + t)).isZero();

        district("?source=test-" + t + "&skipInvalid=true", body).statusCode(200).body("committed", equalTo(true));
        assertThat(count("organization", "test-" + t)).isEqualTo(1);
    }

    @Test
    void aNameGivenTwiceInOneFileIsRefusedWhereItRepeats() throws IOException {
        // Within a batch lookups do not see the batch's own rows; the second record must still be refused by name,
        // with where the first one was, and not reach the database's unique index.
        String t = tag();
        ObjectNode first = organization(t, "Twice " + t);
        first.putArray("services").add(service(t, "Homework club")).add(service(t, " homework CLUB "));
        ObjectNode second = organization(t, "  twice   " + t.toUpperCase(java.util.Locale.ROOT));
        ObjectNode page = JSON.createObjectNode().put("total_items", 2);
        page.putArray("contents").add(first).add(second);

        JsonPath report = district("?source=test-" + t + "&skipInvalid=true&defaultCategory=tutoring",
                JSON.writeValueAsString(page)).statusCode(200).extract().jsonPath();

        assertThat(report.getInt("organizations.created")).isEqualTo(1);
        assertThat(report.getInt("organizations.errors")).isEqualTo(1);
        assertThat(report.getInt("services.created")).isEqualTo(1);
        assertThat(report.getInt("services.errors")).isEqualTo(1);
        assertThat(report.getString("records.find { it.path == 'contents[0].services[1]' }.errors[0].field"))
                .isEqualTo("contents[0].services[1].name");
        assertThat(report.getString("records.find { it.path == 'contents[0].services[1]' }.errors[0].message"))
                .contains("contents[0].services[0]");
        assertThat(report.getString("records.find { it.path == 'contents[1]' }.errors[0].field"))
                .isEqualTo("contents[1].name");
        assertThat(report.getString("records.find { it.path == 'contents[1]' }.errors[0].message"))
                .contains("contents[0]");
        assertThat(count("organization", "test-" + t)).isEqualTo(1);
        assertThat(count("offering", "test-" + t)).isEqualTo(1);
    }

    @Test
    void malformedOrForeignJsonIsA400NamingTheBody() {
        district("", "{\"contents\": [{\"id\": \"x\", \"name\": ").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("body"));
        district("", "42").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
        district("", "").statusCode(400).contentType("application/problem+json");
        district("?source=no%20spaces", "[]").statusCode(400).body("violations[0].field", equalTo("source"));
        district("?defaultCategory=nope", "[]").statusCode(400).body("violations[0].field", equalTo("defaultCategory"));
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemWithOrWithoutALength() throws Exception {
        long size = 50L * 1024 * 1024 + 4096;
        for (boolean declared : new boolean[] {true, false}) {
            // "[" and then blanks: the parser reads on (and keeps nothing) until the limit stops it.
            java.util.function.Supplier<InputStream> blanks = () -> new java.io.SequenceInputStream(
                    new java.io.ByteArrayInputStream("[".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                        long left = size;

                        @Override
                        public int read() {
                            return left-- > 0 ? ' ' : -1;
                        }

                        @Override
                        public int read(byte[] b, int off, int len) {
                            if (left <= 0) {
                                return -1;
                            }
                            int n = (int) Math.min(len, left);
                            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                            left -= n;
                            return n;
                        }
                    });
            java.net.http.HttpRequest.BodyPublisher publisher = declared
                    ? java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                            java.net.http.HttpRequest.BodyPublishers.ofInputStream(blanks), size + 1)
                    : java.net.http.HttpRequest.BodyPublishers.ofInputStream(blanks);
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/v1/imports/hsds"))
                            .timeout(java.time.Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + Tokens.district())
                            .header("Content-Type", "application/json").POST(publisher).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("declared length: " + declared).isEqualTo(413);
            assertThat(answer.body()).contains("payload-too-large");
        }
    }

    @Test
    void onlyDistrictStaffImportAndMap() {
        post(null, "", "[]").statusCode(401);
        post(Tokens.partner(UUID.randomUUID()), "", "[]").statusCode(403);
        Api.anonymous().get("/api/v1/imports/hsds/taxonomy-mapping").then().statusCode(401);
    }

    @Test
    void theMappingIsEditableAndChecked() {
        Api.district().body(Map.of("terms", List.of(Map.of("term", "x", "category", "no-such-category"))))
                .put("/api/v1/imports/hsds/taxonomy-mapping").then().statusCode(400)
                .body("violations[0].field", equalTo("terms[0].category"));
        Api.district().body(Map.of("terms", List.of(Map.of("term", "Dup"), Map.of("term", "dup"))))
                .put("/api/v1/imports/hsds/taxonomy-mapping").then().statusCode(400)
                .body("violations[0].field", equalTo("terms[1].term"));

        // Add an entry, see it, and take it away again (the mapping is shared: leave it as found).
        List<Map<String, Object>> before = Api.district().get("/api/v1/imports/hsds/taxonomy-mapping").then()
                .statusCode(200).extract().jsonPath().getList("terms");
        List<Map<String, Object>> with = new ArrayList<>(before);
        String term = "robotics club " + tag();
        with.add(new LinkedHashMap<>(Map.of("taxonomy", "Local", "term", term, "category", "coding")));
        try {
            List<Map<String, Object>> after = Api.district().body(Map.of("terms", with))
                    .put("/api/v1/imports/hsds/taxonomy-mapping").then().statusCode(200).extract().jsonPath()
                    .getList("terms");
            assertThat(after).anySatisfy(e -> assertThat(e).containsEntry("term", term).containsEntry("taxonomy", "local")
                    .containsEntry("category", "coding"));
        } finally {
            Api.district().body(Map.of("terms", before)).put("/api/v1/imports/hsds/taxonomy-mapping").then()
                    .statusCode(200);
        }
    }

    /**
     * Our export → import into a database without those records → export again: the same HSDS for every field we
     * model (ids included: HSDS ids that are UUIDs become the records' ids when free). "Empty" is made by deleting
     * the organization (and so its offerings) after the first export.
     */
    @Test
    void roundTripThroughOurOwnExportIsLossless() throws IOException {
        Map<String, Object> orgBody = Api.organization();
        String name = (String) orgBody.get("name");
        UUID orgId = UUID.fromString(Api.district().body(orgBody).post("/api/v1/organizations").then().statusCode(201)
                .extract().path("id"));
        approve(orgId);
        Map<String, Object> second = Api.offering();
        second.put("categories", List.of("mentoring", "sel-skills"));
        second.put("gradeLow", -1);
        second.put("gradeHigh", 0);
        second.put("timings", List.of("weekend", "summer"));
        second.put("modality", "virtual");
        second.put("cost", "sliding_scale");
        second.put("capacityUnit", "schools");
        second.put("capacity", 3);
        Api.createOffering(orgId);
        Api.district().body(second).post("/api/v1/organizations/" + orgId + "/offerings").then().statusCode(201);

        JsonNode organization = exported("organizations", o -> o.get("id").asText().equals(orgId.toString())).get(0);
        List<JsonNode> services = exported("services", s -> s.get("organization_id").asText().equals(orgId.toString()));
        assertThat(services).hasSize(2);

        Api.district().delete("/api/v1/organizations/" + orgId).then().statusCode(204);

        String source = "roundtrip-" + tag();
        ObjectNode orgPage = JSON.createObjectNode();
        orgPage.putArray("contents").add(organization);
        ObjectNode servicePage = JSON.createObjectNode();
        servicePage.putArray("contents").addAll(services);
        JsonPath first = district("?source=" + source, JSON.writeValueAsString(orgPage)).statusCode(200)
                .extract().jsonPath();
        assertThat(first.getList("records")).isEmpty();
        JsonPath then = district("?source=" + source, JSON.writeValueAsString(servicePage)).statusCode(200)
                .extract().jsonPath();
        assertThat(then.getInt("services.created")).isEqualTo(2);
        assertThat(then.getList("records")).isEmpty();
        approve(orgId);

        JsonNode again = exported("organizations", o -> o.get("id").asText().equals(orgId.toString())).get(0);
        List<JsonNode> servicesAgain = exported("services",
                s -> s.get("organization_id").asText().equals(orgId.toString()));
        assertThat(again).isEqualTo(organization);
        assertThat(withoutLastModified(servicesAgain)).isEqualTo(withoutLastModified(services));
        assertThat(name).isEqualTo(again.get("name").asText());
    }

    private static void approve(UUID orgId) {
        Api.district().body(Map.of("status", "approved")).post("/api/v1/organizations/" + orgId + "/vetting")
                .then().statusCode(200);
    }

    private static List<JsonNode> exported(String kind, java.util.function.Predicate<JsonNode> wanted)
            throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 1; ; page++) {
            String body = Api.anonymous().get("/api/v1/exports/hsds/" + kind + "?per_page=100&page=" + page).then()
                    .statusCode(200).extract().asString();
            JsonNode json = JSON.readTree(body);
            json.get("contents").forEach(item -> {
                if (wanted.test(item)) {
                    found.add(item);
                }
            });
            if (json.get("last_page").asBoolean()) {
                return found;
            }
        }
    }

    private static List<JsonNode> withoutLastModified(List<JsonNode> services) {
        List<JsonNode> copies = new ArrayList<>();
        for (JsonNode service : services) {
            ObjectNode copy = service.deepCopy();
            copy.remove("last_modified");
            copies.add(copy);
        }
        copies.sort(java.util.Comparator.comparing(n -> n.get("id").asText()));
        return copies;
    }

    private static ObjectNode organization(String t, String name) {
        ObjectNode org = JSON.createObjectNode();
        org.put("id", "org-" + UUID.randomUUID());
        if (name != null) {
            org.put("name", name);
        }
        org.put("description", "An organization " + t);
        return org;
    }

    private static ObjectNode service(String t, String name) {
        ObjectNode service = JSON.createObjectNode();
        service.put("id", "svc-" + UUID.randomUUID());
        service.put("name", name);
        service.put("minimum_age", 11);
        service.put("maximum_age", 14);
        service.putArray("attributes");
        return service;
    }

    private static ObjectNode term(String taxonomy, String code, String name) {
        ObjectNode attribute = JSON.createObjectNode();
        attribute.putObject("taxonomy_term").put("taxonomy", taxonomy).put("code", code).put("name", name);
        return attribute;
    }
}
