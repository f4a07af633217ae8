package org.partnermatch.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The suite's Keycloak starts, serves the partnermatch realm, and lets its users in by both flows the service uses. */
class KeycloakServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KeycloakServer keycloak;

    @BeforeAll
    static void start() {
        keycloak = KeycloakServer.get();
        System.out.printf("Keycloak started in %.1f s at %s%n", keycloak.startupTime().toMillis() / 1000.0, keycloak.baseUrl());
    }

    @Test
    void discoveryNamesTheRealmAsIssuer() throws IOException {
        OidcBrowser.Response discovery = new OidcBrowser().get(keycloak.realmUrl() + "/.well-known/openid-configuration");

        assertThat(discovery.status()).isEqualTo(200);
        JsonNode document = JSON.readTree(discovery.body());
        assertThat(document.get("issuer").asText()).isEqualTo(keycloak.realmUrl())
                .startsWith("http://127.0.0.1:").endsWith("/realms/partnermatch");
        assertThat(document.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void passwordGrantTokenCarriesTheUsersIdentity() {
        JsonNode claims = claims(keycloak.accessToken("principal@example.org", "principal-pass"));

        assertThat(claims.get("iss").asText()).isEqualTo(keycloak.realmUrl());
        assertThat(claims.get("email").asText()).isEqualTo("principal@example.org");
        assertThat(claims.get("email_verified").asBoolean()).isTrue();
        assertThat(claims.get("preferred_username").asText()).isEqualTo("principal@example.org");
        assertThat(claims.get("name").asText()).isEqualTo("Pat Principal");
        assertThat(claims.get("azp").asText()).isEqualTo(keycloak.clientId());
        assertThat(claims.get("aud").toString()).contains(keycloak.clientId());
    }

    @Test
    void everySeededUserCanLogIn() {
        assertThat(claims(keycloak.accessToken("district.admin@example.org", "admin-pass")).get("email_verified").asBoolean()).isTrue();
        assertThat(claims(keycloak.accessToken("partner@example.org", "partner-pass")).get("email").asText()).isEqualTo("partner@example.org");
        assertThat(claims(keycloak.accessToken("nobody@example.org", "nobody-pass")).get("email").asText()).isEqualTo("nobody@example.org");
        assertThat(claims(keycloak.accessToken("unverified@example.org", "unverified-pass")).get("email_verified").asBoolean()).isFalse();
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> keycloak.accessToken("principal@example.org", "wrong"))
                .hasMessageContaining("401").hasMessageContaining("invalid_grant");
    }

    @Test
    void createdUserGetsTokens() {
        String email = "fresh-" + UUID.randomUUID() + "@example.org";
        String id = keycloak.createUser(email, "fresh-pass", false);

        JsonNode claims = claims(keycloak.accessToken(email, "fresh-pass"));
        assertThat(claims.get("sub").asText()).isEqualTo(id);
        assertThat(claims.get("email").asText()).isEqualTo(email);
        assertThat(claims.get("email_verified").asBoolean()).isFalse();
    }

    @Test
    void authorizationCodeFlowWithPkceLandsOnTheRedirectUriWithACode() throws IOException {
        String redirectUri = "http://127.0.0.1:" + closedPort() + "/cb";
        String verifier = randomUrlSafe(32);
        OidcBrowser browser = new OidcBrowser().stopRedirectsAt(redirectUri);

        OidcBrowser.Response loginPage = browser.get(authorizationUrl(redirectUri, challenge(verifier), "state-1"));
        assertThat(loginPage.isLoginPage()).as("Keycloak's login page").isTrue();
        OidcBrowser.Response back = browser.submitLogin(loginPage, "partner@example.org", "partner-pass");

        // Straight back to the client: no profile update, e-mail verification or consent page in between.
        assertThat(back.status()).isEqualTo(302);
        URI location = back.location().orElseThrow();
        assertThat(location.toString()).startsWith(redirectUri + "?");
        assertThat(location.getQuery()).contains("state=state-1").contains("code=");
        assertThat(browser.cookie("KEYCLOAK_IDENTITY")).isPresent();

        // Keycloak's session cookie logs the same browser in again without a form.
        OidcBrowser.Response again = browser.get(authorizationUrl(redirectUri, challenge(verifier), "state-2"));
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location().orElseThrow().getQuery()).contains("state=state-2").contains("code=");

        // Without its cookies, the browser is asked to log in again; a wrong password shows the form again.
        browser.clearCookies();
        OidcBrowser.Response refused = browser.login(authorizationUrl(redirectUri, challenge(verifier), "state-3"),
                "partner@example.org", "wrong");
        assertThat(refused.isLoginPage()).isTrue();
    }

    @Test
    void codeRequestsWithoutPkceOrFromForeignRedirectUrisAreRefused() throws IOException {
        String redirectUri = "http://127.0.0.1:" + closedPort() + "/cb";
        OidcBrowser browser = new OidcBrowser().stopRedirectsAt(redirectUri);

        OidcBrowser.Response withoutPkce = browser.get(keycloak.realmUrl() + "/protocol/openid-connect/auth?client_id=partnermatch"
                + "&response_type=code&scope=openid&state=x&redirect_uri=" + encode(redirectUri));
        assertThat(withoutPkce.location().orElseThrow().getQuery()).contains("error=invalid_request");

        OidcBrowser.Response foreign = browser.get(authorizationUrl("http://evil.example/cb", challenge("v"), "x"));
        assertThat(foreign.status()).isEqualTo(400);
    }

    private static String authorizationUrl(String redirectUri, String codeChallenge, String state) {
        return keycloak.realmUrl() + "/protocol/openid-connect/auth?client_id=" + keycloak.clientId()
                + "&response_type=code&scope=openid&redirect_uri=" + encode(redirectUri)
                + "&code_challenge=" + codeChallenge + "&code_challenge_method=S256&state=" + state;
    }

    private static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A port nothing listens on (free a moment ago): the redirect URI is only caught, never followed. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
