package org.partnermatch.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;

/** The district's regions: a managed vocabulary with ZIP codes, renamed everywhere, never deleted while in use. */
@QuarkusTest
class RegionResourceTest {

    @Test
    void theDemoDistrictsRegionsArePublic() {
        JsonPath regions = anonymous().get("/api/v1/regions").then().statusCode(200).extract().jsonPath();
        assertThat(regions.getList("name", String.class)).contains("Central", "North", "Northeast", "Northwest",
                "Southeast", "Southwest");
        assertThat(regions.getList("find { it.name == 'Southeast' }.zipCodes", String.class)).contains("98118");
    }

    @Test
    void districtStaffAddReadRenameAndRemoveARegion() {
        String name = Api.unique("Lake City");
        String location = district().body(Map.of("name", "  " + name + " ", "zipCodes", List.of("98155")))
                .post("/api/v1/regions").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name)).body("zipCodes", equalTo(List.of("98155")))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String path = "/api/v1/regions/" + id;
        anonymous().get(path).then().statusCode(200).body("name", equalTo(name));

        // A school and an organization in the region follow its new name.
        Map<String, Object> school = Api.school();
        school.put("region", name.toLowerCase());
        String schoolId = district().body(school).post("/api/v1/schools").then().statusCode(201)
                .body("region", equalTo(name)).extract().path("id");
        Map<String, Object> org = Api.organization();
        org.put("serviceRegions", List.of("Southeast", name));
        String orgId = district().body(org).post("/api/v1/organizations").then().statusCode(201).extract().path("id");

        String renamed = name + " North";
        district().header("If-Match", "\"0\"").body(Map.of("name", renamed, "zipCodes", List.of("98155", "98125")))
                .put(path).then().statusCode(200).body("name", equalTo(renamed))
                .body("zipCodes", equalTo(List.of("98125", "98155"))).header("ETag", equalTo("\"1\""));
        anonymous().get("/api/v1/schools/" + schoolId).then().body("region", equalTo(renamed));
        district().get("/api/v1/organizations/" + orgId).then().body("serviceRegions", equalTo(List.of("Southeast", renamed)));
        district().header("If-Match", "\"0\"").body(Map.of("name", renamed)).put(path).then().statusCode(412);

        // In use: refused with what uses it.
        district().delete(path).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 school and 1 organization"));
        district().delete("/api/v1/schools/" + schoolId).then().statusCode(204);
        district().delete("/api/v1/organizations/" + orgId).then().statusCode(204);
        district().delete(path).then().statusCode(204);
        anonymous().get(path).then().statusCode(404);
        assertThat(Db.number("SELECT count(*) FROM region_zip_code WHERE postal_code IN ('98155', '98125')")).isZero();
        assertThat(Db.number("SELECT count(*) FROM audit_event WHERE entity_type = 'region' AND entity_id = '" + id
                + "' AND action IN ('region.created', 'region.updated', 'region.deleted')")).isEqualTo(3);
    }

    @Test
    void namesAreUniqueWhateverTheirCaseAndAZipCodeBelongsToOneRegion() {
        district().body(Map.of("name", "SOUTHEAST")).post("/api/v1/regions").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("'Southeast' already exists"));
        district().body(Map.of("name", Api.unique("Overlap"), "zipCodes", List.of("98118")))
                .post("/api/v1/regions").then().statusCode(400)
                .body("violations[0].field", equalTo("zipCodes"))
                .body("violations[0].message", containsString("already belongs to region Southeast"));
        district().body(Map.of("name", Api.unique("Bad zip"), "zipCodes", List.of("981"))).post("/api/v1/regions")
                .then().statusCode(400).body("violations[0].field", equalTo("zipCodes[0]"));
        district().body(Map.of("name", " ")).post("/api/v1/regions").then().statusCode(400)
                .body("violations[0].field", equalTo("name"));
    }
}
