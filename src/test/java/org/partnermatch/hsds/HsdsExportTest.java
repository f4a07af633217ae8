package org.partnermatch.hsds;

import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/**
 * The HSDS export against the HSDS 3.0 JSON schemas (src/test/resources/hsds, CC BY-SA 4.0), made strict: every
 * object schema also gets {@code additionalProperties: false}, so a misspelt field fails too. A small directory whose
 * right answers are known by hand: approved, pending and suspended organizations, active and inactive offerings.
 */
@QuarkusTest
class HsdsExportTest {

    private static final String BASE = "https://hsds.test/schema/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema organizationSchema;
    private static JsonSchema serviceSchema;

    @BeforeAll
    static void loadSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(HsdsExportTest::strictSchema)));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        organizationSchema = factory.getSchema(SchemaLocation.of(BASE + "organization.json"), config);
        serviceSchema = factory.getSchema(SchemaLocation.of(BASE + "service.json"), config);
    }

    /** An HSDS schema file with additionalProperties: false on every object that lists its properties. */
    private static String strictSchema(String uri) {
        if (!uri.startsWith(BASE)) {
            return null;
        }
        String file = "hsds/" + uri.substring(BASE.length());
        try (InputStream in = HsdsExportTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return null;
            }
            JsonNode schema = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            close(schema);
            return JSON.writeValueAsString(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && object.get("properties").isObject()) {
            object.put("additionalProperties", false);
        }
        node.forEach(HsdsExportTest::close);
    }

    /** Every page of an export, each record checked against its schema; records by id. */
    private static Map<String, JsonNode> exportAll(String what, JsonSchema schema, String token) throws IOException {
        Map<String, JsonNode> records = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int page = 1;
        while (true) {
            Response response = Api.as(token).queryParam("page", page).queryParam("per_page", 100)
                    .get("/api/v1/exports/hsds/" + what);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.asString());
            assertThat(body.get("page_number").asInt()).isEqualTo(page);
            assertThat(body.get("total_items").asLong()).isEqualTo(Long.parseLong(response.header("X-Total-Count")));
            assertThat(body.get("size").asInt()).isEqualTo(body.get("contents").size());
            assertThat(body.get("first_page").asBoolean()).isEqualTo(page == 1);
            for (JsonNode record : body.get("contents")) {
                Set<ValidationMessage> errors = schema.validate(record);
                errors.forEach(error -> problems.add(record.get("id") + ": " + error.getMessage()));
                assertThat(records.put(record.get("id").asText(), record)).as("each record once").isNull();
            }
            if (body.get("last_page").asBoolean()) {
                assertThat(records).hasSize(body.get("total_items").asInt());
                assertThat(body.get("total_pages").asInt()).isEqualTo(page);
                break;
            }
            assertThat(response.header("Link")).contains("rel=\"next\"");
            page++;
        }
        assertThat(problems).isEmpty();
        return records;
    }

    private static UUID organization(String status) {
        UUID id = Api.createOrganization(false);
        if (!status.equals("pending")) {
            Api.district().body(Map.of("status", status)).post("/api/v1/organizations/" + id + "/vetting").then()
                    .statusCode(200);
        }
        return id;
    }

    private static List<JsonNode> attributes(JsonNode record, String linkType) {
        List<JsonNode> found = new ArrayList<>();
        record.get("attributes").forEach(a -> {
            if (a.get("link_type").asText().equals(linkType)) {
                found.add(a);
            }
        });
        return found;
    }

    @Test
    void organizationsAreValidHsdsAndHoldOnlyApprovedPublicData() throws IOException {
        UUID approved = organization("approved");
        UUID pending = organization("pending");
        UUID suspended = organization("suspended");
        String name = Api.district().get("/api/v1/organizations/" + approved).then().extract().path("name");

        Map<String, JsonNode> all = exportAll("organizations", organizationSchema, null);

        assertThat(all).containsKey(approved.toString()).doesNotContainKeys(pending.toString(), suspended.toString());
        JsonNode org = all.get(approved.toString());
        assertThat(org.get("name").asText()).isEqualTo(name);
        assertThat(org.get("description").asText()).isEqualTo("Tutoring and mentoring for East African youth.");
        assertThat(org.get("website").asText()).isEqualTo("https://example.org");
        assertThat(org.get("uri").asText()).endsWith("/api/v1/organizations/" + approved);
        // Public data only: no contact person, e-mail or phone, for anyone.
        assertThat(org.has("email")).isFalse();
        assertThat(org.has("phones")).isFalse();
        assertThat(org.has("contacts")).isFalse();
        assertThat(org.toString()).doesNotContain("amina@example.org").doesNotContain("555 0142");

        JsonNode location = org.get("locations").get(0);
        assertThat(location.get("location_type").asText()).isEqualTo("physical");
        assertThat(location.get("latitude").asDouble()).isEqualTo(47.54);
        JsonNode address = location.get("addresses").get(0);
        assertThat(address.get("address_1").asText()).isEqualTo("1 Main St");
        assertThat(address.get("postal_code").asText()).isEqualTo("98118");
        assertThat(address.get("country").asText()).isEqualTo("US");
        assertThat(location.get("languages").findValuesAsText("code")).containsExactly("so", "en");

        assertThat(attributes(org, "leadership")).extracting(a -> a.get("taxonomy_term").get("code").asText())
                .containsExactlyInAnyOrder("leadership:black_led", "leadership:immigrant_refugee_led");
        assertThat(attributes(org, "leadership")).extracting(a -> a.get("taxonomy_term").get("name").asText())
                .containsExactlyInAnyOrder("Black-led", "Immigrant- or refugee-led");
        assertThat(attributes(org, "community_served")).extracting(a -> a.get("value").asText())
                .containsExactly("East African", "Somali");
        for (JsonNode attribute : org.get("attributes")) {
            assertThat(attribute.get("link_id").asText()).isEqualTo(approved.toString());
            assertThat(attribute.get("taxonomy_term_id").asText()).isEqualTo(attribute.get("taxonomy_term").get("id").asText());
        }

        // The same records for signed-in callers (no contact details there either), and stable ids across exports.
        JsonNode again = exportAll("organizations", organizationSchema, Tokens.district()).get(approved.toString());
        assertThat(again).isEqualTo(org);
    }

    @Test
    void servicesAreValidHsdsWithOurFieldsAsAttributes() throws IOException {
        UUID approved = organization("approved");
        UUID offering = Api.createOffering(approved);
        Map<String, Object> inactiveBody = Api.offering();
        inactiveBody.put("active", false);
        String inactive = Api.district().body(inactiveBody).post("/api/v1/organizations/" + approved + "/offerings")
                .then().statusCode(201).extract().path("id");
        UUID pendingOffering = Api.createOffering(organization("pending"));
        Map<String, Object> virtualBody = Api.offering();
        virtualBody.put("modality", "virtual");
        virtualBody.put("timings", List.of("evening", "weekend"));
        virtualBody.put("cost", "sliding_scale");
        virtualBody.put("capacityUnit", "schools");
        virtualBody.put("capacity", 3);
        virtualBody.put("categories", List.of("academic"));
        virtualBody.put("gradeLow", -1);
        virtualBody.put("gradeHigh", 0);
        String virtual = Api.district().body(virtualBody).post("/api/v1/organizations/" + approved + "/offerings")
                .then().statusCode(201).extract().path("id");

        Map<String, JsonNode> all = exportAll("services", serviceSchema, null);

        assertThat(all).containsKeys(offering.toString(), virtual)
                .doesNotContainKeys(inactive, pendingOffering.toString());
        JsonNode service = all.get(offering.toString());
        assertThat(service.get("organization_id").asText()).isEqualTo(approved.toString());
        // assured_date is the day (district time) the organization last confirmed the offering.
        Db.update("UPDATE offering SET last_verified_at = '2026-03-02T12:00:00Z' WHERE id = '" + offering + "'");
        assertThat(exportAll("services", serviceSchema, null).get(offering.toString()).get("assured_date").asText())
                .isEqualTo("2026-03-02");
        assertThat(service.get("status").asText()).isEqualTo("active");
        assertThat(service.get("eligibility_description").asText()).isEqualTo("Students in grades 6-8.");
        assertThat(service.get("fees_description").asText()).isEqualTo("Free");
        assertThat(service.get("languages").findValuesAsText("code")).containsExactly("so", "en");
        assertThat(service.get("languages").findValuesAsText("name")).containsExactly("Somali", "English");
        assertThat(service.get("service_areas").findValuesAsText("name")).containsExactly("Southeast", "Within 10 km");
        assertThat(service.get("cost_options").get(0).get("option").asText()).isEqualTo("free");

        assertThat(value(service, "grades")).containsExactly("6-8");
        assertThat(value(service, "timing")).containsExactly("after_school");
        assertThat(value(service, "modality")).containsExactly("in_person");
        assertThat(value(service, "cost")).containsExactly("free");
        assertThat(value(service, "capacity")).containsExactly("60");
        assertThat(value(service, "capacity_unit")).containsExactly("students");
        assertThat(value(service, "capacity_remaining")).containsExactly("60");
        JsonNode math = attributes(service, "category").get(0).get("taxonomy_term");
        assertThat(math.get("code").asText()).isEqualTo("math");
        assertThat(math.get("taxonomy").asText()).isEqualTo("PartnerMatch categories");
        assertThat(math.has("parent_id")).isTrue();
        JsonNode timing = attributes(service, "timing").get(0).get("taxonomy_term");
        assertThat(timing.get("code").asText()).isEqualTo("timing:after_school");
        assertThat(timing.get("name").asText()).isEqualTo("After school");

        JsonNode online = all.get(virtual);
        assertThat(online.get("service_areas")).isEmpty();
        assertThat(value(online, "grades")).containsExactly("PK-K");
        assertThat(value(online, "timing")).containsExactlyInAnyOrder("evening", "weekend");
        assertThat(value(online, "cost")).containsExactly("sliding_scale");
        assertThat(value(online, "capacity_unit")).containsExactly("schools");
        assertThat(online.get("fees_description").asText()).isEqualTo("Sliding scale");
        assertThat(attributes(online, "category").get(0).get("taxonomy_term").has("parent_id")).isFalse();
    }

    private static List<String> value(JsonNode record, String linkType) {
        return attributes(record, linkType).stream().map(a -> a.get("value").asText()).toList();
    }

    @Test
    void theStrictSchemasRejectWhatHsdsDoesNotAllow() throws IOException {
        JsonNode bad = JSON.readTree("{\"id\": \"not-a-uuid\", \"name\": \"X\", \"contact_email\": \"a@b.org\","
                + " \"attributes\": [{\"id\": \"6f1c2a8e-0000-4000-8000-000000000001\", \"taxonomy_term\": {\"id\":"
                + " \"6f1c2a8e-0000-4000-8000-000000000002\", \"name\": \"n\"}}]}");
        List<String> messages = organizationSchema.validate(bad).stream().map(ValidationMessage::getMessage).toList();
        assertThat(String.join("\n", messages)).contains("/id: does not match the uuid").contains("/attributes/0/taxonomy_term: required property 'description'")
                .contains("contact_email");
        JsonNode service = JSON.readTree("{\"id\": \"6f1c2a8e-0000-4000-8000-000000000001\", \"name\": \"S\","
                + " \"status\": \"open\"}");
        assertThat(serviceSchema.validate(service)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("status"));
    }

    @Test
    void pagingAndFiltersFollowHsda() {
        Api.anonymous().queryParam("per_page", 101).get("/api/v1/exports/hsds/services").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("per_page"));
        Api.anonymous().queryParam("page", 0).get("/api/v1/exports/hsds/organizations").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
        Api.anonymous().queryParam("modified_after", "last week").get("/api/v1/exports/hsds/services").then()
                .statusCode(400).body("violations[0].field", equalTo("modified_after"));
        Api.anonymous().queryParam("organization_id", "x").get("/api/v1/exports/hsds/services").then()
                .statusCode(400).body("violations[0].field", equalTo("organization_id"));

        // page 1 by default, links count from 1 with per_page
        Response first = Api.anonymous().queryParam("per_page", 2).get("/api/v1/exports/hsds/organizations");
        assertThat(first.jsonPath().getInt("page_number")).isEqualTo(1);
        assertThat(first.jsonPath().getBoolean("first_page")).isTrue();
        assertThat(first.header("Link")).contains("page=1").contains("per_page=2").contains("rel=\"next\"")
                .contains("page=2");

        // search and modified_after narrow the export; organization_id keeps one organization's services
        java.util.UUID organization = Api.createOrganization(true);
        java.util.UUID offering = Api.createOffering(organization);
        String word = "hsda" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        java.util.Map<String, Object> renamed = Api.offering();
        renamed.put("name", "Quiet " + word + " reading room");
        Api.district().body(renamed).header("If-Match", "*").put("/api/v1/offerings/" + offering).then().statusCode(200);
        Response searched = Api.anonymous().queryParam("search", word.toUpperCase(java.util.Locale.ROOT))
                .get("/api/v1/exports/hsds/services");
        assertThat(searched.jsonPath().getList("contents.id")).containsExactly(offering.toString());
        // LIKE's wildcards are only text (unescaped, "a%e" and "a_e" would match most of the directory)
        assertThat(Api.anonymous().queryParam("search", "a%e").get("/api/v1/exports/hsds/services").jsonPath()
                .getList("contents")).isEmpty();
        assertThat(Api.anonymous().queryParam("search", "a_e").get("/api/v1/exports/hsds/organizations").jsonPath()
                .getList("contents")).isEmpty();
        assertThat(Api.anonymous().queryParam("organization_id", organization.toString()).get("/api/v1/exports/hsds/services")
                .jsonPath().getList("contents.id")).containsExactly(offering.toString());
        String future = java.time.Instant.now().plusSeconds(3600).toString();
        assertThat(Api.anonymous().queryParam("modified_after", future).queryParam("search", word)
                .get("/api/v1/exports/hsds/services").jsonPath().getList("contents")).isEmpty();
        assertThat(Api.anonymous().queryParam("modified_after", "2020-01-01").queryParam("search", word)
                .get("/api/v1/exports/hsds/services").jsonPath().getList("contents")).hasSize(1);
        Response far = Api.anonymous().queryParam("page", 100000).get("/api/v1/exports/hsds/organizations");
        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(far.jsonPath().getList("contents")).isEmpty();
        assertThat(far.jsonPath().getBoolean("empty")).isTrue();
        assertThat(far.jsonPath().getBoolean("last_page")).isTrue();
    }
}
