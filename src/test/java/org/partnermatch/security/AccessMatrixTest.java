package org.partnermatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.Partnerships;
import org.partnermatch.support.Tokens;

/**
 * Every operation of the served OpenAPI document × every kind of caller, checked against one expected-status
 * table. An operation missing from the table fails the test, so a new endpoint cannot ship unconsidered. Each cell
 * runs on fresh data, and a refused write must leave its target unchanged.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Who { ANONYMOUS, PRINCIPAL_OWN, PRINCIPAL_OTHER, PARTNER_OWN, PARTNER_OTHER, DISTRICT }

    /** Fresh records for one cell: the caller's own school and organization, and someone else's. */
    static final class Fixture {
        final UUID school;
        final UUID otherSchool;
        final UUID need;
        final UUID organization;
        final UUID otherOrganization;
        final UUID offering;
        final String category;
        /** An unused region of the vocabulary (made on first use). */
        private String region;
        private String synonyms;
        /** Made by a row's preparation when its path names one. */
        UUID partnership;
        UUID recognition;
        UUID invitation;
        UUID membership;
        UUID problemReport;

        private Fixture(UUID school, UUID otherSchool, UUID need, UUID organization, UUID otherOrganization,
                        UUID offering, String category) {
            this.school = school;
            this.otherSchool = otherSchool;
            this.need = need;
            this.organization = organization;
            this.otherOrganization = otherOrganization;
            this.offering = offering;
            this.category = category;
        }

        static Fixture create() {
            UUID school = Api.createSchool();
            UUID organization = Api.createOrganization(true);
            String category = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
            Api.district().body(Map.of("code", category, "parentCode", "academic", "name", "Matrix " + category))
                    .post("/api/v1/categories").then().statusCode(201);
            return new Fixture(school, Api.createSchool(), Api.createNeed(school), organization,
                    Api.createOrganization(true), Api.createOffering(organization), category);
        }

        /** A partnership between this school and this organization's offering, brought to {@code state}. */
        Fixture partnership(String state) {
            partnership = new Partnerships.Setup(school, need, organization, offering).inState(state);
            return this;
        }

        /** A recognition story about a completed partnership, published or not. */
        Fixture recognition(boolean published) {
            partnership("completed");
            recognition = UUID.fromString(Api.district().body(Map.of("partnershipId", partnership, "title", "Matrix",
                    "story", "A story.")).post("/api/v1/recognitions").then().statusCode(201).extract().path("id"));
            if (published) {
                Api.district().post("/api/v1/recognitions/" + recognition + "/publish").then().statusCode(200);
            }
            return this;
        }

        /** An invitation of a new principal to this school, made by district staff. */
        Fixture invitation() {
            invitation = UUID.fromString(Api.district().body(invitationTo(school)).post("/api/v1/invitations")
                    .then().statusCode(201).extract().path("id"));
            return this;
        }

        /** A person (an account) who is staff of this school. */
        Fixture membership() {
            UUID user = UUID.randomUUID();
            membership = UUID.randomUUID();
            Db.update("INSERT INTO app_user (id, issuer, subject, email, email_verified) VALUES ('" + user
                    + "', 'https://idp.example.org', '" + user + "', 'staff-" + user + "@example.org', true)");
            Db.update("INSERT INTO membership (id, user_id, scope, school_id, role, created_by) VALUES ('" + membership
                    + "', '" + user + "', 'school', '" + school + "', 'staff', 'matrix')");
            return this;
        }

        /** An open problem report on this organization's listing, sent anonymously. */
        Fixture problemReport() {
            problemReport = UUID.fromString(Api.anonymous().body(Map.of("organizationId", organization, "kind",
                    "contact", "message", "The phone number is wrong.")).post("/api/v1/problem-reports").then()
                    .statusCode(201).extract().path("id"));
            return this;
        }

        Fixture webhooks() {
            Map<String, Object> hook = Map.of("url", "http://127.0.0.1:9/hook", "secret", "s".repeat(32));
            Api.district().body(hook).put("/api/v1/schools/" + school + "/webhook").then().statusCode(200);
            Api.district().body(hook).put("/api/v1/organizations/" + organization + "/webhook").then().statusCode(200);
            return this;
        }

        Fixture onboardingItem() {
            Api.district().body(Map.of("expiresOn", "2030-01-01"))
                    .put("/api/v1/organizations/" + organization + "/onboarding-items/insurance").then().statusCode(200);
            return this;
        }

        /** A synonym group of its own, made on first use (fuzzed bodies change it, never the shipped list). */
        String synonyms() {
            if (synonyms == null) {
                synonyms = Api.district().body(Map.of("terms", List.of(Api.unique("matrix"), Api.unique("matrix"))))
                        .post("/api/v1/search/synonyms").then().statusCode(201).extract().path("id");
            }
            return synonyms;
        }

        String region() {
            if (region == null) {
                region = Api.region(Api.unique("Matrix Region"));
            }
            return region;
        }

        String token(Who who) {
            return switch (who) {
                case ANONYMOUS -> null;
                case PRINCIPAL_OWN -> Tokens.principal(school);
                case PRINCIPAL_OTHER -> Tokens.principal(otherSchool);
                case PARTNER_OWN -> Tokens.partner(organization);
                case PARTNER_OTHER -> Tokens.partner(otherOrganization);
                case DISTRICT -> Tokens.district();
            };
        }

        String fill(String template) {
            return template.replace("{schoolId}", school.toString())
                    .replace("{organizationId}", organization.toString())
                    .replace("{code}", category)
                    .replace("/regions/{id}", template.contains("/regions/{id}") ? "/regions/" + region() : "")
                    .replace("/search/synonyms/{id}", template.contains("/search/synonyms/{id}")
                            ? "/search/synonyms/" + synonyms() : "")
                    .replace("{kind}", "insurance")
                    .replace("/schools/{id}", "/schools/" + school)
                    .replace("/needs/{id}", "/needs/" + need)
                    .replace("/organizations/{id}", "/organizations/" + organization)
                    .replace("/offerings/{id}", "/offerings/" + offering)
                    .replace("/partnerships/{id}", "/partnerships/" + partnership)
                    .replace("/recognitions/{id}", "/recognitions/" + recognition)
                    .replace("/invitations/{id}", "/invitations/" + invitation)
                    .replace("/memberships/{id}", "/memberships/" + membership)
                    .replace("/allocations/{id}", "/allocations/" + UUID.randomUUID())
                    .replace("/problem-reports/{id}", "/problem-reports/" + problemReport);
        }
    }

    /** A CSV body (imports), sent as text/csv. */
    record Csv(String text) {
    }

    record Expectation(int[] statuses, Consumer<Fixture> prepare, Function<Fixture, Object> body) {
        int status(Who who) {
            return statuses[who.ordinal()];
        }
    }

    /** Also drives {@link ContractFuzzTest}: each row's preparation and valid body are its starting point. */
    static final Map<String, Expectation> TABLE = new LinkedHashMap<>();

    //                 anonymous, principal own, principal other, partner own, partner other, district
    static {
        allow("GET /api/v1/categories", 200, 200, 200, 200, 200, 200);
        allow("POST /api/v1/categories", f -> Map.of("code", "m-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "New term"), 401, 403, 403, 403, 403, 201);
        allow("GET /api/v1/categories/{code}", 200, 200, 200, 200, 200, 200);
        allow("PUT /api/v1/categories/{code}", f -> Map.of("parentCode", "academic", "name", "Renamed"),
                401, 403, 403, 403, 403, 200);
        allow("DELETE /api/v1/categories/{code}", 401, 403, 403, 403, 403, 204);

        allow("GET /api/v1/regions", 200, 200, 200, 200, 200, 200);
        allow("POST /api/v1/regions", f -> Map.of("name", Api.unique("New Region"), "zipCodes", List.of()),
                401, 403, 403, 403, 403, 201);
        allow("GET /api/v1/regions/{id}", 200, 200, 200, 200, 200, 200);
        allow("PUT /api/v1/regions/{id}", f -> Map.of("name", Api.unique("Renamed Region")),
                401, 403, 403, 403, 403, 200);
        allow("DELETE /api/v1/regions/{id}", 401, 403, 403, 403, 403, 204);

        allow("GET /api/v1/search/synonyms", 401, 403, 403, 403, 403, 200);
        allow("POST /api/v1/search/synonyms", f -> Map.of("terms", List.of(Api.unique("matrix"), Api.unique("matrix"))),
                401, 403, 403, 403, 403, 201);
        allow("GET /api/v1/search/synonyms/{id}", 401, 403, 403, 403, 403, 200);
        allow("PUT /api/v1/search/synonyms/{id}", f -> Map.of("terms", List.of(Api.unique("matrix"), Api.unique("matrix"))),
                401, 403, 403, 403, 403, 200);
        allow("DELETE /api/v1/search/synonyms/{id}", 401, 403, 403, 403, 403, 204);
        allow("GET /api/v1/search/analytics", 401, 403, 403, 403, 403, 200);

        allow("GET /api/v1/schools", 200, 200, 200, 200, 200, 200);
        allow("POST /api/v1/schools", f -> Api.school(), 401, 403, 403, 403, 403, 201);
        allow("GET /api/v1/schools/{id}", 200, 200, 200, 200, 200, 200);
        allow("PUT /api/v1/schools/{id}", f -> Api.school(), 401, 200, 403, 403, 403, 200);
        allow("DELETE /api/v1/schools/{id}", 401, 403, 403, 403, 403, 204);

        allow("GET /api/v1/schools/{schoolId}/needs", 200, 200, 200, 200, 200, 200);
        allow("POST /api/v1/schools/{schoolId}/needs", f -> Api.need(), 401, 201, 403, 403, 403, 201);
        allow("GET /api/v1/needs", 200, 200, 200, 200, 200, 200);
        allow("GET /api/v1/needs/{id}", 200, 200, 200, 200, 200, 200);
        allow("PUT /api/v1/needs/{id}", f -> Api.need(), 401, 200, 403, 403, 403, 200);
        allow("DELETE /api/v1/needs/{id}", 401, 204, 403, 403, 403, 204);

        allow("GET /api/v1/organizations", 200, 200, 200, 200, 200, 200);
        // A partner token's organization_id names an organization that already exists here, hence 409.
        allow("POST /api/v1/organizations", f -> Api.organization(), 401, 403, 403, 409, 409, 201);
        allow("GET /api/v1/organizations/{id}", 200, 200, 200, 200, 200, 200);
        allow("PUT /api/v1/organizations/{id}", f -> Api.organization(), 401, 403, 403, 200, 403, 200);
        allow("DELETE /api/v1/organizations/{id}", 401, 403, 403, 403, 403, 204);
        allow("POST /api/v1/organizations/{id}/verification", 401, 403, 403, 200, 403, 200);
        allow("POST /api/v1/organizations/{id}/vetting", f -> Map.of("status", "suspended"), 401, 403, 403, 403, 403, 200);
        allow("GET /api/v1/organizations/{organizationId}/offerings", 200, 200, 200, 200, 200, 200);
        allow("POST /api/v1/organizations/{organizationId}/offerings", f -> Api.offering(), 401, 403, 403, 201, 403, 201);

        allow("GET /api/v1/offerings", 200, 200, 200, 200, 200, 200);
        allow("GET /api/v1/offerings/{id}", 200, 200, 200, 200, 200, 200);
        allow("PUT /api/v1/offerings/{id}", f -> Api.offering(), 401, 403, 403, 200, 403, 200);
        allow("DELETE /api/v1/offerings/{id}", 401, 403, 403, 204, 403, 204);
        allow("POST /api/v1/offerings/{id}/verification", 401, 403, 403, 200, 403, 200);
        // Without organizationId a partner sees its own organization's stale listings.
        allow("GET /api/v1/listings/stale", 401, 403, 403, 200, 200, 200);
        // Anyone may report a problem with a public listing; its organization's staff and the district handle it.
        allow("POST /api/v1/problem-reports", f -> Map.of("organizationId", f.organization, "kind", "times",
                "message", "The times changed."), 201, 201, 201, 201, 201, 201);
        allow("GET /api/v1/problem-reports", 401, 403, 403, 200, 200, 200);
        prepared("GET /api/v1/problem-reports/{id}", f -> f.problemReport(), null, 401, 403, 403, 200, 404, 200);
        prepared("POST /api/v1/problem-reports/{id}/resolution", f -> f.problemReport(),
                f -> Map.of("resolution", "fixed"), 401, 403, 403, 200, 404, 200);

        allow("GET /api/v1/audit", 401, 403, 403, 403, 403, 200);

        allow("GET /api/v1/needs/{id}/matches", 401, 200, 403, 403, 403, 200);
        allow("GET /api/v1/schools/{id}/matches", 401, 200, 403, 403, 403, 200);
        allow("GET /api/v1/organizations/{id}/opportunities", 401, 403, 403, 200, 403, 200);
        // Partnerships: non-parties get 404 (whether two parties work together is not public); a party asking
        // for the other side's move, or a role that never may, gets 403.
        Function<Fixture, Object> reason = f -> Map.of("reason", "Matrix reason");
        allow("POST /api/v1/partnerships", f -> Partnerships.body(f.school, f.offering, f.need, 5),
                401, 201, 403, 403, 403, 201);
        allow("GET /api/v1/partnerships", 401, 200, 200, 200, 200, 200);
        prepared("GET /api/v1/partnerships/{id}", f -> f.partnership("requested"), null, 401, 200, 404, 200, 404, 200);
        prepared("POST /api/v1/partnerships/{id}/accept", f -> f.partnership("requested"), null,
                401, 403, 403, 200, 404, 200);
        prepared("POST /api/v1/partnerships/{id}/decline", f -> f.partnership("requested"), reason,
                401, 403, 403, 200, 404, 200);
        Function<Fixture, Object> plan = f -> Map.of("outcomes", List.of(Map.of("measure", "Students attending",
                "target", 10, "unit", "students")));
        prepared("GET /api/v1/partnerships/{id}/outcomes", f -> f.partnership("active"), null,
                401, 200, 404, 200, 404, 200);
        prepared("PUT /api/v1/partnerships/{id}/outcomes", f -> f.partnership("accepted"), plan,
                401, 200, 404, 200, 404, 200);
        prepared("PUT /api/v1/partnerships/{id}/actuals", f -> f.partnership("active"),
                f -> Map.of("studentsServed", 5), 401, 200, 404, 200, 404, 200);
        prepared("POST /api/v1/partnerships/{id}/approve", f -> f.partnership("requested"), null,
                401, 200, 404, 403, 403, 403);
        prepared("POST /api/v1/partnerships/{id}/start", f -> f.partnership("accepted"), null,
                401, 200, 404, 200, 404, 200);
        prepared("POST /api/v1/partnerships/{id}/complete", f -> f.partnership("active"), null,
                401, 200, 404, 200, 404, 200);
        prepared("POST /api/v1/partnerships/{id}/cancel", f -> f.partnership("requested"), reason,
                401, 200, 404, 200, 404, 200);
        prepared("GET /api/v1/partnerships/{id}/events", f -> f.partnership("requested"), null,
                401, 200, 404, 200, 404, 200);
        prepared("POST /api/v1/partnerships/{id}/feedback", f -> f.partnership("active"), f -> Map.of("rating", 5),
                401, 201, 404, 201, 404, 403);
        prepared("GET /api/v1/partnerships/{id}/feedback", f -> f.partnership("active"), null,
                401, 200, 404, 200, 404, 200);
        allow("GET /api/v1/feedback", 401, 403, 403, 403, 403, 200);
        allow("GET /api/v1/organizations/{id}/track-record", 200, 200, 200, 200, 200, 200);

        allow("GET /api/v1/recognitions", 200, 200, 200, 200, 200, 200);
        prepared("POST /api/v1/recognitions", f -> f.partnership("completed"),
                f -> Map.of("partnershipId", f.partnership, "title", "Matrix", "story", "A story."),
                401, 201, 404, 201, 404, 201);
        allow("GET /api/v1/recognitions/nominations", 401, 403, 403, 403, 403, 200);
        prepared("GET /api/v1/recognitions/{id}", f -> f.recognition(true), null, 200, 200, 200, 200, 200, 200);
        prepared("POST /api/v1/recognitions/{id}/publish", f -> f.recognition(false), null,
                401, 403, 403, 403, 403, 200);

        // Accounts: service tokens have no account (GET /me, accepting: 403); their claims still manage members.
        allow("GET /api/v1/me", 401, 403, 403, 403, 403, 403);
        allow("GET /api/v1/district/members", 401, 403, 403, 403, 403, 200);
        allow("GET /api/v1/schools/{id}/members", 401, 200, 403, 403, 403, 200);
        allow("GET /api/v1/organizations/{id}/members", 401, 403, 403, 200, 403, 200);
        allow("GET /api/v1/district/invitations", 401, 403, 403, 403, 403, 200);
        allow("GET /api/v1/schools/{id}/invitations", 401, 200, 403, 403, 403, 200);
        allow("GET /api/v1/organizations/{id}/invitations", 401, 403, 403, 200, 403, 200);
        allow("POST /api/v1/invitations", f -> invitationTo(f.school), 401, 201, 403, 403, 403, 201);
        prepared("GET /api/v1/invitations/{id}", Fixture::invitation, null, 401, 200, 404, 404, 404, 200);
        prepared("DELETE /api/v1/invitations/{id}", Fixture::invitation, null, 401, 204, 404, 404, 404, 204);
        allow("POST /api/v1/invitations/accept", f -> Map.of("token", "0".repeat(64)), 401, 403, 403, 403, 403, 403);
        prepared("DELETE /api/v1/memberships/{id}", Fixture::membership, null, 401, 204, 404, 404, 404, 204);
        // E-mail settings belong to a person with a verified address: service tokens have none.
        allow("GET /api/v1/me/notification-preferences", 401, 403, 403, 403, 403, 403);
        allow("PUT /api/v1/me/notification-preferences", f -> Map.of("preferences", Map.of("needs_digest", true)),
                401, 403, 403, 403, 403, 403);

        Function<Fixture, Object> hook = f -> Map.of("url", "http://127.0.0.1:9/other", "secret", "t".repeat(32));
        prepared("GET /api/v1/schools/{id}/webhook", Fixture::webhooks, null, 401, 200, 403, 403, 403, 200);
        allow("PUT /api/v1/schools/{id}/webhook", hook, 401, 200, 403, 403, 403, 200);
        prepared("DELETE /api/v1/schools/{id}/webhook", Fixture::webhooks, null, 401, 204, 403, 403, 403, 204);
        prepared("GET /api/v1/organizations/{id}/webhook", Fixture::webhooks, null, 401, 403, 403, 200, 403, 200);
        allow("PUT /api/v1/organizations/{id}/webhook", hook, 401, 403, 403, 200, 403, 200);
        prepared("DELETE /api/v1/organizations/{id}/webhook", Fixture::webhooks, null, 401, 403, 403, 204, 403, 204);

        allow("GET /api/v1/organizations/{id}/onboarding-items", 401, 403, 403, 200, 403, 200);
        allow("PUT /api/v1/organizations/{id}/onboarding-items/{kind}", f -> Map.of("expiresOn", "2030-06-30"),
                401, 403, 403, 403, 403, 200);
        prepared("DELETE /api/v1/organizations/{id}/onboarding-items/{kind}", Fixture::onboardingItem, null,
                401, 403, 403, 403, 403, 204);
        allow("GET /api/v1/reports/onboarding-flags", 401, 403, 403, 403, 403, 200);

        allow("GET /api/v1/reports/coverage", 401, 403, 403, 403, 403, 200);
        allow("GET /api/v1/reports/equity", 401, 403, 403, 403, 403, 200);
        allow("GET /api/v1/reports/annual", 401, 403, 403, 403, 403, 200);
        allow("GET /api/v1/reports/incomplete-equity", 401, 403, 403, 403, 403, 200);
        allow("POST /api/v1/allocations", f -> Map.of("schoolIds", List.of(f.school)), 401, 403, 403, 403, 403, 201);
        // no such job: district staff learn that, nobody else may ask
        allow("GET /api/v1/allocations/{id}", 401, 403, 403, 403, 403, 404);
        allow("POST /api/v1/allocations/{id}/requests", f -> Map.of("startDate", "2027-02-01", "endDate", "2027-06-15"),
                401, 403, 403, 403, 403, 404);

        allow("POST /api/v1/imports/schools", f -> new Csv("name,grades,lat,lon,region,enrollment,title i,frl,ell\n"
                + Api.unique("Matrix School") + ",K-5,47.5,-122.3,Southeast,100,no,10,5\n"), 401, 403, 403, 403, 403, 200);
        allow("POST /api/v1/imports/school-equity", f -> new Csv("id,enrollment\n" + f.school + ",321\n"),
                401, 403, 403, 403, 403, 200);
        allow("POST /api/v1/imports/organizations", f -> new Csv("name\n" + Api.unique("Matrix Org") + "\n"),
                401, 403, 403, 403, 403, 200);
        allow("POST /api/v1/imports/hsds", f -> List.of(Map.of("id", "matrix-" + UUID.randomUUID(),
                "name", Api.unique("Matrix HSDS Org"))), 401, 403, 403, 403, 403, 200);
        allow("GET /api/v1/imports/hsds/taxonomy-mapping", 401, 403, 403, 403, 403, 200);
        // The mapping as it is: replacing it with itself changes nothing other tests rely on.
        allow("PUT /api/v1/imports/hsds/taxonomy-mapping", f -> Api.district()
                .get("/api/v1/imports/hsds/taxonomy-mapping").then().extract().as(Map.class),
                401, 403, 403, 403, 403, 200);
        // The HSDS export is the public directory (approved organizations, active offerings, no contact persons).
        allow("GET /api/v1/exports/hsds/organizations", 200, 200, 200, 200, 200, 200);
        allow("GET /api/v1/exports/hsds/services", 200, 200, 200, 200, 200, 200);
    }

    static Map<String, Object> invitationTo(UUID school) {
        return Map.of("email", "invited-" + UUID.randomUUID() + "@example.org", "scope", "school", "schoolId", school,
                "role", "principal");
    }

    private static void allow(String operation, int... statuses) {
        TABLE.put(operation, new Expectation(statuses, f -> { }, f -> null));
    }

    private static void allow(String operation, Function<Fixture, Object> body, int... statuses) {
        TABLE.put(operation, new Expectation(statuses, f -> { }, body));
    }

    /** A row whose target must exist first (a partnership in some state, webhook settings, ...). */
    private static void prepared(String operation, Consumer<Fixture> prepare, Function<Fixture, Object> body,
                                 int... statuses) {
        TABLE.put(operation, new Expectation(statuses, prepare, body == null ? f -> null : body));
    }

    @Test
    void everyOperationIsInTheTable() {
        TreeSet<String> missing = new TreeSet<>(servedOperations());
        missing.removeAll(TABLE.keySet());
        assertThat(missing).as("operations in the OpenAPI document without an access expectation").isEmpty();
        TreeSet<String> stale = new TreeSet<>(TABLE.keySet());
        stale.removeAll(servedOperations());
        assertThat(stale).as("table rows for operations the service no longer has").isEmpty();
    }

    @Test
    void everyCellMatches() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Expectation> row : TABLE.entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String template = row.getKey().substring(row.getKey().indexOf(' ') + 1);
            Fixture shared = null;
            for (Who who : Who.values()) {
                Fixture fixture = shared;
                if (fixture == null) {
                    fixture = Fixture.create();
                    row.getValue().prepare().accept(fixture);
                    // a read changes nothing, so a GET row's roles share one fixture; a write gets a fresh one per role
                    shared = method.equals("GET") ? fixture : null;
                }
                String path = fixture.fill(template);
                String before = method.equals("GET") ? null : state(path);
                RequestSpecification request = Api.as(fixture.token(who)).header("If-Match", "*");
                Object body = row.getValue().body().apply(fixture);
                if (body instanceof Csv csv) {
                    request.contentType("text/csv").body(csv.text());
                } else if (body != null) {
                    request.body(body);
                }
                Response response = request.request(method, path);
                int expected = row.getValue().status(who);
                if (response.statusCode() != expected) {
                    failures.add(row.getKey() + " as " + who + ": expected " + expected + " got "
                            + response.statusCode() + " " + response.asString());
                    continue;
                }
                if (response.statusCode() == 201 && response.header("Location") == null) {
                    failures.add(row.getKey() + " as " + who + ": 201 without Location (the contract declares it)");
                }
                if (response.statusCode() == 401 && response.header("WWW-Authenticate") == null) {
                    failures.add(row.getKey() + " as " + who + ": 401 without WWW-Authenticate (the contract declares it)");
                }
                if (expected >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    failures.add(row.getKey() + " as " + who + ": error without problem+json");
                }
                if ((expected == 401 || expected == 403) && before != null && !before.equals(state(path))) {
                    failures.add(row.getKey() + " as " + who + ": refused, yet the target changed");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The target's current version (or absence), as district staff see it; null for collection paths. */
    private static String state(String path) {
        Response read = Api.district().get(path);
        if (read.statusCode() == 404) {
            return "absent";
        }
        String etag = read.header("ETag");
        return etag == null ? null : etag;
    }

    private static List<String> servedOperations() {
        JsonPath json = new JsonPath(given().queryParam("format", "json").get("/q/openapi").asString());
        Map<String, Map<String, Object>> paths = json.getMap("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.keySet().forEach(method -> operations.add(method.toUpperCase() + " " + path));
            }
        });
        return operations;
    }
}
