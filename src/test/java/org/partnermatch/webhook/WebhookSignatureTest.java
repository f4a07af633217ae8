package org.partnermatch.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The Standard Webhooks signature: what it covers, and the receiver's check. */
class WebhookSignatureTest {

    private static final String SECRET = "a-shared-secret-of-at-least-32-characters";
    private static final byte[] BODY = "{\"type\":\"partnership.accepted\"}".getBytes(StandardCharsets.UTF_8);
    private static final String ID = "5f0c3c52-1d6c-4a7b-9f59-1b2f0e8b9a10";
    private static final Duration TOLERANCE = WebhookSignature.TOLERANCE;

    @Test
    void aSignatureVerifiesWithinTheTolerance() {
        long ts = 1_800_000_000L;
        String signature = WebhookSignature.sign(SECRET, ID, ts, BODY);
        assertThat(signature).startsWith("v1,");
        Instant sent = Instant.ofEpochSecond(ts);
        assertThat(WebhookSignature.verify(SECRET, ID, Long.toString(ts), signature, BODY, sent, TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, ID, Long.toString(ts), signature, BODY,
                sent.plus(Duration.ofMinutes(5)), TOLERANCE)).isTrue();
        // replayed later (or sent from a clock far ahead): refused
        assertThat(WebhookSignature.verify(SECRET, ID, Long.toString(ts), signature, BODY,
                sent.plus(Duration.ofMinutes(5)).plusSeconds(1), TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, Long.toString(ts), signature, BODY,
                sent.minus(Duration.ofMinutes(6)), TOLERANCE)).isFalse();
    }

    @Test
    void theSignatureCoversTimestampIdAndBody() {
        long ts = 1_800_000_000L;
        String signature = WebhookSignature.sign(SECRET, ID, ts, BODY);
        Instant now = Instant.ofEpochSecond(ts + 60);
        // a captured delivery re-sent with a fresh timestamp fails: the timestamp is signed
        assertThat(WebhookSignature.verify(SECRET, ID, Long.toString(ts + 60), signature, BODY, now, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "another-id", Long.toString(ts), signature, BODY, now, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, Long.toString(ts), signature,
                "{\"type\":\"partnership.declined\"}".getBytes(StandardCharsets.UTF_8), now, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("another-secret-of-at-least-32-characters", ID, Long.toString(ts), signature,
                BODY, now, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, "not-a-number", signature, BODY, now, TOLERANCE)).isFalse();
    }

    @Test
    void matchesTheStandardWebhooksReferenceVector() {
        // The example in the Standard Webhooks specification (and its libraries' tests).
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        long ts = 1614265330L;
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.sign(secret, id, ts, body)).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        // several signatures may be listed (while a secret changes); one match suffices
        assertThat(WebhookSignature.verify(secret, id, Long.toString(ts),
                "v1,bm9wZQ== v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", body, Instant.ofEpochSecond(ts),
                TOLERANCE)).isTrue();
    }

    @Test
    void standardSecretsMustBeWellFormed() {
        assertThat(WebhookSignature.refusal(SECRET)).isNull();
        assertThat(WebhookSignature.refusal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isNull();
        assertThat(WebhookSignature.refusal("whsec_not base64 at all, not at all!!")).contains("base64");
        assertThat(WebhookSignature.refusal("whsec_" + Base64.getEncoder().encodeToString(new byte[8]))).contains("24-64");
    }
}
