package org.partnermatch.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.partnermatch.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.KeycloakProfile;
import org.partnermatch.support.KeycloakServer;
import org.partnermatch.support.OidcBrowser;
import org.partnermatch.support.Tokens;

/** Each person's e-mail settings through the API, with the provider's access tokens (Keycloak). */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class NotificationPreferencesTest {

    private static final KeycloakServer KEYCLOAK = KeycloakServer.get();
    private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;
    private static final String PATH = "/api/v1/me/notification-preferences";

    private static String[] person(boolean verified) {
        String email = "prefs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KEYCLOAK.createUser(email, "secret-pass", verified);
        return new String[] {email, KEYCLOAK.accessToken(email, "secret-pass")};
    }

    @Test
    void perEventKindsStartOnTheDigestOffAndAPersonChangesOnlyWhatTheyName() {
        String[] p = person(true);
        as(p[1]).get(PATH).then().statusCode(200)
                .body("address", equalTo(p[0]))
                .body("preferences", hasSize(NotificationKind.values().length))
                .body("preferences.find { it.kind == 'needs_digest' }.enabled", equalTo(false))
                .body("preferences.find { it.kind == 'partnership_request' }.enabled", equalTo(true))
                .body("preferences.findAll { it.enabled }.kind", hasSize(NotificationKind.values().length - 1));
        as(p[1]).body(Map.of("preferences", Map.of("needs_digest", true, "request_reminder", false)))
                .put(PATH).then().statusCode(200)
                .body("preferences.find { it.kind == 'needs_digest' }.enabled", equalTo(true))
                .body("preferences.find { it.kind == 'request_reminder' }.enabled", equalTo(false))
                .body("preferences.find { it.kind == 'partnership_answer' }.enabled", equalTo(true));
        as(p[1]).get(PATH).then().statusCode(200)
                .body("preferences.find { it.kind == 'request_reminder' }.enabled", equalTo(false));
        // another person's settings are their own
        String[] other = person(true);
        as(other[1]).get(PATH).then().statusCode(200)
                .body("preferences.find { it.kind == 'request_reminder' }.enabled", equalTo(true));
    }

    @Test
    void badInputIsA400NamingTheFieldAndOnlyVerifiedPeopleHaveSettings() {
        String[] p = person(true);
        as(p[1]).body(Map.of("preferences", Map.of("newsletter", true))).put(PATH).then().statusCode(400)
                .contentType("application/problem+json");
        as(p[1]).body(Map.of()).put(PATH).then().statusCode(400)
                .body("violations.field", hasItem("preferences"));
        as(p[1]).body(Map.of("preferences", Map.of("needs_digest", "sometimes"))).put(PATH).then().statusCode(400);
        String[] unverified = person(false);
        as(unverified[1]).get(PATH).then().statusCode(403);
        // a district service token is no person with an address
        as(Tokens.district()).get(PATH).then().statusCode(403);
        given().get(PATH).then().statusCode(401);
    }

    @Test
    void theSettingsPageShowsAndSavesEveryKind() {
        String[] p = person(true);
        String url = base.toString().replaceAll("/$", "") + "/account/notifications";
        OidcBrowser browser = new OidcBrowser();
        OidcBrowser.Response page = browser.login(url, p[0], "secret-pass");
        org.assertj.core.api.Assertions.assertThat(page.status()).as(page.body()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(page.body()).contains(p[0])
                .contains("id=\"kind-partnership_request\" checked")
                .contains("id=\"kind-needs_digest\">")
                .contains("Weekly digest: new open needs that fit your organization");
        java.util.regex.Matcher csrf = CSRF.matcher(page.body());
        org.assertj.core.api.Assertions.assertThat(csrf.find()).isTrue();
        // every box but request_reminder ticked: the digest on, reminders off
        String form = "csrf=" + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)
                + java.util.Arrays.stream(NotificationKind.values()).filter(k -> k != NotificationKind.request_reminder)
                .map(k -> "&on=" + k.name()).collect(java.util.stream.Collectors.joining());
        OidcBrowser.Response saved = browser.postEncoded(url, form);
        org.assertj.core.api.Assertions.assertThat(saved.uri().getQuery()).isEqualTo("saved");
        org.assertj.core.api.Assertions.assertThat(saved.body()).contains("Your e-mail settings are saved")
                .contains("id=\"kind-needs_digest\" checked").contains("id=\"kind-request_reminder\">");
        as(p[1]).get(PATH).then().statusCode(200)
                .body("preferences.find { it.kind == 'request_reminder' }.enabled", equalTo(false))
                .body("preferences.find { it.kind == 'needs_digest' }.enabled", equalTo(true));
    }
}
