package org.partnermatch.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Real RS256 tokens signed with the suite's test key (and deliberately broken ones). */
public final class Tokens {

    public static final String ISSUER = "partnermatch-test";

    private Tokens() {
    }

    public static String district() {
        return sign(base("district-staff", "district"));
    }

    public static String principal(UUID schoolId) {
        return sign(base("principal-" + schoolId, "principal").claim("school_id", schoolId.toString()));
    }

    public static String partner(UUID organizationId) {
        return sign(base("partner-" + organizationId, "partner").claim("organization_id", organizationId.toString()));
    }

    /** A partner who has not registered an organization yet (no organization_id claim). */
    public static String newPartner() {
        return sign(base("partner-new-" + UUID.randomUUID(), "partner"));
    }

    public static String expired() {
        return base("district-staff", "district").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(key("test-keys/privateKey.pem"));
    }

    /** A district token valid for a century: signed correctly, but living far longer than the service accepts. */
    public static String century() {
        return base("district-staff", "district").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(100L * 365 * 24 * 3600)).sign(key("test-keys/privateKey.pem"));
    }

    /** A district token that says it was issued an hour from now. */
    public static String issuedInTheFuture() {
        return base("district-staff", "district").issuedAt(Instant.now().plusSeconds(3600))
                .expiresAt(Instant.now().plusSeconds(7200)).sign(key("test-keys/privateKey.pem"));
    }

    public static String wrongIssuer() {
        return Jwt.issuer("someone-else").subject("district-staff").groups(Set.of("district"))
                .expiresAt(Instant.now().plusSeconds(600)).sign(key("test-keys/privateKey.pem"));
    }

    /** Signed by a key the service does not trust. */
    public static String forged() {
        return base("district-staff", "district").sign(key("test-keys/otherPrivateKey.pem"));
    }

    /** HS256 with a guessable secret: another algorithm than the configured RS256. */
    public static String otherAlgorithm() {
        return base("district-staff", "district").signWithSecret("0123456789abcdef0123456789abcdef0123456789abcdef");
    }

    private static JwtClaimsBuilder base(String subject, String group) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(group))
                .expiresAt(Instant.now().plusSeconds(3600));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.sign(key("test-keys/privateKey.pem"));
    }

    private static PrivateKey key(String location) {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(location)) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + location, e);
        }
    }
}
