package org.partnermatch.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures in the Standard Webhooks scheme (standardwebhooks.com): each delivery carries
 * {@value #ID_HEADER}, {@value #TIMESTAMP_HEADER} (Unix seconds of the attempt) and {@value #SIGNATURE_HEADER}
 * ({@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}). The timestamp is signed, so a receiver that refuses
 * timestamps further than {@link #TOLERANCE} from its clock cannot be fed a captured delivery later; within the window
 * it drops repeats by {@value #ID_HEADER}. {@link #verify} is the receiver's check, used by our tests and shown in
 * docs/partnerships.md.
 *
 * <p>The HMAC key is the secret's UTF-8 bytes, except for a secret in the Standard Webhooks form {@code whsec_<base64>},
 * whose key is the decoded bytes (as the scheme's libraries expect).
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    /** How far a receiver should let a delivery's timestamp be from its own clock (either way). */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String STANDARD_PREFIX = "whsec_";

    private WebhookSignature() {
    }

    /** The {@value #SIGNATURE_HEADER} value for one attempt. */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(secret, id, Long.toString(timestamp), body));
    }

    /**
     * Whether the headers prove the body came from the holder of the secret within {@code tolerance} of {@code now}.
     * The signature header may list several space-separated signatures (during a secret change); one match suffices.
     */
    public static boolean verify(String secret, String id, String timestamp, String signatureHeader, byte[] body,
                                 Instant now, Duration tolerance) {
        if (secret == null || id == null || timestamp == null || signatureHeader == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, id, timestamp.trim(), body);
        for (String candidate : signatureHeader.trim().split(" +")) {
            if (!candidate.startsWith("v1,")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(3));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return true;
            }
        }
        return false;
    }

    /** Why the secret cannot be used to sign (phrased to follow "secret "), or null. */
    public static String refusal(String secret) {
        if (secret.startsWith(STANDARD_PREFIX)) {
            try {
                int length = Base64.getDecoder().decode(secret.substring(STANDARD_PREFIX.length())).length;
                return length >= 24 && length <= 64 ? null : "in the whsec_ form must hold 24-64 bytes";
            } catch (IllegalArgumentException e) {
                return "in the whsec_ form must be base64 after the prefix";
            }
        }
        return null;
    }

    private static byte[] hmac(String secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] key(String secret) {
        if (secret.startsWith(STANDARD_PREFIX) && refusal(secret) == null) {
            return Base64.getDecoder().decode(secret.substring(STANDARD_PREFIX.length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
