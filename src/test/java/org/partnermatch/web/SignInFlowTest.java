package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnermatch.support.KeycloakProfile;
import org.partnermatch.support.KeycloakServer;
import org.partnermatch.support.OidcBrowser;
import org.partnermatch.support.RawHttp;

/**
 * Signing in to the pages through Keycloak's real login page (authorization code flow with PKCE), without a browser:
 * back to the page asked for, the session never reaching the API under any spelling, sign-out ending the provider's
 * session too, and a refused sign-in logged without details.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class SignInFlowTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URL base;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private OidcBrowser signedInAdmin(String page) {
        OidcBrowser browser = new OidcBrowser();
        OidcBrowser.Response answer = browser.login(url(page), KeycloakProfile.DISTRICT_ADMIN,
                KeycloakProfile.DISTRICT_ADMIN_PASSWORD);
        assertThat(answer.status()).as(answer.uri() + "\n" + answer.body()).isEqualTo(200);
        assertThat(answer.uri().getPath()).isEqualTo(page);
        return browser;
    }

    @Test
    void aPageForSignedInPeopleGoesToTheProviderAndComesBack() {
        OidcBrowser browser = new OidcBrowser();
        OidcBrowser.Response first = browser.get(url("/district"));
        assertThat(first.isLoginPage()).as("Keycloak's login page").isTrue();
        assertThat(first.uri().toString()).startsWith(KeycloakServer.get().realmUrl())
                .contains("code_challenge_method=S256");

        OidcBrowser.Response back = browser.submitLogin(first, KeycloakProfile.DISTRICT_ADMIN,
                KeycloakProfile.DISTRICT_ADMIN_PASSWORD);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.uri().getPath()).isEqualTo("/district");
        assertThat(back.body()).contains("Signed in as " + KeycloakProfile.DISTRICT_ADMIN)
                .contains("Organizations waiting for approval");
        assertThat(browser.cookies()).anyMatch(c -> c.getName().startsWith("q_session"));
    }

    @Test
    void signingInFromTheSignInPageLandsWhereThePersonWorks() {
        OidcBrowser browser = new OidcBrowser();
        OidcBrowser.Response page = browser.get(url("/sign-in"));
        assertThat(page.body()).contains("Sign in with your district account").doesNotContain("Choose a demo role");
        OidcBrowser.Response landed = browser.login(url("/sign-in/provider?next=%2F"), KeycloakProfile.DISTRICT_ADMIN,
                KeycloakProfile.DISTRICT_ADMIN_PASSWORD);
        assertThat(landed.uri().getPath()).isEqualTo("/district");

        String email = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeycloakServer.get().createUser(email, "secret-pass", true);
        OidcBrowser stranger = new OidcBrowser();
        OidcBrowser.Response account = stranger.login(url("/sign-in/provider?next=%2F"), email, "secret-pass");
        assertThat(account.uri().getPath()).isEqualTo("/account");
        assertThat(account.body()).contains("register your organization");
        // Off-site "next" values are not followed.
        OidcBrowser.Response offSite = stranger.get(url("/sign-in/provider?next=https%3A%2F%2Fattacker.example%2F"));
        assertThat(offSite.uri().getHost()).isEqualTo(base.getHost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit", "/api;x=y/v1/audit", "/api;/v1/audit", "//api/v1/audit",
            "/%61pi/v1/audit", "/API/v1/audit", "/api/v1;x/audit", "/./api/v1/audit", "/web/../api/v1/audit",
            "/api//v1/audit", "/q/../api/v1/audit"})
    void theProvidersSessionNeverAuthenticatesTheApi(String spelling) {
        OidcBrowser browser = signedInAdmin("/district");
        String cookies = browser.cookies().stream().filter(c -> !c.getName().startsWith("KC_")
                        && !c.getName().startsWith("AUTH_SESSION") && !c.getName().startsWith("KEYCLOAK"))
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        assertThat(cookies).contains("q_session");
        // The same cookies do sign in a page ...
        assertThat(RawHttp.send(base.getPort(), "GET", "/district", Map.of("Cookie", cookies), null).status())
                .isEqualTo(200);
        // ... and never the API.
        RawHttp.Answer answer = RawHttp.send(base.getPort(), "GET", spelling, Map.of("Cookie", cookies), null);
        assertThat(answer.status()).as(spelling + " answered " + answer.head()).isIn(400, 401, 404);
        assertThat(answer.body()).doesNotContain("\"actorRole\"");
        // A cookie-only, form-encoded post to the API changes nothing either.
        RawHttp.Answer post = RawHttp.send(base.getPort(), "POST", spelling.replace("/audit", "/invitations"),
                Map.of("Cookie", cookies, "Origin", "https://attacker.example",
                        "Content-Type", "application/x-www-form-urlencoded"), "email=x%40example.org&scope=district&role=staff");
        assertThat(post.status()).as(spelling + " POST answered " + post.head()).isNotIn(200, 201).isLessThan(500);
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        OidcBrowser browser = signedInAdmin("/district");
        OidcBrowser.Response page = browser.get(url("/"));
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        OidcBrowser.Response out = browser.postForm(url("/sign-out"), Map.of("csrf", csrf.group(1)));
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.uri().getPath()).isEqualTo("/");
        assertThat(out.body()).contains("id=\"sign-in-link\"");
        assertThat(browser.cookies()).noneMatch(c -> c.getName().startsWith("q_session") && !c.getValue().isEmpty());
        // The provider's own session is over too: a page for signed-in people asks for the password again.
        assertThat(browser.get(url("/district")).isLoginPage()).isTrue();
        assertThat(Files.readString(Path.of(KeycloakProfile.LOG_FILE))).contains("Sign-out: user:");
    }

    @Test
    void aSignInTheProviderRefusesIsLoggedWithoutDetails() throws Exception {
        OidcBrowser browser = new OidcBrowser();
        OidcBrowser.Response refused = browser.get(url("/sign-in/failed?error=access_denied&error_description=x%40y.org"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("Sign-in did not complete");
        String log = Files.readString(Path.of(KeycloakProfile.LOG_FILE));
        assertThat(log).contains("Refused sign-in: the provider answered access_denied").doesNotContain("x@y.org");
    }
}
