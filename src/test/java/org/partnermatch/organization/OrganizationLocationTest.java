package org.partnermatch.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;

/** An organization's location from its ZIP code, and its service regions from the district's vocabulary. */
@QuarkusTest
class OrganizationLocationTest {

    @Test
    void aRadiusAroundTheZipCodeCentreIsApproximateUntilCoordinatesAreGiven() {
        Map<String, Object> body = Api.organization();
        body.remove("latitude");
        body.remove("longitude");
        JsonPath org = district().body(body).post("/api/v1/organizations").then().statusCode(201).extract().jsonPath();
        assertThat(Db.text("SELECT latitude || ' ' || longitude FROM organization WHERE id = '" + org.getString("id")
                + "'")).isEqualTo("47.542036 -122.268537");
        assertThat(org.getString("locationPrecision")).isEqualTo("zip_centroid");

        JsonPath exact = district().body(Api.organization()).post("/api/v1/organizations").then().statusCode(201)
                .extract().jsonPath();
        assertThat(exact.getString("locationPrecision")).isEqualTo("exact");

        Map<String, Object> nowhere = Api.organization();
        nowhere.remove("latitude");
        nowhere.remove("longitude");
        nowhere.remove("address");
        nowhere.remove("serviceRadiusKm");
        JsonPath unplaced = district().body(nowhere).post("/api/v1/organizations").then().statusCode(201)
                .extract().jsonPath();
        assertThat(unplaced.getString("latitude")).isNull();
        assertThat(unplaced.getString("locationPrecision")).isNull();
    }

    @Test
    void rainierValleyIsRefusedNamingTheFieldAndTheDistrictsRegions() {
        // The example: a partner typed what locals call the area and then silently matched no school.
        Map<String, Object> body = Api.organization();
        body.put("serviceRegions", List.of("Southeast", "Rainier Valley"));
        district().body(body).post("/api/v1/organizations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("serviceRegions"))
                .body("violations[0].message", containsString("unknown region 'Rainier Valley'"))
                // Other tests add regions of their own: the demo district's must all be listed.
                .body("violations[0].message", allOf(containsString("the regions are "), containsString("Central"),
                        containsString("Northeast"), containsString("Southeast"), containsString("Southwest")));
        assertThat(Db.number("SELECT count(*) FROM organization WHERE name = '" + body.get("name") + "'")).isZero();

        body.put("serviceRegions", List.of("southeast", "SOUTHEAST", "central"));
        district().body(body).post("/api/v1/organizations").then().statusCode(201)
                .body("serviceRegions", equalTo(List.of("Southeast", "Central")));
    }
}
