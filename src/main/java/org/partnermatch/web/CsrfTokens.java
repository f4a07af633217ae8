package org.partnermatch.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSRF tokens this service signed: a random nonce and its HMAC-SHA256 under a server key. A form post is accepted
 * only when its field equals the CSRF cookie and the cookie is one of ours, so a planted or guessed pair (any two
 * equal strings) is refused. The key is {@code partnermatch.web.csrf-secret} when set — set the same one on every
 * replica — or a random one made at start (then forms opened before a restart ask to be sent again).
 */
@ApplicationScoped
public class CsrfTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    public CsrfTokens(@ConfigProperty(name = "partnermatch.web.csrf-secret") Optional<String> secret) {
        byte[] bytes = secret.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            return random;
        });
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** A new token: nonce "." signature. */
    public String issue() {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        String encoded = ENCODER.encodeToString(nonce);
        return encoded + "." + sign(encoded);
    }

    /** Whether this service signed the token. */
    public boolean valid(String token) {
        if (token == null || token.length() > 200) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        byte[] expected = sign(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
