package org.partnermatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;
import org.partnermatch.support.WebCsrf;

/** District staff keep the regions on a page: add, rename with ZIP codes, and delete only what nobody uses. */
@QuarkusTest
class RegionPagesTest {

    private static final String FORM_AGAIN = "Please check the form";
    private static String csrf;

    private static RequestSpecification form(String token) {
        if (csrf == null) {
            csrf = WebCsrf.token();
        }
        return given().cookie(WebCookies.CSRF, csrf).cookie(WebCookies.SESSION, token).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", csrf);
    }

    private static String zips(String regionId) {
        return Db.text("SELECT string_agg(postal_code, ',' ORDER BY postal_code) FROM region_zip_code WHERE region_id = '"
                + regionId + "'");
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void districtStaffAddEditAndDeleteARegion() {
        String district = Tokens.district();
        String name = unique("Lakes");
        form(district).formParam("name", name).formParam("zipCodes", "98901,\n98902  98903")
                .post("/district/regions").then().statusCode(303).header("Location",
                        containsString("/district/regions?added=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        String id = Db.text("SELECT id FROM region WHERE name = '" + name + "'");
        assertThat(zips(id)).isEqualTo("98901,98902,98903");
        given().cookie(WebCookies.SESSION, district).get("/district/regions?added=" + name).then().statusCode(200)
                .body(allOf(containsString("Region " + name + " added."), containsString(name),
                        containsString("98901, 98902, 98903")));

        String renamed = unique("Lakeside");
        String version = Db.text("SELECT version FROM region WHERE id = '" + id + "'");
        form(district).formParam("name", renamed).formParam("zipCodes", "98901 98904").formParam("version", version)
                .post("/district/regions/" + id).then().statusCode(303);
        assertThat(Db.text("SELECT name FROM region WHERE id = '" + id + "'")).isEqualTo(renamed);
        assertThat(zips(id)).isEqualTo("98901,98904");
        // A stale form (the version it was read at) is refused on the page, not saved over the newer one.
        form(district).formParam("name", name).formParam("zipCodes", "").formParam("version", version)
                .post("/district/regions/" + id).then().statusCode(400).body(containsString(FORM_AGAIN));
        assertThat(Db.text("SELECT name FROM region WHERE id = '" + id + "'")).isEqualTo(renamed);

        form(district).post("/district/regions/" + id + "/delete").then().statusCode(303);
        assertThat(Db.number("SELECT count(*) FROM region WHERE id = '" + id + "'")).isZero();
    }

    @Test
    void badZipCodesAndTakenNamesAreShownAtTheFieldAndARegionInUseIsKept() {
        String district = Tokens.district();
        form(district).formParam("name", unique("Hills")).formParam("zipCodes", "98118, 9811, abcde")
                .post("/district/regions").then().statusCode(400)
                .body(allOf(containsString(FORM_AGAIN), containsString("not a five-digit ZIP code: 9811, abcde")));
        // A name the district already has (any case) is the form again, with the service's reason.
        form(district).formParam("name", "southeast").post("/district/regions").then().statusCode(400)
                .body(containsString(FORM_AGAIN));
        assertThat(Db.number("SELECT count(*) FROM region WHERE lower(name) = 'southeast'")).isEqualTo(1);

        // Southeast has schools: deleting it is refused with who uses it, and it stays.
        String southeast = Db.text("SELECT id FROM region WHERE name = 'Southeast'");
        form(district).post("/district/regions/" + southeast + "/delete").then().statusCode(409)
                .body(allOf(containsString(FORM_AGAIN), containsString("still used by")));
        assertThat(Db.number("SELECT count(*) FROM region WHERE name = 'Southeast'")).isEqualTo(1);
    }

    @Test
    void onlyDistrictStaffSeeOrChangeRegions() {
        UUID school = Api.createSchool();
        given().cookie(WebCookies.SESSION, Tokens.principal(school)).get("/district/regions").then().statusCode(403);
        form(Tokens.principal(school)).formParam("name", unique("Nope")).post("/district/regions").then()
                .statusCode(403);
    }
}
