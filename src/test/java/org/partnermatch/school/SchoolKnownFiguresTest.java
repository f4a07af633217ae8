package org.partnermatch.school;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

/**
 * Schools are kept with what is known: a directory-only list imports, unknown equity figures stay unknown (never
 * zero, never highest need), identifiers match rows, and figures keep their source.
 */
@QuarkusTest
class SchoolKnownFiguresTest {

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String nces() {
        return String.format("%012d", (long) (Math.random() * 1e12));
    }

    private static JsonPath importSchools(String query, String csv) {
        return given().auth().oauth2(Tokens.district()).contentType("text/csv").accept("application/json").body(csv)
                .post("/api/v1/imports/schools" + query).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath school(UUID id) {
        return given().get("/api/v1/schools/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDirectoryOnlyListImportsWithItsFiguresUnknown() {
        String t = tag();
        String nces = nces();
        // The shape of a district's public school list: no enrollment, FRL, EL, Title I or region.
        String csv = "Name,Type,Grades,Address,City,Zip,Phone,Website,Latitude,Longitude,NCES ID\n"
                + "Adams " + t + " Elementary,Elementary,K-5,6110 28th Ave NW,Seattle,98107,206-252-1300,"
                + "https://adamses.seattleschools.org,47.6727,-122.3931," + nces + "\n"
                + "Aki " + t + " Middle,Middle School,6-8,3928 S Graham St,Seattle,98118,206-252-7700,,47.5466,-122.2891,\n"
                + "Orca " + t + " K-8,K-8,K-8,5215 46th Ave S,Seattle,98118,,,47.5551,-122.2747,\n";
        JsonPath report = importSchools("", csv);
        assertThat(report.getInt("created")).isEqualTo(3);
        assertThat(report.getInt("errors")).isZero();
        assertThat(report.getList("ignoredColumns", String.class)).contains("Phone", "Website");

        UUID adams = UUID.fromString(report.getString("results[0].id"));
        JsonPath school = school(adams);
        assertThat(school.getString("type")).isEqualTo("Elementary");
        assertThat(school.getString("ncesId")).isEqualTo(nces);
        assertThat(school.getString("region")).isNull();
        assertThat((Object) school.get("enrollment")).isNull();
        assertThat((Object) school.get("equity.titleI")).isNull();
        assertThat((Object) school.get("equity.freeReducedLunchPercent")).isNull();
        assertThat((Object) school.get("equity.englishLearnerPercent")).isNull();
        assertThat((Object) school.get("equity.homeLanguages")).isNull();
        // neither zero nor the highest need: the neutral middle, and it says why
        assertThat(school.getDouble("equity.needIndex")).isEqualTo(50.0);
        assertThat(school.getList("equity.needIndexMissing", String.class)).containsExactly(
                "freeReducedLunchPercent", "englishLearnerPercent", "titleI", "qualityRank");

        // The school can state a need and be matched like any other.
        Map<String, Object> needBody = Api.need();
        needBody.put("gradeLow", 2);
        needBody.put("gradeHigh", 4);
        UUID need = Api.created(given().auth().oauth2(Tokens.district()).contentType("application/json")
                .body(needBody).post("/api/v1/schools/" + adams + "/needs").then().statusCode(201));
        given().auth().oauth2(Tokens.principal(adams)).get("/api/v1/needs/" + need + "/matches").then().statusCode(200);
        given().auth().oauth2(Tokens.district()).get("/api/v1/reports/equity").then().statusCode(200)
                .body("quartiles.group", hasItem("unknown")).body("titleI.group", hasItem("title_i_unknown"));
        // its page says the figures are not known yet instead of showing zeros
        given().cookie("pm_session", Tokens.principal(adams)).get("/schools/" + adams)
                .then().statusCode(200).body(containsString("equity figures not known yet"))
                .body(org.hamcrest.Matchers.not(containsString("null students")));
    }

    @Test
    void theNeedIndexUsesTheKnownPartsAndSaysWhichAreMissing() {
        Map<String, Object> body = Api.school();
        body.remove("enrollment");
        body.put("equity", Map.of("freeReducedLunchPercent", 90));
        UUID id = Api.created(given().auth().oauth2(Tokens.district()).contentType("application/json").body(body)
                .post("/api/v1/schools").then().statusCode(201)
                .body("equity.titleI", nullValue()).body("enrollment", nullValue()));
        JsonPath school = school(id);
        // (0.45 × 0.9 + 0.15 × 0.5) / (0.45 + 0.15) = 0.8
        assertThat(school.getDouble("equity.needIndex")).isEqualTo(80.0);
        assertThat(school.getList("equity.needIndexMissing", String.class))
                .containsExactly("englishLearnerPercent", "titleI", "qualityRank");
        assertThat(school.getString("equity.sources.freeReducedLunchPercent.source")).isEqualTo("entered in PartnerMatch");

        JsonPath incomplete = given().auth().oauth2(Tokens.district()).get("/api/v1/reports/incomplete-equity")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = incomplete.getList("items");
        Map<String, Object> row = items.stream().filter(i -> id.toString().equals(i.get("schoolId"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) row.get("missing");
        assertThat(missing).containsExactly("enrollment", "titleI", "englishLearnerPercent",
                "homeLanguages", "qualityRank");
        assertThat(row.get("needIndexUnknown")).isEqualTo(false);
        given().auth().oauth2(Tokens.district()).accept("text/csv").get("/api/v1/reports/incomplete-equity")
                .then().statusCode(200).body(containsString(id + ","));
        given().auth().oauth2(Tokens.principal(id)).get("/api/v1/reports/incomplete-equity").then().statusCode(403);
    }

    @Test
    void identifiersAreCheckedUniqueAndMatchImportRowsBeforeTheName() {
        String nces = nces();
        String code = "S" + tag();
        Map<String, Object> body = Api.school();
        body.put("ncesId", nces);
        body.put("stateCode", code);
        UUID id = Api.created(given().auth().oauth2(Tokens.district()).contentType("application/json").body(body)
                .post("/api/v1/schools").then().statusCode(201).body("ncesId", equalTo(nces)));

        Map<String, Object> clash = Api.school();
        clash.put("ncesId", nces);
        given().auth().oauth2(Tokens.district()).contentType("application/json").body(clash).post("/api/v1/schools")
                .then().statusCode(409).body("detail", containsString("NCES id"));
        clash.put("ncesId", "53077100114");
        given().auth().oauth2(Tokens.district()).contentType("application/json").body(clash).post("/api/v1/schools")
                .then().statusCode(400).body("violations.field", hasItem("ncesId"));

        // A renamed school in the state's list is the same school: matched by NCES id, then by state code.
        String renamed = "Renamed " + tag();
        JsonPath byNces = importSchools("", "NCES ID,School Name,Grades\n" + nces + "," + renamed + ",6-8\n");
        assertThat(byNces.getInt("updated")).isEqualTo(1);
        assertThat(byNces.getString("results[0].id")).isEqualTo(id.toString());
        JsonPath byCode = importSchools("", "School Code,School Name,Grades,Type\n" + code.toLowerCase() + ","
                + renamed + " Again,6-8,Middle School\n");
        assertThat(byCode.getInt("updated")).isEqualTo(1);
        assertThat(school(id).getString("name")).isEqualTo(renamed + " Again");
        assertThat(school(id).getString("type")).isEqualTo("Middle School");
    }

    @Test
    void suppressedCellsAreUnknownNeverZeroAndFiguresKeepTheirSource() {
        String t = tag();
        String csv = "School Name,Grades,Latitude,Longitude,Enrollment,FRL %,EL %,Title I,Source,School Year\n"
                + "Suppressed " + t + ",6-8,47.5,-122.3,N<10,*,--,yes,OSPI Report Card,2024-25\n";
        JsonPath report = importSchools("", csv);
        assertThat(report.getInt("errors")).isZero();
        JsonPath school = school(UUID.fromString(report.getString("results[0].id")));
        assertThat((Object) school.get("enrollment")).isNull();
        assertThat((Object) school.get("equity.freeReducedLunchPercent")).isNull();
        assertThat((Object) school.get("equity.englishLearnerPercent")).isNull();
        assertThat(school.getBoolean("equity.titleI")).isTrue();
        assertThat(school.getString("equity.sources.titleI.source")).isEqualTo("OSPI Report Card");
        assertThat(school.getString("equity.sources.titleI.schoolYear")).isEqualTo("2024-25");
        assertThat((Object) school.get("equity.sources.freeReducedLunchPercent")).isNull();
    }

    @Test
    void principalsCannotSetFiguresOrTheirSource() {
        UUID id = Api.createSchool();
        Map<String, Object> body = given().get("/api/v1/schools/" + id).then().extract().jsonPath().getMap("");
        Map<String, Object> request = Api.school();
        request.put("name", body.get("name"));
        @SuppressWarnings("unchecked")
        Map<String, Object> equity = new java.util.LinkedHashMap<>((Map<String, Object>) request.get("equity"));
        equity.put("source", "my own count");
        request.put("equity", equity);
        String etag = given().get("/api/v1/schools/" + id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.principal(id)).contentType("application/json").header("If-Match", etag)
                .body(request).put("/api/v1/schools/" + id).then().statusCode(403)
                .body("detail", containsString("equity.source"));
    }
}
