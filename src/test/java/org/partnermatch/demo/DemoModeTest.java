package org.partnermatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnermatch.security.DemoKeyGuard;
import org.partnermatch.security.DemoModeConfigSource;
import org.partnermatch.security.DevTokens;

/** Dev tokens and the demo key are a demo-mode convenience only. */
class DemoModeTest {

    @Test
    void demoKeyOnlyInDemoModeAndAtLowestPrecedence() {
        DemoModeConfigSource source = new DemoModeConfigSource();
        String previous = System.getProperty(DemoModeConfigSource.DEMO_MODE);
        try {
            System.clearProperty(DemoModeConfigSource.DEMO_MODE);
            assertThat(source.getPropertyNames()).isEmpty();
            assertThat(source.getValue("mp.jwt.verify.publickey.location")).isNull();
            System.setProperty(DemoModeConfigSource.DEMO_MODE, "true");
            assertThat(source.getValue("mp.jwt.verify.publickey.location")).isEqualTo("demo-keys/publicKey.pem");
            assertThat(source.getValue("partnermatch.web.token-sessions")).isEqualTo("true");
            // below application.properties (250), environment (300) and system properties (400)
            assertThat(source.getOrdinal()).isLessThan(250);
        } finally {
            if (previous == null) {
                System.clearProperty(DemoModeConfigSource.DEMO_MODE);
            } else {
                System.setProperty(DemoModeConfigSource.DEMO_MODE, previous);
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
        String previous = System.getProperty(DemoModeConfigSource.DEMO_MODE);
        try {
            System.setProperty(DemoModeConfigSource.DEMO_MODE, "true");
            assertThat(DevTokens.accepted("partnermatch-demo", "demo-keys/publicKey.pem")).isTrue();
            assertThat(DevTokens.accepted("https://idp.example.org", "demo-keys/publicKey.pem")).isFalse();
            assertThat(DevTokens.accepted("partnermatch-demo", "https://idp.example.org/jwks")).isFalse();
            System.clearProperty(DemoModeConfigSource.DEMO_MODE);
            assertThat(DevTokens.accepted("partnermatch-demo", "demo-keys/publicKey.pem")).isFalse();
        } finally {
            if (previous == null) {
                System.clearProperty(DemoModeConfigSource.DEMO_MODE);
            } else {
                System.setProperty(DemoModeConfigSource.DEMO_MODE, previous);
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

    @Test
    void theDemoKeyIsRefusedOutsideDemoModeWhateverElseIsConfigured() throws Exception {
        String demoKey;
        try (var in = DemoModeTest.class.getClassLoader().getResourceAsStream("demo-keys/publicKey.pem")) {
            demoKey = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var byLocation = new DemoKeyGuard(java.util.Optional.of("demo-keys/publicKey.pem"), java.util.Optional.empty());
        var byClasspathUrl = new DemoKeyGuard(java.util.Optional.of("classpath:demo-keys/publicKey.pem"),
                java.util.Optional.empty());
        var byText = new DemoKeyGuard(java.util.Optional.empty(), java.util.Optional.of(demoKey.replace("\n", "\r\n")));
        for (DemoKeyGuard guard : java.util.List.of(byLocation, byClasspathUrl, byText)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> guard.check(false))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo key");
            guard.check(true); // demo mode: trusted
        }
        new DemoKeyGuard(java.util.Optional.of("test-keys/publicKey.pem"), java.util.Optional.empty()).check(false);
        new DemoKeyGuard(java.util.Optional.empty(), java.util.Optional.empty()).check(false);
    }

    private static String payload(String token) {
        return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
