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
}
