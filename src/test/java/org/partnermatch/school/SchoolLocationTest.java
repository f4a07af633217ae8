package org.partnermatch.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;

/** Where a school is without typed coordinates (its ZIP code's centre, approximate) and which region it is in. */
@QuarkusTest
class SchoolLocationTest {

    private static Map<String, Object> withZip(String postalCode) {
        Map<String, Object> body = Api.school();
        body.remove("latitude");
        body.remove("longitude");
        body.put("address", Map.of("street", "3928 S Graham St", "city", "Seattle", "state", "WA",
                "postalCode", postalCode));
        return body;
    }

    /** Numbers read as doubles, as a JSON client reads them (RestAssured's default is float). */
    private static JsonPath json(String text) {
        return new JsonPath(text).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static JsonPath create(Map<String, Object> body) {
        return json(district().body(body).post("/api/v1/schools").then().log().ifValidationFails().statusCode(201).extract().asString());
    }

    @Test
    void withoutCoordinatesTheZipCodeCentreIsUsedAndShownAsApproximate() {
        JsonPath school = create(withZip("98118"));
        assertThat(school.getDouble("latitude")).isEqualTo(47.542036);
        assertThat(school.getDouble("longitude")).isEqualTo(-122.268537);
        assertThat(school.getString("locationPrecision")).isEqualTo("zip_centroid");
        assertThat(Db.text("SELECT location_precision || ' ' || latitude || ' ' || longitude FROM school WHERE id = '"
                + school.getString("id") + "'")).isEqualTo("zip_centroid 47.542036 -122.268537");
    }

    @Test
    void zipPlusFourIsAccepted() {
        JsonPath school = create(withZip("98118-1234"));
        assertThat(school.getDouble("latitude")).isEqualTo(47.542036);
        assertThat(school.getString("address.postalCode")).isEqualTo("98118-1234");
    }

    @Test
    void givenCoordinatesAreExactAndSettingThemMakesAnApproximateLocationExact() {
        assertThat(create(Api.school()).getString("locationPrecision")).isEqualTo("exact");

        JsonPath school = create(withZip("98118"));
        String path = "/api/v1/schools/" + school.getString("id");
        // A read sent back unchanged keeps the guess a guess.
        Map<String, Object> read = json(district().get(path).then().extract().asString()).getMap("");
        Map<String, Object> body = withZip("98118");
        body.put("name", read.get("name"));
        body.put("latitude", read.get("latitude"));
        body.put("longitude", read.get("longitude"));
        district().header("If-Match", Api.etag(path)).body(body).put(path).then().statusCode(200)
                .body("locationPrecision", equalTo("zip_centroid"));
        body.put("latitude", 47.5466);
        body.put("longitude", -122.2838);
        district().header("If-Match", Api.etag(path)).body(body).put(path).then().statusCode(200)
                .body("locationPrecision", equalTo("exact"));
    }

    @Test
    void anUnknownZipCodeWithoutCoordinatesIsRefusedNamingTheField() {
        district().body(withZip("98111")).post("/api/v1/schools").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("address.postalCode"))
                .body("violations[0].message", containsString("unknown ZIP code 98111"))
                .body("violations[0].message", containsString("latitude and longitude"));
        Map<String, Object> half = Api.school();
        half.remove("longitude");
        district().body(half).post("/api/v1/schools").then().statusCode(400)
                .body("violations[0].field", equalTo("longitude"));
    }

    @Test
    void aSchoolListedWithNameAndGradesOnlyHasAnUnknownLocationAndIsServedByRegion() {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", Api.unique("Directory Only Elementary"));
        body.put("gradeLow", 0);
        body.put("gradeHigh", 5);
        JsonPath bare = create(body);
        assertThat(bare.getString("locationPrecision")).isEqualTo("unknown");
        assertThat(bare.getString("latitude")).isNull();
        assertThat(bare.getString("longitude")).isNull();
        assertThat(bare.getString("region")).isNull();
        assertThat(Db.text("SELECT location_precision || ' ' || coalesce(latitude::text, 'null') FROM school WHERE id = '"
                + bare.getString("id") + "'")).isEqualTo("unknown null");

        // With a region but still no location: its needs are matched with organizations serving the region, and no
        // distance is made up for them.
        body.put("name", Api.unique("Directory Only Middle"));
        body.put("gradeLow", 6);
        body.put("gradeHigh", 8);
        body.put("region", "Southeast");
        String school = create(body).getString("id");
        String need = district().body(Api.need()).post("/api/v1/schools/" + school + "/needs").then().statusCode(201)
                .extract().path("id");
        JsonPath matches = district().get("/api/v1/needs/" + need + "/matches").then().statusCode(200)
                .extract().jsonPath();
        assertThat(matches.getList("results")).isNotEmpty();
        assertThat(matches.getList("results.best.reasons.flatten()", String.class))
                .noneMatch(reason -> reason.matches(".*[0-9] ?km.*"));
        // Search's "serves this school" filter: by region only, and no distance from an unknown place.
        assertThat(district().get("/api/v1/offerings?schoolId=" + school + "&sort=distance").then().statusCode(200)
                .extract().jsonPath().getList("items.distanceKm")).isNotEmpty().containsOnlyNulls();
    }

    @Test
    void aSchoolWithoutARegionGetsTheRegionListingItsZipCode() {
        Map<String, Object> body = withZip("98118");
        body.remove("region");
        assertThat(create(body).getString("region")).isEqualTo("Southeast");
        // No region lists 10001: the region stays unknown (the school is kept with what is known).
        Map<String, Object> elsewhere = withZip("10001");
        elsewhere.remove("region");
        assertThat(create(elsewhere).getString("region")).isNull();
    }

    @Test
    void anUnknownRegionIsRefusedListingTheValidOnesAndAKnownOneIsStoredAsTheDistrictSpellsIt() {
        Map<String, Object> body = Api.school();
        body.put("region", "Rainier Valley");
        district().body(body).post("/api/v1/schools").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("region"))
                .body("violations[0].message", containsString("unknown region 'Rainier Valley'"))
                // Other tests add regions of their own: the demo district's must all be listed.
                .body("violations[0].message", allOf(containsString("the regions are "), containsString("Central"),
                        containsString("Northwest"), containsString("Southeast"), containsString("Southwest")));
        body.put("region", "  southEAST ");
        assertThat(create(body).getString("region")).isEqualTo("Southeast");
    }
}
