package org.partnermatch.security;

import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Signed tokens for the demo roles, with this installation's demo key ({@link DemoKeys}). They are only accepted by
 * a service running in demo mode on the same data directory; {@code java -jar target/quarkus-app/quarkus-run.jar
 * dev-tokens} prints them.
 */
public final class DevTokens {

    /** Aki Kurose Middle School in the demo directory. */
    public static final String DEMO_SCHOOL = "5c000000-0000-4000-8000-000000000001";
    /** Communities In Schools of Seattle in the demo directory. */
    public static final String DEMO_ORGANIZATION = "0a000000-0000-4000-8000-000000000003";

    private DevTokens() {
    }

    /** Role name → token, valid for 12 hours. */
    public static Map<String, String> issue() {
        PrivateKey key = demoPrivateKey();
        Instant expires = Instant.now().plus(Duration.ofHours(12));
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(Roles.DISTRICT, Jwt.issuer(DemoModeConfigSource.DEMO_ISSUER).subject("district-demo")
                .upn("district-demo").groups(Set.of(Roles.DISTRICT)).expiresAt(expires).sign(key));
        tokens.put(Roles.PRINCIPAL, Jwt.issuer(DemoModeConfigSource.DEMO_ISSUER).subject("principal-demo")
                .upn("principal-demo").groups(Set.of(Roles.PRINCIPAL)).claim(Roles.SCHOOL_CLAIM, DEMO_SCHOOL)
                .expiresAt(expires).sign(key));
        tokens.put(Roles.PARTNER, Jwt.issuer(DemoModeConfigSource.DEMO_ISSUER).subject("partner-demo")
                .upn("partner-demo").groups(Set.of(Roles.PARTNER)).claim(Roles.ORGANIZATION_CLAIM, DEMO_ORGANIZATION)
                .expiresAt(expires).sign(key));
        return tokens;
    }

    /** A demo token for one role: the principal of {@code schoolId}, or staff of {@code organizationId}. */
    public static String issue(String role, UUID schoolId, UUID organizationId) {
        PrivateKey key = demoPrivateKey();
        Instant expires = Instant.now().plus(Duration.ofHours(12));
        var claims = Jwt.issuer(DemoModeConfigSource.DEMO_ISSUER).subject(role + "-demo").upn(role + "-demo")
                .groups(Set.of(role)).expiresAt(expires);
        if (Roles.PRINCIPAL.equals(role)) {
            claims.claim(Roles.SCHOOL_CLAIM, schoolId.toString());
        } else if (Roles.PARTNER.equals(role)) {
            claims.claim(Roles.ORGANIZATION_CLAIM, organizationId.toString());
        } else if (!Roles.DISTRICT.equals(role)) {
            throw new IllegalArgumentException("No demo role " + role);
        }
        return claims.sign(key);
    }

    /** Whether this service accepts demo tokens: demo mode, with the demo issuer and the demo key the ones configured. */
    public static boolean accepted(String configuredIssuer, String configuredKeyLocation) {
        return DemoModeConfigSource.active() && DemoModeConfigSource.DEMO_ISSUER.equals(configuredIssuer)
                && DemoKeys.publicKeyLocation().map(location -> location.equals(configuredKeyLocation)).orElse(false);
    }

    /** Prints shell lines that export one variable per role. */
    public static void print() {
        issue().forEach((role, token) -> System.out.println(role.toUpperCase() + "_TOKEN=" + token));
    }

    private static PrivateKey demoPrivateKey() {
        return DemoKeys.privateKey();
    }
}
