package org.partnermatch.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/** CSV imports of schools and organizations: good, bad and repeated files, dry runs, skipping, and who may import. */
@QuarkusTest
class ImportResourceTest {

    private static ValidatableResponse post(String token, String kind, String query, String csv) {
        var request = given().contentType("text/csv").accept("application/json");
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.body(csv).post("/api/v1/imports/" + kind + query).then();
    }

    private static ValidatableResponse district(String kind, String query, String csv) {
        return post(Tokens.district(), kind, query, csv);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long schoolsNamed(String like) {
        return Db.number("SELECT count(*) FROM school WHERE name LIKE '%" + like + "%'");
    }

    @Test
    void goodSchoolFileCreatesEverySchoolWithItsValues() {
        String t = tag();
        // Headers in odd case and spacing, aliases, a column the import does not know, a BOM and CRLF line ends.
        String csv = "\uFEFFSchool Name , Grades,Address,CITY,State,ZIP code,Lat,Lon,Region,Enrollment,Title I,"
                + "Free/Reduced Lunch %,English Learner %,Languages,Principal\r\n"
                + "Rainier View " + t + " Elementary,K-5,11650 Beacon Ave S,Seattle,wa,98178,47.4985,-122.2706,"
                + "Southeast,380,yes,85.2%,41,\"so; Vietnamese, es\",Ms. Example\r\n"
                + "  Denny   " + t + "  Middle ,6-8,2601 SW Kenyon St,Seattle,WA,98106,47.5245,-122.3652,southwest,"
                + "890,no,61,20.5,es,Mr. Example\r\n"
                + "Little Ones " + t + ",PK-K,,,,,47.6,-122.3,North,60,Y,10,5,,\r\n"
                + ",,,,,,,,,,,,,,\r\n";
        JsonPath report = district("schools", "", csv).statusCode(200).extract().jsonPath();

        assertThat(report.getBoolean("committed")).isTrue();
        assertThat(report.getInt("rows")).isEqualTo(3);
        assertThat(report.getInt("created")).isEqualTo(3);
        assertThat(report.getInt("errors")).isZero();
        assertThat(report.getList("ignoredColumns", String.class)).containsExactly("Principal");
        assertThat(report.getList("results.row", Integer.class)).containsExactly(2, 3, 4);
        assertThat(report.getList("results.action", String.class)).containsOnly("created");
        assertThat(report.getList("results.name", String.class)).containsExactly("Rainier View " + t + " Elementary",
                "Denny " + t + " Middle", "Little Ones " + t);

        String id = report.getString("results[0].id");
        JsonPath school = Api.district().get("/api/v1/schools/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(school.getInt("gradeLow")).isZero();
        assertThat(school.getInt("gradeHigh")).isEqualTo(5);
        assertThat(school.getString("address.state")).isEqualTo("WA");
        assertThat(school.getString("address.postalCode")).isEqualTo("98178");
        assertThat(school.getDouble("latitude")).isEqualTo(47.4985);
        assertThat(school.getInt("enrollment")).isEqualTo(380);
        assertThat(school.getBoolean("equity.titleI")).isTrue();
        assertThat(school.getDouble("equity.freeReducedLunchPercent")).isEqualTo(85.2);
        assertThat(school.getDouble("equity.englishLearnerPercent")).isEqualTo(41.0);
        assertThat(school.getList("equity.homeLanguages", String.class)).containsExactly("so", "vi", "es");
        assertThat(school.getString("locationPrecision")).isEqualTo("exact");
        // A region is matched whatever its case and stored as the district spells it.
        assertThat(Api.district().get("/api/v1/schools/" + report.getString("results[1].id")).then().extract()
                .path("region").toString()).isEqualTo("Southwest");
        JsonPath little = Api.district().get("/api/v1/schools/" + report.getString("results[2].id")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(little.getInt("gradeLow")).isEqualTo(-1);
        assertThat(little.getInt("gradeHigh")).isZero();
        assertThat(little.getMap("address")).isNull();
        // Written through the school service: each creation is in the audit trail.
        assertThat(Db.number("SELECT count(*) FROM audit_event WHERE action = 'school.created' AND entity_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAnEditedFileUpdatesInPlace() {
        String t = tag();
        String header = "name,grades,lat,lon,region,enrollment,title i,frl,ell\n";
        String first = header + "Alpha " + t + ",K-5,47.5,-122.3,Southeast,300,yes,70,30\n"
                + "Beta " + t + ",6-8,47.6,-122.3,Central,500,no,40.50,10\n";
        JsonPath created = district("schools", "", first).statusCode(200).extract().jsonPath();
        assertThat(created.getInt("created")).isEqualTo(2);
        String alpha = created.getString("results[0].id");

        JsonPath again = district("schools", "", first).statusCode(200).extract().jsonPath();
        assertThat(again.getList("results.action", String.class)).containsExactly("unchanged", "unchanged");
        assertThat(again.getString("results[0].id")).isEqualTo(alpha);
        assertThat(schoolsNamed(t)).isEqualTo(2);
        assertThat(Api.etag("/api/v1/schools/" + alpha)).isEqualTo("\"0\"");

        // Names match whatever their case; only the enrollment changed; a row may add a school.
        String edited = header + "ALPHA " + t + ",K-5,47.5,-122.3,Southeast,320,yes,70.0,30\n"
                + "Beta " + t + ",6-8,47.6,-122.3,Central,500,no,40.5,10\n"
                + "Gamma " + t + ",9-12,47.7,-122.3,North,1500,no,20,5\n";
        JsonPath updated = district("schools", "", edited).statusCode(200).extract().jsonPath();
        assertThat(updated.getList("results.action", String.class)).containsExactly("updated", "unchanged", "created");
        assertThat(updated.getString("results[0].id")).isEqualTo(alpha);
        assertThat(schoolsNamed(t)).isEqualTo(3);
        JsonPath school = Api.district().get("/api/v1/schools/" + alpha).then().extract().jsonPath();
        assertThat(school.getInt("enrollment")).isEqualTo(320);
        assertThat(school.getString("name")).isEqualTo("ALPHA " + t);

        // Columns the file leaves out keep their values; an id column renames.
        String renamed = "id,name\n" + alpha + ",Alpha Renamed " + t + "\n";
        JsonPath byId = district("schools", "", renamed).statusCode(200).extract().jsonPath();
        assertThat(byId.getString("results[0].action")).isEqualTo("updated");
        school = Api.district().get("/api/v1/schools/" + alpha).then().extract().jsonPath();
        assertThat(school.getString("name")).isEqualTo("Alpha Renamed " + t);
        assertThat(school.getInt("enrollment")).isEqualTo(320);
        assertThat(school.getString("region")).isEqualTo("Southeast");

        // A blank cell is no value: a required one is an error, named by its column.
        JsonPath blank = district("schools", "?dryRun=true", "id,name,grades\n" + alpha + ",Alpha Renamed " + t + ",\n").statusCode(200)
                .extract().jsonPath();
        assertThat(blank.getString("results[0].errors[0].field")).isEqualTo("grades");
        assertThat(blank.getString("results[0].errors[0].message")).isEqualTo("must not be null");
    }

    @Test
    void aBadRowRejectsTheWholeFileAndNamesEachColumn() {
        String t = tag();
        String csv = "name,grades,lat,lon,region,enrollment,title i,frl,ell,languages\n"
                + "Good " + t + ",K-5,47.5,-122.3,Southeast,300,yes,70,30,so\n"
                + "Bad " + t + ",5-K,95,-122.3,Southeast,many,maybe,170,30,klingon\n"
                + "Worse " + t + ",K-13,47.5,,Southeast,300,yes,70,30,\n"
                + ",K-5,47.5,-122.3,Southeast,300,yes,70,30,\n";
        JsonPath report = district("schools", "", csv).statusCode(422).contentType("application/json")
                .extract().jsonPath();
        assertThat(report.getBoolean("committed")).isFalse();
        assertThat(report.getInt("errors")).isEqualTo(3);
        assertThat(report.getList("results.action", String.class)).containsExactly("created", "error", "error", "error");
        assertThat(report.getString("results[0].id")).isNull();
        assertThat(fields(report, 1)).containsExactlyInAnyOrder("enrollment", "frl", "lat", "title i", "languages");
        assertThat(report.getString("results[1].errors.find { it.field == 'enrollment' }.message")).isEqualTo("must be a whole number");
        assertThat(report.getString("results[1].errors.find { it.field == 'languages' }.message")).contains("ISO 639");
        // A lone latitude is judged with the location once the row's own cells are valid.
        assertThat(fields(report, 2)).containsExactlyInAnyOrder("grades");
        assertThat(fields(report, 3)).containsExactly("name");
        assertThat(schoolsNamed(t)).isZero();

        // The grade range checked the same way as POST /schools: high below low.
        JsonPath reversed = district("schools", "?dryRun=true",
                "name,grades,lat,lon,region,enrollment,title i,frl,ell\nRev " + t + ",8-6,47.5,-122.3,SE,300,yes,70,30\n")
                .statusCode(200).extract().jsonPath();
        assertThat(reversed.getString("results[0].errors[0].field")).isEqualTo("grades");
        assertThat(reversed.getString("results[0].errors[0].message")).isEqualTo("must not be below gradeLow");
    }

    @Test
    void rowsWithoutCoordinatesOrRegionTakeThemFromTheZipCodeAndUnknownRegionsAreNamedByRowAndColumn() {
        String t = tag();
        String csv = "School Name,Grades,ZIP,Area,Enrollment,Title I,FRL,EL\n"
                + "Zip Only " + t + ",K-5,98118-1234,,300,yes,70,30\n"
                + "Local Name " + t + ",K-5,98118,Rainier Valley,300,yes,70,30\n"
                + "Nowhere " + t + ",K-5,98111,Southeast,300,yes,70,30\n";
        JsonPath report = district("schools", "", csv).statusCode(422).extract().jsonPath();
        assertThat(report.getList("results.action", String.class)).containsExactly("created", "error", "error");
        assertThat(report.getInt("results[1].row")).isEqualTo(3);
        assertThat(fields(report, 1)).containsExactly("Area");
        assertThat(report.getString("results[1].errors[0].message")).contains("unknown region 'Rainier Valley'")
                .contains("the regions are ").contains("Central", "North", "Northeast", "Northwest", "Southeast", "Southwest");
        assertThat(fields(report, 2)).containsExactly("ZIP");
        assertThat(report.getString("results[2].errors[0].message")).contains("unknown ZIP code 98111");

        JsonPath skipped = district("schools", "?skipInvalid=true", csv).statusCode(200).extract().jsonPath();
        JsonPath school = Api.district().get("/api/v1/schools/" + skipped.getString("results[0].id")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(school.getString("region")).isEqualTo("Southeast");
        assertThat(school.getString("locationPrecision")).isEqualTo("zip_centroid");

        // Re-importing the same row changes nothing: the approximate location follows the ZIP code, not the file.
        JsonPath again = district("schools", "?skipInvalid=true", csv).statusCode(200).extract().jsonPath();
        assertThat(again.getString("results[0].action")).isEqualTo("unchanged");
    }

    @Test
    void aRowWithNameAndGradesOnlyIsASchoolWithUnknownFiguresAndLocation() {
        String t = tag();
        String csv = "name,grades\nBare " + t + ",6-8\n";
        JsonPath report = district("schools", "", csv).statusCode(200).extract().jsonPath();
        assertThat(report.getString("results[0].action")).isEqualTo("created");
        JsonPath school = Api.district().get("/api/v1/schools/" + report.getString("results[0].id")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(school.getString("locationPrecision")).isEqualTo("unknown");
        assertThat(school.getString("latitude")).isNull();
        assertThat(school.getString("enrollment")).isNull();
        assertThat(school.getList("equity.needIndexMissing")).isNotEmpty();
        assertThat(district("schools", "", csv).statusCode(200).extract().jsonPath().getString("results[0].action"))
                .isEqualTo("unchanged");
    }

    @Test
    void anOrganizationRowServingAnUnknownRegionIsRefused() {
        String t = tag();
        String csv = "Organization Name,Regions Served\nValley Partners " + t + ",\"Southeast; Rainier Valley\"\n";
        JsonPath report = district("organizations", "?dryRun=true", csv).statusCode(200).extract().jsonPath();
        assertThat(report.getInt("results[0].row")).isEqualTo(2);
        assertThat(fields(report, 0)).containsExactly("Regions Served");
        assertThat(report.getString("results[0].errors[0].message")).contains("unknown region 'Rainier Valley'")
                .contains("the regions are ").contains("Southeast", "Southwest");
    }

    private static List<String> fields(JsonPath report, int index) {
        return report.getList("results[" + index + "].errors.field", String.class);
    }

    @Test
    void skipInvalidWritesTheGoodRowsOnly() {
        String t = tag();
        String csv = "name,grades,lat,lon,region,enrollment,title i,frl,ell\n"
                + "Keep " + t + ",K-5,47.5,-122.3,Southeast,300,yes,70,30\n"
                + "Drop " + t + ",K-5,47.5,-122.3,Southeast,-4,yes,70,30\n";
        JsonPath report = district("schools", "?skipInvalid=true", csv).statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("committed")).isTrue();
        assertThat(report.getList("results.action", String.class)).containsExactly("created", "error");
        assertThat(report.getString("results[1].errors[0].field")).isEqualTo("enrollment");
        assertThat(report.getString("results[0].id")).isNotNull();
        assertThat(schoolsNamed("Keep " + t)).isEqualTo(1);
        assertThat(schoolsNamed("Drop " + t)).isZero();
    }

    @Test
    void dryRunReportsWithoutWriting() {
        String t = tag();
        UUID existing = Api.createSchool();
        String name = Api.district().get("/api/v1/schools/" + existing).then().extract().path("name");
        String csv = "name,enrollment,grades,lat,lon,region,title i,frl,ell\n"
                + name + ",999,6-8,47.5466,-122.2891,Southeast,yes,78.5,32\n"
                + "Dry " + t + ",100,K-5,47.5,-122.3,Southeast,yes,70,30\n";
        JsonPath report = district("schools", "?dryRun=true", csv).statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getBoolean("committed")).isFalse();
        assertThat(report.getList("results.action", String.class)).containsExactly("updated", "created");
        assertThat(report.getString("results[0].id")).isEqualTo(existing.toString());
        assertThat(report.getString("results[1].id")).isNull();
        assertThat(schoolsNamed("Dry " + t)).isZero();
        Api.district().get("/api/v1/schools/" + existing).then().body("enrollment", equalTo(720));
    }

    @Test
    void duplicateRowsAndNameClashesAreRowErrors() {
        String t = tag();
        UUID other = Api.createSchool();
        String otherName = Api.district().get("/api/v1/schools/" + other).then().extract().path("name");
        UUID mine = Api.createSchool();
        String csv = "id,name,grades,lat,lon,region,enrollment,title i,frl,ell\n"
                + ",Twin " + t + ",K-5,47.5,-122.3,Southeast,300,yes,70,30\n"
                + ",twin " + t + ",K-5,47.5,-122.3,Southeast,300,yes,70,30\n"
                + mine + "," + otherName + ",K-5,47.5,-122.3,Southeast,300,yes,70,30\n"
                + UUID.randomUUID() + ",Ghost " + t + ",K-5,47.5,-122.3,Southeast,300,yes,70,30\n"
                + "not-a-uuid,Nobody " + t + ",K-5,47.5,-122.3,Southeast,300,yes,70,30\n";
        JsonPath report = district("schools", "?dryRun=true", csv).statusCode(200).extract().jsonPath();
        assertThat(report.getList("results.action", String.class))
                .containsExactly("created", "error", "error", "error", "error");
        assertThat(report.getString("results[1].errors[0].message")).contains("row 2");
        assertThat(report.getString("results[2].errors[0].field")).isEqualTo("name");
        assertThat(report.getString("results[2].errors[0].message")).contains("already exists");
        assertThat(report.getString("results[3].errors[0].field")).isEqualTo("id");
        assertThat(report.getString("results[4].errors[0].message")).isEqualTo("must be a UUID");

        // A row with more cells than the header (an unquoted comma) is reported, not guessed at.
        JsonPath ragged = district("schools", "?dryRun=true", "name,grades,lat,lon,region,enrollment,title i,frl,ell\n"
                + "Ragged, " + t + ",K-5,47.5,-122.3,Southeast,300,yes,70,30\n").statusCode(200).extract().jsonPath();
        assertThat(ragged.getString("results[0].action")).isEqualTo("error");
        assertThat(ragged.getString("results[0].errors[0].message"))
                .isEqualTo("the row has 10 cells but the header has 9 (check quotes and separators)");
    }

    @Test
    void organizationsStartPendingAndUpdatesKeepVetting() {
        String t = tag();
        String csv = "Organization Name;Description;Website;Contact;E-mail;Phone;City;State;Zip;Lat;Lon;"
                + "Service radius km;Regions;Languages;Communities;Leadership\n"
                + "Chess " + t + ";Chess after school;https://example.org/chess;Coordinator;chess@example.org;"
                + "+1 206 555 0100;Seattle;WA;98118;47.54;-122.28;5;Southeast|Central;en|Somali;East African;"
                + "Black-led|immigrant/refugee-led\n";
        JsonPath report = district("organizations", "", csv).statusCode(200).extract().jsonPath();
        assertThat(report.getString("results[0].action")).isEqualTo("created");
        String id = report.getString("results[0].id");
        JsonPath org = Api.district().get("/api/v1/organizations/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(org.getString("vettingStatus")).isEqualTo("pending");
        assertThat(org.getString("contact.email")).isEqualTo("chess@example.org");
        assertThat(org.getList("serviceRegions", String.class)).containsExactly("Southeast", "Central");
        assertThat(org.getList("staffLanguages", String.class)).containsExactly("en", "so");
        assertThat(org.getList("leadership", String.class)).containsExactly("black_led", "immigrant_refugee_led");
        // Pending organizations stay out of the public directory.
        Api.anonymous().get("/api/v1/organizations/" + id).then().statusCode(404);

        Api.district().body(Map.of("status", "approved")).post("/api/v1/organizations/" + id + "/vetting").then()
                .statusCode(200);
        assertThat(district("organizations", "", csv).statusCode(200).extract().jsonPath()
                .getString("results[0].action")).isEqualTo("unchanged");
        String changed = csv.replace("Chess after school", "Chess and go after school");
        assertThat(district("organizations", "", changed).statusCode(200).extract().jsonPath()
                .getString("results[0].action")).isEqualTo("updated");
        org = Api.district().get("/api/v1/organizations/" + id).then().extract().jsonPath();
        assertThat(org.getString("vettingStatus")).isEqualTo("approved");
        assertThat(org.getString("description")).isEqualTo("Chess and go after school");
    }

    @Test
    void organizationRowsUseTheServiceRules() {
        String t = tag();
        String csv = "name,website,email,lat,lon,service radius km,leadership\n"
                + "Half " + t + ",ftp://example.org,not-an-email,47.5,,3,aliens_led\n"
                + "Radius " + t + ",,,,,3,\n";
        JsonPath report = district("organizations", "", csv).statusCode(422).extract().jsonPath();
        assertThat(fields(report, 0)).containsExactlyInAnyOrder("website", "email", "leadership");
        assertThat(report.getString("results[0].errors.find { it.field == 'leadership' }.message"))
                .contains("'aliens_led' is not one of");
        assertThat(fields(report, 1)).containsExactly("service radius km");
        assertThat(Db.number("SELECT count(*) FROM organization WHERE name LIKE '%" + t + "%'")).isZero();
    }

    /** Issue 16, item 11: a control character in a cell is that column's error, as for the JSON endpoints. */
    @Test
    void controlCharactersAreColumnErrors() {
        String t = tag();
        String csv = "name,description,communities\n"
                + "Ctrl " + t + ",Tutor\u0001ing,East African\n"
                + "Tabbed " + t + ",\"Tutoring\n\tand mentoring\",Somali\n";
        JsonPath report = district("organizations", "?dryRun=true", csv).statusCode(200).extract().jsonPath();
        assertThat(fields(report, 0)).containsExactly("description");
        assertThat(report.getString("results[0].errors[0].message"))
                .startsWith("must not contain control characters (U+0001 at character 6)");
        assertThat(fields(report, 1)).isEmpty();
    }

    @Test
    void fileLevelFaultsAreProblems() {
        district("schools", "", "").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
        district("schools", "", "grades,region\nK-5,SE\n").statusCode(400)
                .body("detail", containsString("name column"));
        district("schools", "", "name,grades\n").statusCode(400).body("detail", containsString("no data rows"));
        district("schools", "", "name,school name\nA,B\n").statusCode(400).body("detail", containsString("both mean name"));
        district("schools", "", "name,grades\n\"unterminated,K-5\n").statusCode(400);
        district("schools", "?dryRun=perhaps", "name\nA\n").statusCode(400).body("violations[0].field", equalTo("dryRun"));
        StringBuilder big = new StringBuilder("name\n");
        for (int i = 0; i < 20001; i++) {
            big.append("School ").append(i).append('\n');
        }
        district("schools", "?dryRun=true", big.toString()).statusCode(400).body("detail", containsString("20000"));
        given().contentType("application/json").auth().oauth2(Tokens.district()).body("{}")
                .post("/api/v1/imports/schools").then().statusCode(415).contentType("application/problem+json");
        // files to import may be larger than other bodies (16 MiB): a 300 KB cell is the row's problem, not the file's
        String huge = "name\n" + "x".repeat(300_000) + "\n";
        district("schools", "", huge).statusCode(422).body("results[0].errors.field", org.hamcrest.Matchers.hasItem("name"));
    }

    @Test
    void onlyDistrictStaffImport() {
        String t = tag();
        String csv = "name,grades,lat,lon,region,enrollment,title i,frl,ell\nRole " + t + ",K-5,47.5,-122.3,Southeast,1,no,1,1\n";
        UUID school = Api.createSchool();
        UUID org = Api.createOrganization(true);
        post(null, "schools", "", csv).statusCode(401);
        post(Tokens.principal(school), "schools", "", csv).statusCode(403).contentType("application/problem+json");
        post(Tokens.partner(org), "organizations", "", "name\nX " + tag() + "\n").statusCode(403);
        assertThat(schoolsNamed("Role " + t)).isZero();
    }
}
