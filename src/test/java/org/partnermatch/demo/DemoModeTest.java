package org.partnermatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnermatch.security.DemoModeConfigSource;
import org.partnermatch.security.DevTokens;

/** Dev tokens and the demo key are a demo-mode convenience only. */
class DemoModeTest {

    @Test
    void demoKeyOnlyInEmbeddedModeAndAtLowestPrecedence() {
        DemoModeConfigSource source = new DemoModeConfigSource();
        String previous = System.getProperty("partnermatch.embedded.active");
        try {
            System.clearProperty("partnermatch.embedded.active");
            assertThat(source.getPropertyNames()).isEmpty();
            assertThat(source.getValue("mp.jwt.verify.publickey.location")).isNull();
            System.setProperty("partnermatch.embedded.active", "true");
            assertThat(source.getValue("mp.jwt.verify.publickey.location")).isEqualTo("demo-keys/publicKey.pem");
            // below application.properties (250), environment (300) and system properties (400)
            assertThat(source.getOrdinal()).isLessThan(250);
        } finally {
            if (previous == null) {
                System.clearProperty("partnermatch.embedded.active");
            } else {
                System.setProperty("partnermatch.embedded.active", previous);
            }
        }
    }

    @Test
    void devTokensCoverEveryRole() {
        assertThat(DevTokens.issue()).containsOnlyKeys("district", "principal", "partner")
                .allSatisfy((role, token) -> assertThat(token.split("\\.")).hasSize(3));
    }

    @Test
    void demoSignInOnlyWhereTheDemoKeyAndIssuerAreTheTrustedOnes() {
        String previous = System.getProperty("partnermatch.embedded.active");
        try {
            System.setProperty("partnermatch.embedded.active", "true");
            assertThat(DevTokens.accepted("partnermatch-demo", "demo-keys/publicKey.pem")).isTrue();
            assertThat(DevTokens.accepted("https://idp.example.org", "demo-keys/publicKey.pem")).isFalse();
            assertThat(DevTokens.accepted("partnermatch-demo", "https://idp.example.org/jwks")).isFalse();
            System.clearProperty("partnermatch.embedded.active");
            assertThat(DevTokens.accepted("partnermatch-demo", "demo-keys/publicKey.pem")).isFalse();
        } finally {
            if (previous == null) {
                System.clearProperty("partnermatch.embedded.active");
            } else {
                System.setProperty("partnermatch.embedded.active", previous);
            }
        }
    }

    @Test
    void aDemoTokenForOneRoleCarriesItsSchoolOrOrganization() {
        java.util.UUID school = java.util.UUID.randomUUID();
        java.util.UUID organization = java.util.UUID.randomUUID();
        assertThat(payload(DevTokens.issue("principal", school, null))).contains("\"school_id\":\"" + school + "\"")
                .contains("\"groups\":[\"principal\"]").doesNotContain("organization_id");
        assertThat(payload(DevTokens.issue("partner", null, organization)))
                .contains("\"organization_id\":\"" + organization + "\"").doesNotContain("school_id");
        assertThat(payload(DevTokens.issue("district", null, null))).contains("\"groups\":[\"district\"]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DevTokens.issue("janitor", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String payload(String token) {
        return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
