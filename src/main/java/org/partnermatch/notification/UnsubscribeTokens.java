package org.partnermatch.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-click unsubscribe tokens: the id of the e-mail sent and its HMAC-SHA256 (lower-case hex, so the link is a plain
 * page path) under the server's key, so a link works
 * without sign-in, names no address (the e-mail's row says whose it is and of which kind) and cannot be forged for
 * another e-mail.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public UnsubscribeTokens(NotificationSettings settings) {
        byte[] bytes = settings.signingSecret().filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
                    byte[] random = new byte[32];
                    RANDOM.nextBytes(random);
                    return random;
                });
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String issue(UUID notificationId) {
        return notificationId + "." + sign(notificationId.toString());
    }

    /** The e-mail's id when this service signed the token; empty for anything else. */
    public Optional<UUID> verify(String token) {
        if (token == null || token.length() > 120) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot != 36) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(token.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] expected = sign(id.toString()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(id) : Optional.empty();
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
