package org.partnermatch.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Db;
import org.partnermatch.support.KeycloakProfile;
import org.partnermatch.support.KeycloakServer;
import org.partnermatch.support.Tokens;

/**
 * The API with the provider's access tokens (Keycloak, password grant): powers come from memberships only, given by
 * configuration (the first district administrator), invitations and registering an organization; district service
 * tokens keep working beside them.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class AccountApiTest {

    private static final KeycloakServer KEYCLOAK = KeycloakServer.get();

    /** A fresh person at the provider, with a verified address, and their access token. */
    record Person(String email, String token) {
        static Person fresh(String prefix) {
            String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            KEYCLOAK.createUser(email, "secret-pass", true);
            return new Person(email, KEYCLOAK.accessToken(email, "secret-pass"));
        }
    }

    private static String admin() {
        return KEYCLOAK.accessToken(KeycloakProfile.DISTRICT_ADMIN, KeycloakProfile.DISTRICT_ADMIN_PASSWORD);
    }

    /** Invites {@code email} and answers the invitation's token (the last segment of its link). */
    private static String invite(String inviterToken, String email, String scope, String scopeField, UUID scopeId,
                                 String role) {
        Map<String, Object> body = scopeField == null ? Map.of("email", email, "scope", scope, "role", role)
                : Map.of("email", email, "scope", scope, scopeField, scopeId, "role", role);
        String link = as(inviterToken).body(body).post("/api/v1/invitations").then().statusCode(201)
                .body("state", equalTo("pending")).extract().path("link");
        assertThat(link).matches("http://[^/]+/invitations/[0-9a-f]{64}");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static void accept(String token, String invitation, int status) {
        as(token).body(Map.of("token", invitation)).post("/api/v1/invitations/accept").then().statusCode(status);
    }

    @Test
    void theConfiguredAdministratorIsDistrictStaff() {
        String admin = admin();
        as(admin).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(KeycloakProfile.DISTRICT_ADMIN)).body("district", equalTo(true))
                .body("memberships.scope", hasItem("district"));
        as(admin).get("/api/v1/reports/coverage").then().statusCode(200);
        as(admin).get("/api/v1/district/members").then().statusCode(200)
                .body("email", hasItem(KeycloakProfile.DISTRICT_ADMIN));
    }

    @Test
    void aPersonWithoutMembershipIsAnonymousPlusNothing() {
        Person nobody = Person.fresh("nobody");
        UUID school = Api.createSchool();
        as(nobody.token()).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(nobody.email())).body("district", equalTo(false))
                .body("memberships", hasSize(0));
        as(nobody.token()).get("/api/v1/schools/" + school).then().statusCode(200);
        as(nobody.token()).get("/api/v1/reports/coverage").then().statusCode(403);
        as(nobody.token()).get("/api/v1/audit").then().statusCode(403);
        as(nobody.token()).body(Api.need()).post("/api/v1/schools/" + school + "/needs").then().statusCode(403);
        as(nobody.token()).body(invitationBody(school)).post("/api/v1/invitations").then().statusCode(403);
        as(nobody.token()).get("/api/v1/schools/" + school + "/members").then().statusCode(403);
    }

    @Test
    void theProvidersRolesGiveNothingExceptTheOneTheDistrictMapped() {
        String email = "roles-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String id = KEYCLOAK.createUser(email, "secret-pass", true);
        for (String role : new String[] {"district", "principal", "partner", "admin"}) {
            KEYCLOAK.grantRealmRole(id, role);
        }
        String token = KEYCLOAK.accessToken(email, "secret-pass");
        as(token).get("/api/v1/me").then().statusCode(200).body("district", equalTo(false))
                .body("memberships", hasSize(0));
        as(token).get("/api/v1/reports/coverage").then().statusCode(403);
        as(token).body(Api.need()).post("/api/v1/schools/" + Api.createSchool() + "/needs").then().statusCode(403);

        String mapped = "mapped-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KEYCLOAK.grantRealmRole(KEYCLOAK.createUser(mapped, "secret-pass", true), KeycloakProfile.MAPPED_DISTRICT_ROLE);
        String mappedToken = KEYCLOAK.accessToken(mapped, "secret-pass");
        as(mappedToken).get("/api/v1/me").then().statusCode(200).body("district", equalTo(true));
        as(mappedToken).get("/api/v1/reports/coverage").then().statusCode(200);
    }

    @Test
    void anInvitedPrincipalGetsThePowersOfTheirSchoolOnly() {
        UUID school = Api.createSchool();
        UUID otherSchool = Api.createSchool();
        Person principal = Person.fresh("principal");
        String invitation = invite(admin(), principal.email(), "school", "schoolId", school, "principal");

        as(principal.token()).body(Api.need()).post("/api/v1/schools/" + school + "/needs").then().statusCode(403);
        as(principal.token()).body(Map.of("token", invitation)).post("/api/v1/invitations/accept").then()
                .statusCode(200).body("scope", equalTo("school")).body("schoolId", equalTo(school.toString()))
                .body("role", equalTo("principal"));

        as(principal.token()).body(Api.need()).post("/api/v1/schools/" + school + "/needs").then().statusCode(201);
        as(principal.token()).body(Api.need()).post("/api/v1/schools/" + otherSchool + "/needs").then()
                .statusCode(403);
        as(principal.token()).get("/api/v1/me").then().statusCode(200)
                .body("memberships[0].scopeName", equalTo(Db.text("SELECT name FROM school WHERE id = '" + school + "'")));
        as(principal.token()).get("/api/v1/schools/" + school + "/members").then().statusCode(200)
                .body("email", hasItem(principal.email()));
        // single use
        accept(principal.token(), invitation, 409);
    }

    @Test
    void anInvitationIsForItsAddressOnlyAndCanBeRevokedOrExpire() {
        UUID school = Api.createSchool();
        Person invited = Person.fresh("invited");
        Person someoneElse = Person.fresh("other");
        String admin = admin();

        String invitation = invite(admin, invited.email(), "school", "schoolId", school, "staff");
        accept(someoneElse.token(), invitation, 403);
        accept(Tokens.district(), invitation, 403); // a service token has no account
        accept(invited.token(), "f".repeat(64), 404);

        String unverifiedEmail = "unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KEYCLOAK.createUser(unverifiedEmail, "secret-pass", false);
        String forUnverified = invite(admin, unverifiedEmail, "school", "schoolId", school, "staff");
        accept(KEYCLOAK.accessToken(unverifiedEmail, "secret-pass"), forUnverified, 403);

        UUID revokedId = UUID.fromString(as(admin).get("/api/v1/schools/" + school + "/invitations").then()
                .statusCode(200).extract().path("find { it.email == '" + invited.email() + "' }.id"));
        as(admin).delete("/api/v1/invitations/" + revokedId).then().statusCode(204);
        accept(invited.token(), invitation, 409);
        as(admin).delete("/api/v1/invitations/" + revokedId).then().statusCode(409);

        String expiring = invite(admin, invited.email(), "school", "schoolId", school, "staff");
        Db.update("UPDATE invitation SET created_at = now() - INTERVAL '9 days', expires_at = now() - INTERVAL '2 days'"
                + " WHERE token_hash = '" + MembershipService.hash(expiring) + "'");
        accept(invited.token(), expiring, 409);

        String fresh = invite(admin, invited.email(), "school", "schoolId", school, "staff");
        accept(invited.token(), fresh, 200);
        as(admin).body(Map.of("email", invited.email(), "scope", "school", "schoolId", school, "role", "staff"))
                .post("/api/v1/invitations").then().statusCode(409);
    }

    @Test
    void schoolStaffAndOrganizationOwnersInviteColleaguesMembersDoNot() {
        UUID school = Api.createSchool();
        Person principal = Person.fresh("principal");
        accept(principal.token(), invite(admin(), principal.email(), "school", "schoolId", school, "principal"), 200);
        Person colleague = Person.fresh("colleague");
        accept(colleague.token(), invite(principal.token(), colleague.email(), "school", "schoolId", school, "staff"),
                200);
        as(colleague.token()).body(Api.need()).post("/api/v1/schools/" + school + "/needs").then().statusCode(201);
        as(principal.token()).body(invitationBody(Api.createSchool())).post("/api/v1/invitations").then()
                .statusCode(403);
        as(principal.token()).body(Map.of("email", "x@example.org", "scope", "district", "role", "staff"))
                .post("/api/v1/invitations").then().statusCode(403);
        as(principal.token()).body(Map.of("email", "x@example.org", "scope", "school", "schoolId", school,
                "role", "owner")).post("/api/v1/invitations").then().statusCode(400)
                .body("violations[0].field", equalTo("role"));

        Person owner = Person.fresh("owner");
        UUID organization = register(owner);
        Person member = Person.fresh("member");
        accept(member.token(), invite(owner.token(), member.email(), "organization", "organizationId", organization,
                "member"), 200);
        as(member.token()).body(Map.of("email", "y@example.org", "scope", "organization",
                "organizationId", organization, "role", "member")).post("/api/v1/invitations").then().statusCode(403);
        as(member.token()).get("/api/v1/organizations/" + organization + "/members").then().statusCode(200)
                .body("email", hasItem(owner.email()));
    }

    @Test
    void anyoneSignedInRegistersAnOrganizationAndOwnsIt() {
        Person founder = Person.fresh("founder");
        UUID organization = register(founder);
        as(founder.token()).get("/api/v1/me").then().statusCode(200)
                .body("memberships[0].organizationId", equalTo(organization.toString()))
                .body("memberships[0].role", equalTo("owner"));
        as(founder.token()).get("/api/v1/organizations/" + organization).then().statusCode(200)
                .body("vettingStatus", equalTo("pending"));
        // The district (here a service token: both kinds of token work side by side) approves it.
        Api.district().body(Map.of("status", "approved", "note", "Checked"))
                .post("/api/v1/organizations/" + organization + "/vetting").then().statusCode(200);
        as(founder.token()).body(Api.offering()).post("/api/v1/organizations/" + organization + "/offerings").then()
                .statusCode(201);
        as(Person.fresh("stranger").token()).body(Api.offering())
                .post("/api/v1/organizations/" + organization + "/offerings").then().statusCode(403);
    }

    @Test
    void membersLeaveAndAreRemovedAndLoseTheirPowersAtOnce() {
        Person owner = Person.fresh("owner");
        UUID organization = register(owner);
        String ownerMembership = as(owner.token()).get("/api/v1/me").then().extract().path("memberships[0].id");
        as(owner.token()).delete("/api/v1/memberships/" + ownerMembership).then().statusCode(409);

        Person member = Person.fresh("member");
        accept(member.token(), invite(owner.token(), member.email(), "organization", "organizationId", organization,
                "member"), 200);
        String memberMembership = as(member.token()).get("/api/v1/me").then().extract().path("memberships[0].id");
        as(member.token()).body(Api.offering()).post("/api/v1/organizations/" + organization + "/offerings").then()
                .statusCode(201);
        as(owner.token()).delete("/api/v1/memberships/" + memberMembership).then().statusCode(204);
        as(member.token()).body(Api.offering()).post("/api/v1/organizations/" + organization + "/offerings").then()
                .statusCode(403);
        as(Person.fresh("stranger").token()).delete("/api/v1/memberships/" + ownerMembership).then().statusCode(404);
    }

    @Test
    void membershipAndInvitationChangesAreAuditedAndTheLogHoldsNoAddressOrToken() throws IOException {
        Person founder = Person.fresh("audited");
        UUID organization = register(founder);
        Person member = Person.fresh("audited-member");
        accept(member.token(), invite(founder.token(), member.email(), "organization", "organizationId", organization,
                "member"), 200);
        String district = Tokens.district();
        for (String action : new String[] {"membership.granted", "invitation.created", "invitation.accepted"}) {
            as(district).queryParam("action", action).get("/api/v1/audit").then().statusCode(200)
                    .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
        }
        String log = Files.readString(Path.of(KeycloakProfile.LOG_FILE));
        assertThat(log).doesNotContain(founder.email()).doesNotContain(member.email())
                .doesNotContain(KeycloakProfile.DISTRICT_ADMIN).doesNotContain(founder.token().substring(0, 40));
        assertThat(log).doesNotContainPattern("eyJ[A-Za-z0-9_-]{20,}\\.");
    }

    private static UUID register(Person person) {
        Map<String, Object> body = Api.organization();
        return UUID.fromString(as(person.token()).body(body).post("/api/v1/organizations").then().statusCode(201)
                .extract().path("id"));
    }

    private static Map<String, Object> invitationBody(UUID school) {
        return Map.of("email", "someone-" + UUID.randomUUID() + "@example.org", "scope", "school", "schoolId", school,
                "role", "principal");
    }
}
