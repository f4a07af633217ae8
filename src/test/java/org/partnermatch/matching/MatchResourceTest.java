package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.partnermatch.support.Api.as;
import static org.partnermatch.support.Api.district;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Index;
import org.partnermatch.support.Tokens;

@QuarkusTest
class MatchResourceTest {

    private static final String AKI_KUROSE = "5c000000-0000-4000-8000-000000000001";
    private static final String AKI_MATH_NEED = "0e000000-0000-4000-8000-000000000001";

    @Inject
    MatchingService matching;

    /** A school, one need of it, and an organization in its area with one fitting offering. */
    private record Scene(UUID school, UUID need, UUID organization, UUID offering) {
    }

    private Scene scene() {
        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        UUID org = Api.createOrganization(true);
        UUID offering = Api.createOffering(org);
        Index.awaitCandidate(matching.index(), offering);
        return new Scene(school, need, org, offering);
    }

    @Test
    void aStartThatLoadsTheDemoDirectoryLoadsTheIndexAfterIt() {
        // the demo directory is loaded at the start-up event; the index's first load must include it
        assertThat(matching.loadingStartedAtMigration()).isFalse();
        assertThat(matching.index().snapshot().schools()).containsKey(java.util.UUID.fromString(
                org.partnermatch.security.DevTokens.DEMO_SCHOOL));
    }

    @Test
    void demoMathNeedFindsSomaliSpeakingTutorsFirstWithReasons() {
        JsonPath json = as(Tokens.principal(UUID.fromString(AKI_KUROSE)))
                .get("/api/v1/needs/" + AKI_MATH_NEED + "/matches?limit=100").then().statusCode(200).extract().jsonPath();
        // other tests add partners of their own (dozens may outrank the demo's); among the demo's partners:
        List<Map<String, Object>> demo = json.<Map<String, Object>>getList("results").stream()
                .filter(r -> ((Map<String, Object>) r.get("organization")).get("id").toString().startsWith("0a000000"))
                .toList();
        Map<String, Object> first = demo.get(0);
        Map<String, Object> best = (Map<String, Object>) first.get("best");
        assertThat(((Map<String, Object>) first.get("organization")).get("name")).isEqualTo("East African Community Services");
        assertThat((List<String>) best.get("reasons")).contains("Staff speak Somali (1 of 1 requested)");
        assertThat(((List<Map<String, Object>>) best.get("factors")).stream().map(f -> f.get("factor")))
                .contains("category", "text", "languages", "timing", "distance", "cost", "capacity", "cultural_fit",
                        "track_record", "priority", "grades");
        double second = ((Number) ((Map<String, Object>) demo.get(1).get("best")).get("score")).doubleValue();
        assertThat(((Number) best.get("score")).doubleValue()).isGreaterThan(second);
        // the suspended test-prep organization never appears
        assertThat(json.getList("results.organization.name", String.class)).noneMatch(n -> n.contains("Quickstart"));
    }

    @Test
    void hardConstraintsHoldWhateverTheWeights() {
        Scene s = scene();
        // an offering of the same organization that breaks one constraint each
        Map<String, Object> wrongGrades = Api.offering();
        wrongGrades.put("gradeLow", 0);
        wrongGrades.put("gradeHigh", 3);
        Map<String, Object> wrongCategory = Api.offering();
        wrongCategory.put("categories", List.of("music"));
        Map<String, Object> full = Api.offering();
        full.put("capacity", 0);
        Map<String, Object> inactive = Api.offering();
        inactive.put("active", false);
        List<String> bad = new java.util.ArrayList<>();
        for (Map<String, Object> body : List.of(wrongGrades, wrongCategory, full, inactive)) {
            bad.add(district().body(body).post("/api/v1/organizations/" + s.organization() + "/offerings")
                    .then().statusCode(201).extract().path("id"));
        }
        UUID far = Api.createOrganization(true);
        Map<String, Object> farOrg = Api.organization();
        farOrg.put("latitude", 47.75);
        farOrg.put("longitude", -122.35);
        farOrg.put("serviceRadiusKm", 2);
        farOrg.put("serviceRegions", List.of("North"));
        district().header("If-Match", "*").body(farOrg).put("/api/v1/organizations/" + far).then().statusCode(200);
        bad.add(Api.createOffering(far).toString());
        UUID offering = Api.createOffering(far);
        Map<String, Object> virtual = Api.offering();
        virtual.put("modality", "virtual");
        String virtualId = district().body(virtual).post("/api/v1/organizations/" + far + "/offerings").then()
                .statusCode(201).extract().path("id");
        Index.awaitCandidate(matching.index(), UUID.fromString(virtualId));

        for (String weights : List.of("", "weight.category=0&weight.grades=0&weight.distance=0&weight.capacity=0",
                "weight.text=100")) {
            JsonPath json = district().get("/api/v1/needs/" + s.need() + "/matches?limit=100&" + weights)
                    .then().statusCode(200).extract().jsonPath();
            List<String> offered = new java.util.ArrayList<>(json.getList("results.best.offeringId", String.class));
            offered.addAll(json.getList("results.others.flatten().offeringId", String.class));
            assertThat(offered).contains(s.offering().toString(), virtualId).doesNotContainAnyElementsOf(bad)
                    .doesNotContain(offering.toString());
        }
    }

    @Test
    void aSiblingCategoryOfferingIsAWeakerMatchExplainedAsARelatedCategory() {
        Scene s = scene(); // a math need and an exact math offering
        UUID otherOrg = Api.createOrganization(true);
        Map<String, Object> literacy = Api.offering();
        literacy.put("categories", List.of("literacy"));
        String siblingId = district().body(literacy).post("/api/v1/organizations/" + otherOrg + "/offerings")
                .then().statusCode(201).extract().path("id");
        Index.awaitCandidate(matching.index(), UUID.fromString(siblingId));

        List<Map<String, Object>> results = district().get("/api/v1/needs/" + s.need() + "/matches?limit=100")
                .then().statusCode(200).extract().jsonPath().getList("results");
        Map<String, Object> exact = bestOf(results, s.offering().toString());
        Map<String, Object> sibling = bestOf(results, siblingId);
        assertThat((List<String>) sibling.get("reasons"))
                .contains("Related category: Reading and literacy (you asked for Math tutoring)");
        assertThat((List<String>) exact.get("reasons")).contains("Exact category: Math tutoring");
        assertThat(((Number) exact.get("score")).doubleValue())
                .isGreaterThan(((Number) sibling.get("score")).doubleValue());
    }

    @Test
    void aHouseholdNeedForYoungerSiblingsMatchesOfferingsOnItsOwnGradesNotTheSchools() {
        UUID school = Api.createSchool(); // grades 6-8
        Map<String, Object> need = Api.need();
        need.put("category", "early-learning");
        need.put("title", "Play and learn group for students' younger siblings");
        need.put("description", "Families of our middle schoolers ask for a preschool play group.");
        need.put("gradeLow", -1);
        need.put("gradeHigh", 0);
        String needId = district().body(need).post("/api/v1/schools/" + school + "/needs").then().statusCode(201)
                .extract().path("id");
        UUID org = Api.createOrganization(true);
        Map<String, Object> preschool = Api.offering();
        preschool.put("categories", List.of("early-learning"));
        preschool.put("gradeLow", -1);
        preschool.put("gradeHigh", 0);
        String preschoolId = district().body(preschool).post("/api/v1/organizations/" + org + "/offerings").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> middleSchool = Api.offering(); // grades 6-8, the school's own
        middleSchool.put("categories", List.of("early-learning"));
        String middleId = district().body(middleSchool).post("/api/v1/organizations/" + org + "/offerings").then()
                .statusCode(201).extract().path("id");
        Index.awaitCandidate(matching.index(), UUID.fromString(middleId));

        JsonPath json = as(Tokens.principal(school)).get("/api/v1/needs/" + needId + "/matches?limit=100").then()
                .statusCode(200).extract().jsonPath();
        List<String> offered = new java.util.ArrayList<>(json.getList("results.best.offeringId", String.class));
        offered.addAll(json.getList("results.others.flatten().offeringId", String.class));
        assertThat(offered).contains(preschoolId).doesNotContain(middleId);
        assertThat((List<String>) bestOf(json.getList("results"), preschoolId).get("reasons"))
                .contains("Covers grades PK-K (all requested)", "Exact category: Early learning");
    }

    @Test
    void anAdultEducationNeedMatchesAdultEducationOfferingsOnly() {
        UUID school = Api.createSchool(); // grades 6-8
        Map<String, Object> need = Api.need();
        need.put("category", "family-workshops");
        need.put("title", "English classes for Somali-speaking parents");
        need.put("description", "Parents ask for evening English classes with a Somali-speaking assistant.");
        need.put("gradeLow", 13);
        need.put("gradeHigh", 13);
        need.put("timings", List.of("evening"));
        String needId = district().body(need).post("/api/v1/schools/" + school + "/needs").then().statusCode(201)
                .extract().path("id");
        UUID org = Api.createOrganization(true);
        Map<String, Object> adults = Api.offering();
        adults.put("name", Api.unique("English classes for parents"));
        adults.put("categories", List.of("family-workshops"));
        adults.put("gradeLow", 13);
        adults.put("gradeHigh", 13);
        adults.put("timings", List.of("evening"));
        String adultsId = district().body(adults).post("/api/v1/organizations/" + org + "/offerings").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> students = Api.offering(); // the same workshops for students' grades 6-8
        students.put("categories", List.of("family-workshops"));
        String studentsId = district().body(students).post("/api/v1/organizations/" + org + "/offerings").then()
                .statusCode(201).extract().path("id");
        Index.awaitCandidate(matching.index(), UUID.fromString(studentsId));

        JsonPath json = as(Tokens.principal(school)).get("/api/v1/needs/" + needId + "/matches?limit=100").then()
                .statusCode(200).extract().jsonPath();
        List<String> offered = new java.util.ArrayList<>(json.getList("results.best.offeringId", String.class));
        offered.addAll(json.getList("results.others.flatten().offeringId", String.class));
        assertThat(offered).contains(adultsId).doesNotContain(studentsId);
        assertThat((List<String>) bestOf(json.getList("results"), adultsId).get("reasons"))
                .contains("Covers adult education (all requested)", "Exact category: Family workshops");
    }

    @Test
    void aSchoolsRememberedMatchesFollowAnEditedNeedAtOnceAndKeepTheirAccessRules() {
        UUID school = Api.createSchool();
        Map<String, Object> need = Api.need();
        String needId = district().body(need).post("/api/v1/schools/" + school + "/needs").then().statusCode(201)
                .extract().path("id");
        UUID org = Api.createOrganization(true);
        Index.awaitCandidate(matching.index(), Api.createOffering(org));
        String path = "/api/v1/schools/" + school + "/matches";
        String first = as(Tokens.principal(school)).get(path).then().statusCode(200)
                .contentType(io.restassured.http.ContentType.JSON).extract().asString();
        assertThat(as(Tokens.principal(school)).get(path).then().statusCode(200).extract().asString())
                .isEqualTo(first); // remembered: the same bytes
        assertThat(JsonPath.from(first).getString("results.organization.id")).contains(org.toString());

        need.put("title", "Math tutoring after school, grades 6-8, Somali-speaking tutors");
        district().header("If-Match", Api.etag("/api/v1/needs/" + needId)).body(need).put("/api/v1/needs/" + needId)
                .then().statusCode(200);
        // no wait for the change feed: the need's new version is read with every request
        as(Tokens.principal(school)).get(path).then().statusCode(200)
                .body("openNeeds[0].title", equalTo("Math tutoring after school, grades 6-8, Somali-speaking tutors"));

        as(Tokens.principal(Api.createSchool())).get(path).then().statusCode(403);
        district().get("/api/v1/schools/" + UUID.randomUUID() + "/matches").then().statusCode(404);
        district().get(path + "?weight.category=-1").then().statusCode(400);
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void schoolMatchesAreSentCompressedToClientsThatAcceptGzipAndPlainToOthers() throws Exception {
        UUID school = Api.createSchool();
        district().body(Api.need()).post("/api/v1/schools/" + school + "/needs").then().statusCode(201);
        Index.awaitCandidate(matching.index(), Api.createOffering(Api.createOrganization(true)));
        String path = "api/v1/schools/" + school + "/matches";
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> identity = client.send(java.net.http.HttpRequest.newBuilder(base.toURI()
                .resolve(path)).header("Authorization", "Bearer " + Tokens.principal(school)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()); // no Accept-Encoding at all
        assertThat(identity.statusCode()).isEqualTo(200);
        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(identity.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        String plain = identity.body();
        assertThat(JsonPath.from(plain).getString("schoolId")).isEqualTo(school.toString());
        // the second plain request is sent from the JSON kept outside the heap: the same bytes, with their length
        java.net.http.HttpResponse<String> again = client.send(java.net.http.HttpRequest.newBuilder(base.toURI()
                .resolve(path)).header("Authorization", "Bearer " + Tokens.principal(school)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).isEqualTo(plain);
        assertThat(again.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));

        java.net.http.HttpResponse<byte[]> gzipped = client.send(java.net.http.HttpRequest.newBuilder(base.toURI()
                .resolve(path)).header("Authorization", "Bearer " + Tokens.principal(school))
                .header("Accept-Encoding", "br, gzip;q=0.8").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
        }
        assertThat(gzipped.body().length).isLessThan(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void acceptEncodingIsReadAsHttpSaysIncludingRefusals() {
        assertThat(MatchResource.acceptsGzip(null)).isFalse();
        assertThat(MatchResource.acceptsGzip(List.of("gzip, deflate, br"))).isTrue();
        assertThat(MatchResource.acceptsGzip(List.of("br;q=1.0, GZIP;q=0.5"))).isTrue();
        assertThat(MatchResource.acceptsGzip(List.of("*"))).isTrue();
        assertThat(MatchResource.acceptsGzip(List.of("gzip;q=0", "identity"))).isFalse();
        assertThat(MatchResource.acceptsGzip(List.of("gzip; q=0.000"))).isFalse();
        assertThat(MatchResource.acceptsGzip(List.of("identity, deflate"))).isFalse();
    }

    private static Map<String, Object> bestOf(List<Map<String, Object>> results, String offeringId) {
        return results.stream().map(r -> (Map<String, Object>) r.get("best"))
                .filter(b -> offeringId.equals(b.get("offeringId"))).findFirst()
                .orElseThrow(() -> new AssertionError("offering " + offeringId + " not among the matches"));
    }

    @Test
    void suspendingAnOrganizationRemovesItFromMatches() {
        Scene s = scene();
        district().get("/api/v1/needs/" + s.need() + "/matches").then().statusCode(200)
                .body("results.organization.id", hasItem(s.organization().toString()));
        district().body(Map.of("status", "suspended")).post("/api/v1/organizations/" + s.organization() + "/vetting")
                .then().statusCode(200);
        Index.await(matching.index(), snap -> !snap.candidates().containsKey(s.offering()));
        district().get("/api/v1/needs/" + s.need() + "/matches").then().statusCode(200)
                .body("results.organization.id", not(hasItem(s.organization().toString())));
    }

    @Test
    void schoolMatchesPreferPartnersCoveringSeveralHighPriorityNeeds() {
        UUID school = Api.createSchool();
        Map<String, Object> math = Api.need();
        Map<String, Object> mentoring = Api.need();
        mentoring.put("category", "mentoring");
        mentoring.put("title", "Mentors for 8th graders");
        Map<String, Object> music = Api.need();
        music.put("category", "music");
        music.put("priority", "low");
        music.put("title", "Music after school");
        for (Map<String, Object> need : List.of(math, mentoring, music)) {
            district().body(need).post("/api/v1/schools/" + school + "/needs").then().statusCode(201);
        }
        UUID broad = Api.createOrganization(true);
        Map<String, Object> both = Api.offering();
        both.put("categories", List.of("math", "mentoring"));
        String bothId = district().body(both).post("/api/v1/organizations/" + broad + "/offerings").then()
                .statusCode(201).extract().path("id");
        UUID narrow = Api.createOrganization(true);
        Map<String, Object> musicOffer = Api.offering();
        musicOffer.put("categories", List.of("music"));
        String musicId = district().body(musicOffer).post("/api/v1/organizations/" + narrow + "/offerings").then()
                .statusCode(201).extract().path("id");
        Index.awaitCandidate(matching.index(), UUID.fromString(bothId));
        Index.awaitCandidate(matching.index(), UUID.fromString(musicId));

        JsonPath json = as(Tokens.principal(school)).get("/api/v1/schools/" + school + "/matches?limit=100")
                .then().statusCode(200).extract().jsonPath();
        List<String> ranked = json.getList("results.organization.id", String.class);
        assertThat(ranked).contains(broad.toString(), narrow.toString());
        assertThat(ranked.indexOf(broad.toString())).isLessThan(ranked.indexOf(narrow.toString()));
        Map<String, Object> entry = json.<Map<String, Object>>getList("results").get(ranked.indexOf(broad.toString()));
        List<Map<String, Object>> covered = (List<Map<String, Object>>) entry.get("needs");
        assertThat(covered).hasSize(2);
        assertThat(covered).allSatisfy(c -> assertThat(((Map<String, Object>) c.get("offering")).get("offeringId"))
                .isEqualTo(bothId));
        assertThat(json.getList("openNeeds")).hasSize(3);
    }

    @Test
    void repeatedSchoolMatchesFollowEveryChangeToNeedsAndPartners() {
        Scene s = scene();
        Map<String, Object> mentoring = Api.need();
        mentoring.put("category", "mentoring");
        mentoring.put("title", "Mentors for 8th graders");
        String second = district().body(mentoring).post("/api/v1/schools/" + s.school() + "/needs").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> both = Api.offering();
        both.put("categories", List.of("math", "mentoring"));
        String bothId = district().body(both).post("/api/v1/organizations/" + s.organization() + "/offerings").then()
                .statusCode(201).extract().path("id");
        Index.awaitCandidate(matching.index(), UUID.fromString(bothId));
        String path = "/api/v1/schools/" + s.school() + "/matches?limit=100";

        String first = district().get(path).then().statusCode(200).extract().asString();
        assertThat(district().get(path).then().statusCode(200).extract().asString()).isEqualTo(first);
        assertThat(JsonPath.from(first).getList("results.needs.flatten().needId", String.class))
                .contains(s.need().toString(), second);

        // a need removed: read fresh, so the next answer no longer covers it
        district().delete("/api/v1/needs/" + second).then().statusCode(204);
        JsonPath afterNeed = district().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(afterNeed.getList("openNeeds.id", String.class)).containsExactly(s.need().toString());
        assertThat(afterNeed.getList("results.needs.flatten().needId", String.class)).doesNotContain(second);

        // a partner suspended: gone as soon as the read model has the change
        district().body(Map.of("status", "suspended")).post("/api/v1/organizations/" + s.organization() + "/vetting")
                .then().statusCode(200);
        Index.await(matching.index(), snap -> !snap.candidates().containsKey(s.offering()));
        district().get(path).then().statusCode(200)
                .body("results.organization.id", not(hasItem(s.organization().toString())));
    }

    @Test
    void opportunitiesPutHigherNeedSchoolsFirstAmongEqualFits() {
        UUID org = Api.createOrganization(true);
        Map<String, Object> unusual = Api.offering();
        unusual.put("categories", List.of("career-exploration"));
        unusual.put("modality", "virtual");
        String offering = district().body(unusual).post("/api/v1/organizations/" + org + "/offerings").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> richSchool = Api.school();
        ((Map<String, Object>) richSchool.get("equity")).putAll(Map.of("titleI", false, "freeReducedLunchPercent", 5,
                "englishLearnerPercent", 1, "qualityRank", 5));
        String rich = district().body(richSchool).post("/api/v1/schools").then().statusCode(201).extract().path("id");
        UUID poor = Api.createSchool();
        Map<String, Object> need = Api.need();
        need.put("category", "career-exploration");
        for (String school : List.of(rich, poor.toString())) {
            district().body(need).post("/api/v1/schools/" + school + "/needs").then().statusCode(201);
        }
        Index.awaitCandidate(matching.index(), UUID.fromString(offering));
        Index.await(matching.index(), snap -> snap.openNeeds().values().stream()
                .filter(n -> n.schoolId().toString().equals(rich) || n.schoolId().equals(poor)).count() == 2);
        JsonPath json = as(Tokens.partner(org)).get("/api/v1/organizations/" + org + "/opportunities?limit=100")
                .then().statusCode(200).extract().jsonPath();
        List<String> schools = json.getList("results.school.id", String.class);
        assertThat(schools.indexOf(poor.toString())).isGreaterThanOrEqualTo(0).isLessThan(schools.indexOf(rich));
        assertThat(json.getDouble("results[0].school.needIndex")).isGreaterThan(50);
    }

    @Test
    void accessFollowsOwnership() {
        Scene s = scene();
        Api.anonymous().get("/api/v1/needs/" + s.need() + "/matches").then().statusCode(401);
        as(Tokens.principal(UUID.randomUUID())).get("/api/v1/needs/" + s.need() + "/matches").then().statusCode(403);
        as(Tokens.principal(s.school())).get("/api/v1/needs/" + s.need() + "/matches").then().statusCode(200);
        as(Tokens.partner(s.organization())).get("/api/v1/schools/" + s.school() + "/matches").then().statusCode(403);
        as(Tokens.partner(UUID.randomUUID())).get("/api/v1/organizations/" + s.organization() + "/opportunities")
                .then().statusCode(403);
        as(Tokens.partner(s.organization())).get("/api/v1/organizations/" + s.organization() + "/opportunities")
                .then().statusCode(200).body("results.school.id", hasItem(s.school().toString()));
    }

    @Test
    void badParametersAre400() {
        Scene s = scene();
        district().get("/api/v1/needs/" + s.need() + "/matches?weight.vibes=2").then().statusCode(400)
                .body("violations[0].field", equalTo("weight.vibes"));
        district().get("/api/v1/needs/" + s.need() + "/matches?weight.cost=-1").then().statusCode(400)
                .body("violations[0].field", equalTo("weight.cost"));
        district().get("/api/v1/needs/" + s.need() + "/matches?weight.cost=abc").then().statusCode(400);
        district().get("/api/v1/needs/" + s.need() + "/matches?limit=0").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        district().get("/api/v1/needs/nope/matches").then().statusCode(400);
        district().get("/api/v1/needs/" + UUID.randomUUID() + "/matches").then().statusCode(404);
        String all = "weight.category=0&weight.text=0&weight.grades=0&weight.languages=0&weight.timing=0&weight.distance=0"
                + "&weight.cost=0&weight.capacity=0&weight.cultural_fit=0&weight.track_record=0&weight.priority=0"
                + "&weight.responsiveness=0";
        district().get("/api/v1/needs/" + s.need() + "/matches?" + all).then().statusCode(400);
    }

    @Test
    void weightsCanBeOverriddenPerRequest() {
        Scene s = scene();
        district().get("/api/v1/needs/" + s.need() + "/matches?weight.languages=7.5").then().statusCode(200)
                .body("weights.languages", equalTo(7.5f))
                .body("weights.category", equalTo(3.0f));
    }

    @Test
    void closedNeedsAreNotMatched() {
        Scene s = scene();
        Map<String, Object> body = Api.need();
        body.put("status", "met");
        district().header("If-Match", "*").body(body).put("/api/v1/needs/" + s.need()).then().statusCode(200);
        district().get("/api/v1/needs/" + s.need() + "/matches").then().statusCode(409)
                .contentType("application/problem+json");
    }
}
