package org.partnermatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnermatch.security.DemoKeyGuard;
import org.partnermatch.security.DemoKeys;
import org.partnermatch.security.DemoModeConfigSource;
import org.partnermatch.security.DevTokens;

/** Dev tokens and the demo key are a demo-mode convenience only, and the demo key is each installation's own. */
class DemoModeTest {

    @TempDir
    Path dataDir;

    private String previousMode;
    private String previousKeys;

    @BeforeEach
    void remember() {
        previousMode = System.getProperty(DemoModeConfigSource.DEMO_MODE);
        previousKeys = System.getProperty(DemoKeys.DIRECTORY_PROPERTY);
        System.clearProperty(DemoModeConfigSource.DEMO_MODE);
        System.clearProperty(DemoKeys.DIRECTORY_PROPERTY);
    }

    @AfterEach
    void restore() {
        restore(DemoModeConfigSource.DEMO_MODE, previousMode);
        restore(DemoKeys.DIRECTORY_PROPERTY, previousKeys);
    }

    @Test
    void demoKeyOnlyInDemoModeAndAtLowestPrecedence() {
        DemoModeConfigSource source = new DemoModeConfigSource();
        DemoKeys.use(DemoKeys.directoryOf(dataDir));
        assertThat(source.getPropertyNames()).isEmpty();
        assertThat(source.getValue("mp.jwt.verify.publickey.location")).isNull();

        System.setProperty(DemoModeConfigSource.DEMO_MODE, "true");
        assertThat(source.getValue("mp.jwt.verify.publickey.location"))
                .isEqualTo(dataDir.resolve("demo-keys/publicKey.pem").toAbsolutePath().toUri().toString());
        assertThat(source.getValue("partnermatch.web.token-sessions")).isEqualTo("true");
        // below application.properties (250), environment (300) and system properties (400)
        assertThat(source.getOrdinal()).isLessThan(250);
    }

    @Test
    void noPrivateKeyShipsInTheArtifact() throws IOException {
        assertThat(getClass().getClassLoader().getResource("demo-keys/privateKey.pem")).isNull();
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            assertThat(files.filter(Files::isRegularFile).filter(DemoModeTest::holdsPrivateKey)).isEmpty();
        }
        assertThatThrownBy(() -> DevTokens.issue()).hasMessageContaining("demo tokens exist only");
    }

    @Test
    void eachInstallationMakesItsOwnKeyOnceAndKeepsItPrivate() throws IOException {
        Path first = DemoKeys.directoryOf(dataDir.resolve("one"));
        Path second = DemoKeys.directoryOf(dataDir.resolve("two"));
        DemoKeys.use(first);
        String firstKey = Files.readString(first.resolve("privateKey.pem"));
        DemoKeys.use(first);
        DemoKeys.use(second);

        assertThat(Files.readString(first.resolve("privateKey.pem"))).isEqualTo(firstKey).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(second.resolve("privateKey.pem"))).isNotEqualTo(firstKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.resolve("privateKey.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void devTokensCoverEveryRole() {
        DemoKeys.use(DemoKeys.directoryOf(dataDir));
        assertThat(DevTokens.issue()).containsOnlyKeys("district", "principal", "partner")
                .allSatisfy((role, token) -> assertThat(token.split("\\.")).hasSize(3));
    }

    @Test
    void demoSignInOnlyWhereThisInstallationsKeyAndTheDemoIssuerAreTheTrustedOnes() {
        DemoKeys.use(DemoKeys.directoryOf(dataDir));
        String location = DemoKeys.publicKeyLocation().orElseThrow();
        System.setProperty(DemoModeConfigSource.DEMO_MODE, "true");
        assertThat(DevTokens.accepted("partnermatch-demo", location)).isTrue();
        assertThat(DevTokens.accepted("https://idp.example.org", location)).isFalse();
        assertThat(DevTokens.accepted("partnermatch-demo", "https://idp.example.org/jwks")).isFalse();
        assertThat(DevTokens.accepted("partnermatch-demo", "demo-keys/publicKey.pem")).isFalse();
        System.clearProperty(DemoModeConfigSource.DEMO_MODE);
        assertThat(DevTokens.accepted("partnermatch-demo", location)).isFalse();
    }

    @Test
    void aDemoTokenForOneRoleCarriesItsSchoolOrOrganization() {
        DemoKeys.use(DemoKeys.directoryOf(dataDir));
        UUID school = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        assertThat(payload(DevTokens.issue("principal", school, null))).contains("\"school_id\":\"" + school + "\"")
                .contains("\"groups\":[\"principal\"]").doesNotContain("organization_id");
        assertThat(payload(DevTokens.issue("partner", null, organization)))
                .contains("\"organization_id\":\"" + organization + "\"").doesNotContain("school_id");
        assertThat(payload(DevTokens.issue("district", null, null))).contains("\"groups\":[\"district\"]");
        assertThatThrownBy(() -> DevTokens.issue("janitor", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDemoKeyIsRefusedOutsideDemoModeWhateverElseIsConfigured() throws IOException {
        Path keys = DemoKeys.directoryOf(dataDir);
        DemoKeys.use(keys);
        String demoKey = Files.readString(keys.resolve("publicKey.pem"));
        var byLocation = new DemoKeyGuard(Optional.of(keys.resolve("publicKey.pem").toString()), Optional.empty(), dataDir);
        var byFileUrl = new DemoKeyGuard(DemoKeys.publicKeyLocation(), Optional.empty(), dataDir);
        var byText = new DemoKeyGuard(Optional.empty(), Optional.of(demoKey.replace("\n", "\r\n")), dataDir);
        for (DemoKeyGuard guard : List.of(byLocation, byFileUrl, byText)) {
            assertThatThrownBy(() -> guard.check(false)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("demo key");
            guard.check(true); // demo mode: trusted
        }
        new DemoKeyGuard(Optional.of("test-keys/publicKey.pem"), Optional.empty(), dataDir).check(false);
        new DemoKeyGuard(Optional.empty(), Optional.empty(), dataDir).check(false);
    }

    private static boolean holdsPrivateKey(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("PRIVATE KEY-----");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
