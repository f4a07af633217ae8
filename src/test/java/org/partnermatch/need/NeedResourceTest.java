package org.partnermatch.need;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.partnermatch.support.Api.anonymous;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

@QuarkusTest
class NeedResourceTest {

    @Test
    void principalStatesANeedForTheirSchool() {
        UUID school = Api.createSchool();
        String location = as(Tokens.principal(school)).body(Api.need()).post("/api/v1/schools/" + school + "/needs")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("schoolId", equalTo(school.toString()))
                .body("status", equalTo("open"))
                .body("grades", equalTo("6-8"))
                .body("timings", equalTo(List.of("after_school")))
                .extract().header("Location");
        anonymous().get(location).then().statusCode(200).body("category", equalTo("math"));
        anonymous().get("/api/v1/schools/" + school + "/needs").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void closingANeedHidesItFromOthers() {
        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        Map<String, Object> body = Api.need();
        body.put("status", "closed");
        String etag = Api.etag("/api/v1/needs/" + need);
        as(Tokens.principal(school)).header("If-Match", etag).body(body).put("/api/v1/needs/" + need)
                .then().statusCode(200).body("status", equalTo("closed")).body("version", equalTo(1));
        // open needs are public; a closed one is the school's own business
        anonymous().get("/api/v1/needs/" + need).then().statusCode(404);
        as(Tokens.principal(Api.createSchool())).get("/api/v1/needs/" + need).then().statusCode(404);
        as(Tokens.principal(school)).get("/api/v1/needs/" + need).then().statusCode(200);
        anonymous().get("/api/v1/schools/" + school + "/needs").then().body("items", hasSize(0));
        district().queryParam("status", "closed").get("/api/v1/schools/" + school + "/needs").then().body("items", hasSize(1));
        // an update without status keeps it closed rather than silently reopening it
        body.remove("status");
        as(Tokens.principal(school)).header("If-Match", "\"1\"").body(body).put("/api/v1/needs/" + need)
                .then().statusCode(200).body("status", equalTo("closed"));
    }

    @Test
    void anotherSchoolsPrincipalCannotTouchNeeds() {
        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        String other = Tokens.principal(Api.createSchool());
        as(other).body(Api.need()).post("/api/v1/schools/" + school + "/needs").then().statusCode(403);
        as(other).header("If-Match", "*").body(Api.need()).put("/api/v1/needs/" + need).then().statusCode(403);
        as(other).delete("/api/v1/needs/" + need).then().statusCode(403);
        district().get("/api/v1/needs/" + need).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void needMustFitTheSchoolsGradesAndAKnownCategory() {
        UUID school = Api.createSchool();
        Map<String, Object> body = Api.need();
        body.put("gradeLow", 3);
        district().body(body).post("/api/v1/schools/" + school + "/needs").then().statusCode(400)
                .body("violations[0].field", equalTo("gradeLow"));
        body = Api.need();
        body.put("category", "underwater-basket-weaving");
        district().body(body).post("/api/v1/schools/" + school + "/needs").then().statusCode(400)
                .body("violations[0].field", equalTo("category"));
        body = Api.need();
        body.put("priority", "whenever");
        body.put("timings", List.of("midnight"));
        body.put("studentsAffected", 0);
        district().body(body).post("/api/v1/schools/" + school + "/needs").then().statusCode(400)
                .contentType("application/problem+json");
        body = Api.need();
        body.put("studentsAffected", 0);
        body.put("languages", List.of("xx1"));
        district().body(body).post("/api/v1/schools/" + school + "/needs").then().statusCode(400)
                .body("violations.field", hasItem("studentsAffected"))
                .body("violations.field", hasItem("languages[0]"));
    }

    @Test
    void householdNeedsMayNameGradesOutsideTheSchoolsOwnOthersMayNot() {
        UUID school = Api.createSchool(); // grades 6-8
        Map<String, Object> diapers = Api.need();
        diapers.put("category", "baby-supplies"); // a child of basic needs, which is household-level
        diapers.put("title", "Diapers and baby supplies for students' infant siblings");
        diapers.put("gradeLow", -1);
        diapers.put("gradeHigh", -1);
        as(Tokens.principal(school)).body(diapers).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(201).body("grades", equalTo("PK"));
        Map<String, Object> earlyLearning = Api.need();
        earlyLearning.put("category", "early-learning");
        earlyLearning.put("gradeLow", -1);
        earlyLearning.put("gradeHigh", 8);
        as(Tokens.principal(school)).body(earlyLearning).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(201).body("grades", equalTo("PK-8"));
        // tutoring is about enrolled students: held to the school's grades, and the answer says what may go beyond
        Map<String, Object> tutoring = Api.need();
        tutoring.put("gradeLow", -1);
        as(Tokens.principal(school)).body(tutoring).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(400).body("violations[0].field", equalTo("gradeLow"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("household-level"));
        // beyond PK..12 is still a 400 for every category
        diapers.put("gradeLow", -2);
        as(Tokens.principal(school)).body(diapers).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(400).body("violations[0].field", equalTo("gradeLow"));
    }

    @Test
    void adultEducationIsForHouseholdNeedsOnlyAndNamesTheField() {
        UUID school = Api.createSchool(); // grades 6-8
        Map<String, Object> parents = Api.need();
        parents.put("category", "family-workshops"); // a child of family engagement, which is household-level
        parents.put("title", "English classes for Somali-speaking parents");
        parents.put("gradeLow", 13);
        parents.put("gradeHigh", 13);
        as(Tokens.principal(school)).body(parents).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(201).body("grades", equalTo("AE")).body("gradeLow", equalTo(13));
        parents.put("gradeLow", 6); // students and their parents together
        as(Tokens.principal(school)).body(parents).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(201).body("grades", equalTo("6-AE"));

        Map<String, Object> tutoring = Api.need(); // math: about enrolled students
        tutoring.put("gradeHigh", 13);
        as(Tokens.principal(school)).body(tutoring).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(400).body("violations[0].field", equalTo("gradeHigh"))
                .body("violations[0].message", startsWith("AE (adult education) is only for household-level"));
        tutoring.put("gradeLow", 13);
        as(Tokens.principal(school)).body(tutoring).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(400).body("violations[0].field", equalTo("gradeLow"));
        // nothing beyond AE, for any category
        parents.put("gradeHigh", 14);
        as(Tokens.principal(school)).body(parents).post("/api/v1/schools/" + school + "/needs").then()
                .statusCode(400).body("violations[0].field", equalTo("gradeHigh"));
        // and a school's own grades never include AE
        Map<String, Object> adultSchool = Api.school();
        adultSchool.put("gradeHigh", 13);
        district().body(adultSchool).post("/api/v1/schools").then().statusCode(400)
                .body("violations[0].field", equalTo("gradeHigh"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("never include AE"));
        district().get("/api/v1/schools?grade=AE").then().statusCode(400)
                .body("violations[0].field", equalTo("grade"));
    }

    @Test
    void unknownSchoolIs404() {
        district().body(Api.need()).post("/api/v1/schools/" + UUID.randomUUID() + "/needs").then().statusCode(404);
        anonymous().get("/api/v1/schools/" + UUID.randomUUID() + "/needs").then().statusCode(404);
        anonymous().get("/api/v1/needs/nope").then().statusCode(400);
    }

    @Test
    void listAcrossSchoolsFilters() {
        UUID school = Api.createSchool();
        Map<String, Object> body = Api.need();
        body.put("category", "mentoring");
        body.put("priority", "urgent");
        district().body(body).post("/api/v1/schools/" + school + "/needs").then().statusCode(201);
        Api.createNeed(school);
        anonymous().queryParam("schoolId", school.toString()).queryParam("priority", "urgent").get("/api/v1/needs")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].category", equalTo("mentoring"));
        anonymous().queryParam("schoolId", school.toString()).queryParam("category", "academic").get("/api/v1/needs")
                .then().body("items", hasSize(1)).body("items.category", everyItem(equalTo("math")));
        anonymous().queryParam("category", "nope").get("/api/v1/needs").then().statusCode(400)
                .body("violations[0].field", equalTo("category"));
        anonymous().queryParam("status", "pending").get("/api/v1/needs").then().statusCode(400);
    }

    @Test
    void deleteByOwnPrincipal() {
        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        as(Tokens.principal(school)).delete("/api/v1/needs/" + need).then().statusCode(204);
        district().get("/api/v1/needs/" + need).then().statusCode(404);
    }
}
