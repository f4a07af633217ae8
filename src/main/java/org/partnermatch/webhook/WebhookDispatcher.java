package org.partnermatch.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Delivers queued webhook events in the background, never on a request's path. Each run claims due deliveries with
 * one statement ({@code FOR UPDATE SKIP LOCKED}, so replicas never send the same row at once) and pushes their next
 * attempt past a lease; a success marks them delivered, a failure schedules a retry after
 * {@code backoffBase × 2^(attempt-1)} (capped), and after {@code maxAttempts} the delivery is given up.
 */
@ApplicationScoped
public class WebhookDispatcher {

    public static final String SIGNATURE_HEADER = "X-PartnerMatch-Signature";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final AgroalDataSource dataSource;
    private final WebhookSettings settings;
    private final WebhookService webhooks;
    private final HttpClient http;

    public WebhookDispatcher(AgroalDataSource dataSource, WebhookSettings settings, WebhookService webhooks) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.webhooks = webhooks;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${partnermatch.webhooks.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery run failed; will retry on the next run", e);
        }
    }

    /** Sends every delivery that is due now (one batch); returns how many were attempted. */
    public int deliverDue() {
        List<Claimed> batch = claim();
        for (Claimed delivery : batch) {
            finish(delivery, send(delivery));
        }
        return batch.size();
    }

    /** HMAC-SHA256 of the body with the subscription's secret, as sent in {@value #SIGNATURE_HEADER}. */
    public static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    record Claimed(UUID id, String eventType, String payload, int attempt, String url, String secret,
                   boolean active) {
    }

    /** {@code permanent}: retrying cannot help (webhook switched off, host no longer allowed). */
    record Outcome(boolean delivered, Integer status, String error, boolean permanent) {
    }

    private List<Claimed> claim() {
        String sql = "UPDATE webhook_delivery d SET attempts = d.attempts + 1,"
                + " next_attempt_at = now() + (? * INTERVAL '1 millisecond')"
                + " FROM webhook_subscription s"
                + " WHERE s.id = d.subscription_id AND d.id IN (SELECT id FROM webhook_delivery"
                + "   WHERE state = 'pending' AND next_attempt_at <= now()"
                + "   ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING d.id, d.event_type, d.payload, d.attempts, s.url, s.secret, s.active";
        List<Claimed> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, settings.lease().toMillis());
            statement.setInt(2, settings.batchSize());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim webhook deliveries", e);
        }
        return claimed;
    }

    private Outcome send(Claimed delivery) {
        if (!delivery.active()) {
            return new Outcome(false, null, "webhook switched off", true);
        }
        String refusal = webhooks.refusal(delivery.url());
        if (refusal != null) {
            // The allow-list may have shrunk since the URL was saved: never send to a host no longer allowed.
            return new Outcome(false, null, "url " + refusal, true);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url().trim()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "PartnerMatch-Webhooks/1.0")
                .header("X-PartnerMatch-Event", delivery.eventType())
                .header("X-PartnerMatch-Delivery", delivery.id().toString())
                .header("X-PartnerMatch-Attempt", Integer.toString(delivery.attempt()))
                .header(SIGNATURE_HEADER, signature(delivery.secret(), delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome(true, status, null, false)
                    : new Outcome(false, status, "HTTP " + status, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted", false);
        } catch (Exception e) {
            return new Outcome(false, null, e.getClass().getSimpleName(), false);
        }
    }

    private void finish(Claimed delivery, Outcome outcome) {
        String sql;
        boolean finalFailure = !outcome.delivered()
                && (outcome.permanent() || delivery.attempt() >= settings.maxAttempts());
        if (outcome.delivered()) {
            sql = "UPDATE webhook_delivery SET state = 'delivered', delivered_at = now(), last_status = ?,"
                    + " last_error = NULL WHERE id = ?";
        } else if (finalFailure) {
            sql = "UPDATE webhook_delivery SET state = 'failed', last_status = ?, last_error = ? WHERE id = ?";
        } else {
            sql = "UPDATE webhook_delivery SET last_status = ?, last_error = ?,"
                    + " next_attempt_at = now() + (? * INTERVAL '1 millisecond') WHERE id = ?";
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (outcome.status() == null) {
                statement.setNull(1, java.sql.Types.INTEGER);
            } else {
                statement.setInt(1, outcome.status());
            }
            if (outcome.delivered()) {
                statement.setObject(2, delivery.id());
            } else if (finalFailure) {
                statement.setString(2, outcome.error());
                statement.setObject(3, delivery.id());
            } else {
                statement.setString(2, outcome.error());
                statement.setLong(3, backoff(delivery.attempt()).toMillis());
                statement.setObject(4, delivery.id());
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            // The lease runs out and the delivery is tried again: at-least-once, receivers dedupe on the delivery id.
            LOG.warnf("Could not record the outcome of webhook delivery %s", delivery.id());
        }
        if (!outcome.delivered()) {
            LOG.debugf("Webhook delivery %s attempt %d failed: %s", delivery.id(), delivery.attempt(), outcome.error());
        }
    }

    /** Wait after the given failed attempt: base × 2^(attempt-1), at most backoffMax. */
    Duration backoff(int attempt) {
        Duration wait = settings.backoffBase();
        for (int i = 1; i < attempt && wait.compareTo(settings.backoffMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : wait;
    }
}
