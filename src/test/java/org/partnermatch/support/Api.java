package org.partnermatch.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request helpers and valid request bodies, so each test builds its own data in a line or two. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    public static RequestSpecification anonymous() {
        return as(null);
    }

    public static RequestSpecification district() {
        return as(Tokens.district());
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Adds a region to the district's vocabulary (district staff); returns its id. */
    public static String region(String name, String... zipCodes) {
        return district().body(Map.of("name", name, "zipCodes", List.of(zipCodes))).post("/api/v1/regions").then()
                .statusCode(201).extract().jsonPath().getString("id");
    }

    public static Map<String, Object> school() {
        Map<String, Object> equity = new LinkedHashMap<>();
        equity.put("titleI", true);
        equity.put("freeReducedLunchPercent", 78.5);
        equity.put("englishLearnerPercent", 32);
        equity.put("homeLanguages", List.of("so", "es"));
        equity.put("qualityRank", 2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", unique("Test Middle School"));
        body.put("gradeLow", 6);
        body.put("gradeHigh", 8);
        body.put("address", Map.of("street", "3928 S Graham St", "city", "Seattle", "state", "WA", "postalCode", "98118"));
        body.put("latitude", 47.5466);
        body.put("longitude", -122.2891);
        body.put("region", "Southeast");
        body.put("enrollment", 720);
        body.put("equity", equity);
        return body;
    }

    public static Map<String, Object> need() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "math");
        body.put("title", "Math tutoring after school");
        body.put("description", "40 students in grades 6-8 need math tutoring after school; many families speak Somali.");
        body.put("gradeLow", 6);
        body.put("gradeHigh", 8);
        body.put("studentsAffected", 40);
        body.put("priority", "high");
        body.put("timings", List.of("after_school"));
        body.put("languages", List.of("so"));
        return body;
    }

    public static Map<String, Object> organization() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", unique("Test Youth Partners"));
        body.put("description", "Tutoring and mentoring for East African youth.");
        body.put("website", "https://example.org");
        body.put("contact", Map.of("name", "Amina Hassan", "email", "amina@example.org", "phone", "+1 206 555 0142"));
        body.put("address", Map.of("street", "1 Main St", "city", "Seattle", "state", "WA", "postalCode", "98118"));
        body.put("latitude", 47.54);
        body.put("longitude", -122.28);
        body.put("serviceRadiusKm", 10);
        body.put("serviceRegions", List.of("Southeast"));
        body.put("staffLanguages", List.of("so", "en"));
        body.put("communitiesServed", List.of("East African", "Somali"));
        body.put("leadership", List.of("black_led", "immigrant_refugee_led"));
        return body;
    }

    public static Map<String, Object> offering() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", unique("After-school math club"));
        body.put("description", "Small-group math tutoring with Somali-speaking tutors.");
        body.put("categories", new ArrayList<>(List.of("math")));
        body.put("gradeLow", 6);
        body.put("gradeHigh", 8);
        body.put("timings", List.of("after_school"));
        body.put("modality", "in_person");
        body.put("languages", List.of("so", "en"));
        body.put("cost", "free");
        body.put("capacity", 60);
        body.put("capacityUnit", "students");
        body.put("active", true);
        return body;
    }

    /** The id of what a 201 answer created. */
    public static UUID created(io.restassured.response.ValidatableResponse response) {
        return UUID.fromString(response.statusCode(201).extract().path("id"));
    }

    public static UUID createSchool() {
        return UUID.fromString(district().body(school()).post("/api/v1/schools").then().statusCode(201)
                .extract().path("id"));
    }

    public static UUID createNeed(UUID schoolId) {
        return UUID.fromString(district().body(need()).post("/api/v1/schools/" + schoolId + "/needs").then()
                .statusCode(201).extract().path("id"));
    }

    /** A registered organization, approved by the district unless {@code approve} is false. */
    public static UUID createOrganization(boolean approve) {
        UUID id = UUID.fromString(district().body(organization()).post("/api/v1/organizations").then()
                .statusCode(201).extract().path("id"));
        if (approve) {
            district().body(Map.of("status", "approved", "note", "on file")).post("/api/v1/organizations/" + id + "/vetting")
                    .then().statusCode(200);
        }
        return id;
    }

    public static UUID createOffering(UUID organizationId) {
        return UUID.fromString(district().body(offering()).post("/api/v1/organizations/" + organizationId + "/offerings")
                .then().statusCode(201).extract().path("id"));
    }

    public static String etag(String path) {
        return district().get(path).then().statusCode(200).extract().header("ETag");
    }
}
