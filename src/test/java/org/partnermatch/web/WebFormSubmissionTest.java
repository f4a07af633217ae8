package org.partnermatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Tokens;

/**
 * What each form post answers, over plain HTTP: a valid post redirects (303) to its result; a form that does not
 * read or validate, or that the service refuses with a problem about the request, comes back as the same page with
 * the problem shown (400, "Please check the form"); a refusal (403) or an unknown or malformed target is the error
 * page with the problem's status; a post without the CSRF token is the "Form expired" page (403).
 */
@QuarkusTest
class WebFormSubmissionTest {

    private static String csrf;

    /** A CSRF token the service signed (see CsrfTokens), fetched once. */
    private static String csrf() {
        if (csrf == null) {
            csrf = org.partnermatch.support.WebCsrf.token();
        }
        return csrf;
    }
    private static final String FORM_AGAIN = "Please check the form";

    @Test
    void editingANeed() {
        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        String principal = Tokens.principal(school);
        int version = Api.district().get("/api/v1/needs/" + need).then().statusCode(200).extract().path("version");

        // a version someone else has moved past: the service's 412 is shown on the form
        needForm(principal, version + 5).post("/needs/" + need).then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("Math tutoring after school"));
        // a field that does not read
        form(principal).formParams(with(needFields(version), "gradeLow", "six")).post("/needs/" + need).then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("id=\"gradeLow-error\""));
        // another school's principal: the refusal page with its 403 (not the form, which nothing could fix)
        needForm(Tokens.principal(Api.createSchool()), version).post("/needs/" + need).then().statusCode(403)
                .body(not(containsString(FORM_AGAIN)), containsString("this school&#39;s principal"));
        // ... also when the form would be shown again (a field that does not read): never another school's need
        String stranger = Tokens.principal(Api.createSchool());
        form(stranger).formParams(with(needFields(version), "gradeLow", "six")).post("/needs/" + need).then()
                .statusCode(403).body(not(containsString(FORM_AGAIN)), not(containsString("Math tutoring after school")));
        needForm(principal, version).post("/needs/not-an-id").then().statusCode(400)
                .body(not(containsString(FORM_AGAIN)));

        needForm(principal, version).post("/needs/" + need).then().statusCode(303)
                .header("Location", endsWith("/needs/" + need + "?saved"));
    }

    @Test
    void languagesAreWrittenByNameInEnglishOrInTheLanguageItself() {
        UUID school = Api.createSchool();
        UUID need = Api.createNeed(school);
        String principal = Tokens.principal(school);
        int version = Api.district().get("/api/v1/needs/" + need).then().statusCode(200).extract().path("version");

        form(principal).formParams(with(needFields(version), "languages", "Somali, Klingonish, so")).post("/needs/" + need)
                .then().statusCode(400).body(containsString(FORM_AGAIN), containsString("id=\"languages-error\""),
                        containsString("We do not know the language &quot;Klingonish&quot;"));
        // as a browser posts the form: UTF-8
        form(principal).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(with(needFields(version), "languages", "Somali, ESPANOL, Soomaali, Tiếng Việt, am"))
                .post("/needs/" + need).then().log().ifValidationFails().statusCode(303);
        assertThat(Db.text("SELECT array_to_string(languages, ',') FROM need WHERE id = '" + need + "'"))
                .isEqualTo("so,es,vi,am");
        // The form shows them by name again.
        given().cookie(WebCookies.SESSION, principal).get("/needs/" + need).then().statusCode(200)
                .body(containsString("value=\"Somali, Spanish, Vietnamese, Amharic\""));
    }

    /** The grade pickers offer AE (adult education) for parents; only household categories accept it. */
    @Test
    void adultEducationIsOfferedInTheGradePickerAndHeldToHouseholdCategories() {
        UUID school = Api.createSchool();
        String principal = Tokens.principal(school);
        given().cookie(WebCookies.SESSION, principal).get("/schools/" + school).then().statusCode(200)
                .body(containsString("<option value=\"13\""), containsString("AE (adult education)"));
        form(principal).formParams(with(with(needFields(0), "gradeLow", "13"), "gradeHigh", "13"))
                .post("/schools/" + school + "/needs").then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("AE (adult education) is only for household-level"));
        Map<String, String> parents = with(with(with(needFields(0), "gradeLow", "13"), "gradeHigh", "13"),
                "category", "family-workshops");
        form(principal).formParams(with(parents, "title", "English classes for parents"))
                .post("/schools/" + school + "/needs").then().statusCode(303);
        assertThat(Db.text("SELECT grade_low || '-' || grade_high FROM need WHERE school_id = '" + school + "'"))
                .isEqualTo("13-13");
    }

    /** Issue 16, item 11: forms refuse control characters as the API does, next to the field, and store nothing. */
    @Test
    void controlCharactersAreShownOnTheFieldAndNotStored() {
        UUID school = Api.createSchool();
        String title = Api.unique("Reading\u0001 buddies");
        form(Tokens.principal(school)).formParams(with(needFields(0), "title", title)).post("/schools/" + school + "/needs")
                .then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("id=\"title-error\""),
                        containsString("must not contain control characters (U+0001 at character 8)"));
        assertThat(Db.number("SELECT count(*) FROM need WHERE school_id = '" + school + "'")).isZero();

        UUID organization = Api.createOrganization(true);
        form(Tokens.partner(organization)).formParams(with(offeringFields(), "description", "Small\u007F groups"))
                .post("/organizations/" + organization + "/offerings/new").then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("id=\"description-error\""),
                        containsString("U+007F"));
        // tabs and line breaks are text
        form(Tokens.partner(organization)).formParams(with(offeringFields(), "description", "Small groups:\r\n\tmath"))
                .post("/organizations/" + organization + "/offerings/new").then().statusCode(303);
    }

    @Test
    void stateANeedForAnUnknownSchool() {
        form(Tokens.district()).formParam("title", "Reading buddies").post("/schools/" + UUID.randomUUID() + "/needs")
                .then().statusCode(404).body(not(containsString(FORM_AGAIN)));
    }

    @Test
    void registeringAndEditingAnOrganization() {
        Map<String, Object> taken = Api.organization();
        UUID existing = UUID.fromString(Api.district().body(taken).post("/api/v1/organizations").then()
                .statusCode(201).extract().path("id"));

        // the service's 409 (the name is taken) is shown on the form
        organizationForm(Tokens.newPartner(), (String) taken.get("name")).post("/organizations/register").then()
                .statusCode(400).body(containsString(FORM_AGAIN), containsString("already registered"));
        // latitude without longitude: the service's field problem lands next to the field
        organizationForm(Tokens.newPartner(), Api.unique("Half placed")).formParam("latitude", "47.5")
                .post("/organizations/register").then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("id=\"longitude-error\""));
        String location = organizationForm(Tokens.newPartner(), Api.unique("Registered here"))
                .post("/organizations/register").then().statusCode(303)
                .header("Location", matchesPattern(".*/organizations/[0-9a-f-]{36}/manage\\?registered"))
                .extract().header("Location");
        assertThat(location).doesNotContain(existing.toString());

        // A state by name and a website as people type them; an unknown state is named in plain words.
        organizationForm(Tokens.newPartner(), Api.unique("Plain words")).formParam("address.state", "Washingtn")
                .post("/organizations/register").then().statusCode(400)
                .body(containsString("id=\"address-state-error\""), containsString("We do not know the state"));
        String plain = Api.unique("Plain words");
        organizationForm(Tokens.newPartner(), plain).formParam("address.city", "Seattle")
                .formParam("address.state", "washington").formParam("website", "www.example.org/youth")
                .post("/organizations/register").then().statusCode(303);
        assertThat(Db.text("SELECT state || ' ' || website FROM organization WHERE name = '" + plain + "'"))
                .isEqualTo("WA https://www.example.org/youth");

        // The service radius is typed in the district's miles and kept in km; a zero is refused on the field.
        String near = Api.unique("Near by");
        organizationForm(Tokens.newPartner(), near).formParam("serviceRadius", "0").post("/organizations/register")
                .then().statusCode(400).body(containsString("id=\"serviceRadius-error\""), containsString("more than 0"));
        organizationForm(Tokens.newPartner(), near).formParam("serviceRadius", "5").formParam("address.city", "Seattle")
                .formParam("address.state", "WA").formParam("address.postalCode", "98118")
                .post("/organizations/register").then().statusCode(303);
        assertThat(Db.text("SELECT service_radius_km FROM organization WHERE name = '" + near + "'")).isEqualTo("8.05");

        String partner = Tokens.partner(existing);
        organizationForm(partner, Api.unique("Renamed")).formParam("version", "99").post("/organizations/" + existing + "/edit")
                .then().statusCode(400).body(containsString(FORM_AGAIN));
        organizationForm(partner, Api.unique("Renamed")).formParam("version", "0")
                .post("/organizations/" + UUID.randomUUID() + "/edit").then().statusCode(404)
                .body(not(containsString(FORM_AGAIN)));
        int version = Api.district().get("/api/v1/organizations/" + existing).then().extract().path("version");
        organizationForm(partner, Api.unique("Renamed")).formParam("version", String.valueOf(version))
                .post("/organizations/" + existing + "/edit").then().statusCode(303)
                .header("Location", endsWith("/organizations/" + existing + "/manage?saved"));
    }

    @Test
    void anOfferingsDescriptionInOtherLanguagesFromItsForm() {
        UUID organization = Api.createOrganization(true);
        String partner = Tokens.partner(organization);
        UUID offering = Api.createOffering(organization);
        String page = given().cookie(WebCookies.SESSION, partner).get("/offerings/" + offering + "/edit").then()
                .statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page).contains("name=\"descriptionTranslations.es\"",
                "name=\"descriptionTranslations.so\"", "name=\"descriptionTranslations.zh\"",
                "name=\"descriptionTranslations.am\"").doesNotContain("name=\"descriptionTranslations.en\"");
        int version = Api.district().get("/api/v1/offerings/" + offering).then().extract().path("version");
        form(partner).formParams(with(with(offeringFields(), "descriptionTranslations.es", "Tutoría en grupos pequeños."),
                        "descriptionTranslations.vi", "")).formParam("version", String.valueOf(version))
                .post("/offerings/" + offering + "/edit").then().statusCode(303);
        Api.district().get("/api/v1/offerings/" + offering).then()
                .body("descriptionTranslations", org.hamcrest.Matchers.equalTo(Map.of("es", "Tutoría en grupos pequeños.")));
        // the form shows it again, and a language it does not know is the field's problem
        org.assertj.core.api.Assertions.assertThat(given().cookie(WebCookies.SESSION, partner)
                .get("/offerings/" + offering + "/edit").then().extract().asString()).contains("Tutoría en grupos pequeños.");
        form(partner).formParams(with(offeringFields(), "descriptionTranslations.klingon", "nuqneH"))
                .formParam("version", String.valueOf(version + 1)).post("/offerings/" + offering + "/edit").then()
                .statusCode(400).body(containsString(FORM_AGAIN), containsString("id=\"descriptionTranslations-error\""));
        // another organization's staff cannot
        form(Tokens.partner(Api.createOrganization(true))).formParams(with(offeringFields(), "descriptionTranslations.es", "x"))
                .formParam("version", String.valueOf(version + 1)).post("/offerings/" + offering + "/edit").then()
                .statusCode(403);
    }

    @Test
    void addingAndEditingAnOffering() {
        UUID organization = Api.createOrganization(true);
        String partner = Tokens.partner(organization);

        form(partner).formParams(with(offeringFields(), "capacity", "lots")).post("/organizations/" + organization + "/offerings/new")
                .then().statusCode(400).body(containsString(FORM_AGAIN), containsString("id=\"capacity-error\""));
        offeringForm(partner).post("/organizations/" + UUID.randomUUID() + "/offerings/new").then().statusCode(404)
                .body(not(containsString(FORM_AGAIN)));
        offeringForm(partner).post("/organizations/" + organization + "/offerings/new").then().statusCode(303)
                .header("Location", endsWith("/organizations/" + organization + "/manage?offering-added"));

        UUID offering = Api.createOffering(organization);
        offeringForm(partner).formParam("version", "99").post("/offerings/" + offering + "/edit").then()
                .statusCode(400).body(containsString(FORM_AGAIN));
        int version = Api.district().get("/api/v1/offerings/" + offering).then().extract().path("version");
        offeringForm(partner).formParam("version", String.valueOf(version)).post("/offerings/" + offering + "/edit")
                .then().statusCode(303)
                .header("Location", endsWith("/organizations/" + organization + "/manage?offering-saved"));
    }

    @Test
    void sendingAPartnershipRequest() {
        Partnerships.Setup setup = Partnerships.setup(30, "students");
        String principal = Tokens.principal(setup.school());

        // no offering: nothing to show the form for
        form(principal).formParam("needIds", setup.need().toString()).formParam("studentsToServe", "5")
                .post("/partnerships/new").then().statusCode(400).body(not(containsString(FORM_AGAIN)),
                        containsString("choose an offering"));
        form(principal).formParams(with(requestFields(setup), "studentsToServe", "many")).post("/partnerships/new").then()
                .statusCode(400).body(containsString(FORM_AGAIN), containsString("id=\"studentsToServe-error\""));
        // nothing chosen or filled in: said in the page's words, not the validator's
        Map<String, String> empty = new LinkedHashMap<>(requestFields(setup));
        empty.remove("needIds");
        form(principal).formParams(empty).post("/partnerships/new").then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("Needs: please choose or fill in at least one"),
                        containsString("Students to serve: please fill this in"), not(containsString("must not be")));
        // more students than the offering can take: the service's problem, on the form
        form(principal).formParams(with(requestFields(setup), "studentsToServe", "500")).post("/partnerships/new").then()
                .statusCode(400).body(containsString(FORM_AGAIN));
        form(principal).formParams(with(requestFields(setup), "studentsToServe", "5")).post("/partnerships/new").then()
                .statusCode(303).header("Location", matchesPattern(".*/partnerships/[0-9a-f-]{36}\\?sent"));
    }

    @Test
    void answeringAPartnershipRequest() {
        Partnerships.Setup setup = Partnerships.setup(30, "students");
        UUID request = UUID.fromString(Api.as(Tokens.principal(setup.school()))
                .body(Partnerships.body(setup.school(), setup.offering(), setup.need(), 5))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id"));
        String partner = Tokens.partner(setup.organization());

        form(partner).post("/partnerships/" + request + "/shrug").then().statusCode(404)
                .body(not(containsString(FORM_AGAIN)));
        form(Tokens.principal(setup.school())).post("/partnerships/" + request + "/accept").then().statusCode(403)
                .body(containsString("Not for your role"));
        form(partner).post("/partnerships/" + request + "/decline").then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("id=\"decline-reason-error\""));
        // not yet accepted: the service's 409 is shown on the page
        form(partner).post("/partnerships/" + request + "/complete").then().statusCode(400)
                .body(containsString(FORM_AGAIN));
        form(partner).post("/partnerships/" + request + "/accept").then().statusCode(303)
                .header("Location", endsWith("/partnerships/" + request + "?accept"));
    }

    @Test
    void vettingAnOrganization() {
        UUID organization = Api.createOrganization(false);
        String district = Tokens.district();

        form(district).post("/organizations/" + organization + "/vetting").then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("status"));
        form(district).formParam("status", "approved").post("/organizations/" + UUID.randomUUID() + "/vetting")
                .then().statusCode(404).body(not(containsString(FORM_AGAIN)));
        form(district).formParam("status", "approved").post("/organizations/not-an-id/vetting")
                .then().statusCode(400).body(not(containsString(FORM_AGAIN)));
        form(district).formParam("status", "approved").formParam("note", "on file")
                .post("/organizations/" + organization + "/vetting").then().statusCode(303)
                .header("Location", endsWith("/district?vetted#vetting"));
        assertThat(Db.text("SELECT vetting_status FROM organization WHERE id = '" + organization + "'"))
                .isEqualTo("approved");
    }

    @Test
    void startingAnAllocation() {
        form(Tokens.district()).formParam("minScore", "high").post("/allocations").then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("minScore"));
        form(Tokens.district()).formParam("minScore", "7").post("/allocations").then().statusCode(400)
                .body(containsString(FORM_AGAIN), containsString("minScore"));
    }

    @Test
    void signingInAndOut() {
        form(null).formParam("token", "not-a-token").post("/sign-in").then().statusCode(400)
                .body(containsString(FORM_AGAIN), not(containsString("not-a-token")));
        form(null).formParam("token", Tokens.district()).post("/sign-in").then().statusCode(303)
                .header("Location", endsWith("/district"));
        given().cookie(WebCookies.CSRF, csrf()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/sign-out").then().statusCode(403).body(containsString("Form expired"));
        form(Tokens.district()).post("/sign-out").then().statusCode(303).header("Location", endsWith("/"));
    }

    private static RequestSpecification form(String token) {
        RequestSpecification spec = given().cookie(WebCookies.CSRF, csrf()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", csrf());
        return token == null ? spec : spec.cookie(WebCookies.SESSION, token);
    }

    private static RequestSpecification needForm(String token, int version) {
        return form(token).formParams(needFields(version));
    }

    private static Map<String, String> needFields(int version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "math");
        fields.put("title", "Math tutoring after school");
        fields.put("gradeLow", "6");
        fields.put("gradeHigh", "8");
        fields.put("studentsAffected", "40");
        fields.put("priority", "high");
        fields.put("status", "open");
        fields.put("version", String.valueOf(version));
        return fields;
    }

    private static RequestSpecification organizationForm(String token, String name) {
        return form(token).formParam("name", name).formParam("description", "Tutoring and mentoring.")
                .formParam("staffLanguages", "so, en");
    }

    private static RequestSpecification offeringForm(String token) {
        return form(token).formParams(offeringFields());
    }

    private static Map<String, String> offeringFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", Api.unique("Math club"));
        fields.put("description", "Small-group tutoring.");
        fields.put("categories", "math");
        fields.put("gradeLow", "6");
        fields.put("gradeHigh", "8");
        fields.put("timings", "after_school");
        fields.put("modality", "in_person");
        fields.put("languages", "en");
        fields.put("cost", "free");
        fields.put("capacity", "20");
        fields.put("capacityUnit", "students");
        fields.put("active", "true");
        return fields;
    }

    private static Map<String, String> requestFields(Partnerships.Setup setup) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offeringId", setup.offering().toString());
        fields.put("needIds", setup.need().toString());
        fields.put("message", "Could you help?");
        fields.put("startDate", "2027-02-01");
        fields.put("endDate", "2027-06-15");
        return fields;
    }

    /** The fields with one of them replaced (a repeated form parameter would send both values). */
    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }
}
