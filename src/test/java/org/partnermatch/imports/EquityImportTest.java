package org.partnermatch.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Tokens;

/** The state's equity data merges into a directory-only school list: both shapes, suppression, years, sources. */
@QuarkusTest
class EquityImportTest {

    private static ValidatableResponse post(String query, String csv) {
        return given().auth().oauth2(Tokens.district()).contentType("text/csv").accept("application/json").body(csv)
                .post("/api/v1/imports/school-equity" + query).then();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A school as a directory-only list leaves it: no figures, a state school code. */
    private static UUID directorySchool(String code) {
        Map<String, Object> body = Api.school();
        body.remove("enrollment");
        body.remove("equity");
        body.put("stateCode", code);
        return Api.created(given().auth().oauth2(Tokens.district()).contentType("application/json").body(body)
                .post("/api/v1/schools").then());
    }

    private static JsonPath school(UUID id) {
        return given().get("/api/v1/schools/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aReportCardInLongShapeMergesWithSuppressedCellsUnknown() {
        String code = "RC" + tag();
        UUID id = directorySchool(code);
        String name = school(id).getString("name");
        String csv = "SchoolYear,SchoolCode,SchoolName,StudentGroupType,StudentGroup,Count,Percent\n"
                + "2023-24," + code + "," + name + ",All,All Students,690,\n"
                + "2023-24," + code + "," + name + ",FRL,Low Income,,70%\n"
                + "2024-25," + code + "," + name + ",All,All Students,712,\n"
                + "2024-25," + code + "," + name + ",FRL,Low Income,,78.4%\n"
                + "2024-25," + code + "," + name + ",ELL,English Language Learners,N<10,*\n"
                + "2024-25," + code + "," + name + ",Race,Black/ African American,301,42.3%\n";
        JsonPath report = given().auth().oauth2(Tokens.district()).contentType("text/csv").accept("application/json").body(csv)
                .queryParam("source", "OSPI Report Card").post("/api/v1/imports/school-equity").then().statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("committed")).isTrue();
        assertThat(report.getInt("errors")).isZero();
        assertThat(report.getList("results.action", String.class))
                .containsExactly("ignored", "ignored", "updated", "updated", "unchanged", "ignored");
        assertThat(report.getString("results[0].note")).contains("older school year");
        assertThat(report.getString("results[4].note")).contains("suppressed");
        assertThat(report.getString("results[5].note")).contains("not used");

        JsonPath school = school(id);
        assertThat(school.getInt("enrollment")).isEqualTo(712);
        assertThat(school.getDouble("equity.freeReducedLunchPercent")).isEqualTo(78.4);
        assertThat((Object) school.get("equity.englishLearnerPercent")).isNull();
        assertThat(school.getString("equity.sources.freeReducedLunchPercent.source")).isEqualTo("OSPI Report Card");
        assertThat(school.getString("equity.sources.freeReducedLunchPercent.schoolYear")).isEqualTo("2024-25");
        assertThat(school.getString("equity.sources.enrollment.schoolYear")).isEqualTo("2024-25");
        // the audit trail holds the change and its source
        assertThat(Db.number("SELECT count(*) FROM audit_event WHERE entity_id = '" + id + "' AND action = "
                + "'school.updated' AND after_state::text LIKE '%OSPI Report Card%'")).isPositive();

        // the same file again changes nothing
        JsonPath again = given().auth().oauth2(Tokens.district()).contentType("text/csv").accept("application/json").body(csv)
                .queryParam("source", "OSPI Report Card").post("/api/v1/imports/school-equity").then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("updated")).isZero();
    }

    @Test
    void countsBecomeSharesAndTheWideShapeWorksToo() {
        String code = "WC" + tag();
        UUID id = directorySchool(code);
        String longCsv = "School Code,Student Group,Count,School Year\n"
                + code + ",All Students,400,2024-2025\n" + code + ",English Language Learners,90,2024-2025\n";
        post("", longCsv).statusCode(200);
        assertThat(school(id).getDouble("equity.englishLearnerPercent")).isEqualTo(22.5);

        String wide = "School Code,Title I,Percent Low Income,Total Enrollment,Home Languages\n"
                + code + ",yes,--,401,Somali; Spanish\n";
        JsonPath report = post("?schoolYear=2025-26", wide).statusCode(200).extract().jsonPath();
        assertThat(report.getInt("updated")).isEqualTo(1);
        JsonPath school = school(id);
        assertThat(school.getBoolean("equity.titleI")).isTrue();
        assertThat((Object) school.get("equity.freeReducedLunchPercent")).isNull();
        assertThat(school.getInt("enrollment")).isEqualTo(401);
        assertThat(school.getList("equity.homeLanguages", String.class)).containsExactly("so", "es");
        assertThat(school.getString("equity.sources.titleI.schoolYear")).isEqualTo("2025-26");
        assertThat(school.getString("equity.sources.titleI.source")).isEqualTo("equity import");
    }

    @Test
    void badRowsNameRowAndColumnAndNothingIsHalfWritten() {
        String code = "BR" + tag();
        UUID id = directorySchool(code);
        String csv = "School Code,FRL %,EL %\n"
                + code + ",55,12\n"
                + "NO-SUCH-" + tag() + ",40,3\n"
                + code + ",55,140\n";
        JsonPath report = post("", csv).statusCode(422).extract().jsonPath();
        assertThat(report.getBoolean("committed")).isFalse();
        assertThat(report.getInt("results[1].row")).isEqualTo(3);
        assertThat(report.getString("results[1].errors[0].field")).isEqualTo("School Code");
        assertThat(report.getString("results[1].errors[0].message")).contains("import the school list first");
        assertThat(report.getString("results[2].errors[0].field")).isEqualTo("EL %");
        assertThat((Object) school(id).get("equity.freeReducedLunchPercent")).isNull();

        post("?skipInvalid=true", csv).statusCode(200);
        assertThat(school(id).getDouble("equity.freeReducedLunchPercent")).isEqualTo(55.0);

        post("", "School Code,Principal\n" + code + ",Ms. X\n").statusCode(400);
        post("", "Measure,Value\nLow Income,50\n").statusCode(400);
        post("?schoolYear=last-year", "School Code,FRL %\n" + code + ",50\n").statusCode(400);
        post("", "School Code,FRL %,Source\n" + code + ",50,State\u0001Card\n").statusCode(422)
                .body("results[0].errors[0].field", org.hamcrest.Matchers.equalTo("Source"));
        post("", "not,a,csv\n\"unterminated\n").statusCode(400);
        given().auth().oauth2(Tokens.principal(id)).contentType("text/csv").body("School Code,FRL %\n" + code + ",1\n")
                .post("/api/v1/imports/school-equity").then().statusCode(403);
    }
}
