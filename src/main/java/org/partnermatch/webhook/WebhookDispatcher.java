package org.partnermatch.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.partnermatch.webhook.WebhookDestinations.Destination;
import org.partnermatch.webhook.WebhookDestinations.Refused;

/**
 * Delivers queued webhook events in the background, never on a request's path. Each run claims due deliveries with
 * one statement ({@code FOR UPDATE SKIP LOCKED}, so replicas never send the same row at once) and pushes their next
 * attempt past a lease; a success marks them delivered, a failure schedules a retry after
 * {@code backoffBase × 2^(attempt-1)} (capped), and after {@code maxAttempts} the delivery is given up.
 *
 * <p>Each attempt asks {@link WebhookDestinations} for the destination (the host resolved once, every address checked)
 * and connects to exactly that address, while the Host header, TLS server name (SNI) and certificate check use the
 * URL's host name. Requests are signed with {@link WebhookSignature} (Standard Webhooks).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final AgroalDataSource dataSource;
    private final WebhookSettings settings;
    private final WebhookDestinations destinations;
    private final HttpClient http;

    public WebhookDispatcher(AgroalDataSource dataSource, WebhookSettings settings, WebhookDestinations destinations,
                             Vertx vertx) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.destinations = destinations;
        // No proxy, no redirects, no connection reuse (each attempt connects to the address it checked); TLS verifies
        // the certificate against the URL's host name with the JVM's trusted authorities.
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setVerifyHost(true)
                .setTrustAll(false)
                .setKeepAlive(false)
                .setConnectTimeout((int) settings.timeout().toMillis()));
    }

    @PreDestroy
    void close() {
        http.close();
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

    record Claimed(UUID id, String eventType, String payload, int attempt, String url, String secret,
                   boolean active) {
    }

    /** {@code permanent}: retrying cannot help (webhook switched off, host or its address not allowed). */
    record Outcome(boolean delivered, Integer status, String error, boolean permanent) {
    }

    private List<Claimed> claim() {
        String sql = """
                UPDATE webhook_delivery d SET attempts = d.attempts + 1,
                    next_attempt_at = now() + (? * INTERVAL '1 millisecond')
                FROM webhook_subscription s
                WHERE s.id = d.subscription_id AND d.id IN (SELECT id FROM webhook_delivery
                    WHERE state = 'pending' AND next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.event_type, d.payload, d.attempts, s.url, s.secret, s.active""";
        List<Claimed> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, settings.lease().toMillis());
            statement.setInt(2, settings.batchSize());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getObject("id", UUID.class), rs.getString("event_type"),
                            rs.getString("payload"), rs.getInt("attempts"), rs.getString("url"), rs.getString("secret"),
                            rs.getBoolean("active")));
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
        Destination destination;
        try {
            // Checked at every attempt: the settings may have tightened and DNS may have changed since the URL was
            // saved. A refusal is final (retrying the same URL cannot help) unless the name did not resolve.
            destination = destinations.resolve(delivery.url());
        } catch (Refused e) {
            return new Outcome(false, null, "url " + e.getMessage(), !e.retryable());
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        String id = delivery.id().toString();
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(bare(destination.address()),
                        destination.port())))
                .setHost(destination.host())
                .setPort(destination.port())
                .setSsl(destination.https())
                .setURI(destination.pathAndQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(settings.timeout().toMillis())
                .setIdleTimeout(settings.timeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "PartnerMatch-Webhooks/2.0")
                .putHeader(WebhookSignature.ID_HEADER, id)
                .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(delivery.secret(), id, timestamp, body))
                .putHeader("X-PartnerMatch-Event", delivery.eventType())
                .putHeader("X-PartnerMatch-Attempt", Integer.toString(delivery.attempt()));
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        try {
            int status = http.request(options)
                    .compose(request -> {
                        sent.set(request);
                        return request.send(Buffer.buffer(body));
                    })
                    // Only the status matters: the body is never read, the stream is reset below (the connection
                    // closes; keep-alive is off), and that reset is expected, not an error to log.
                    .map(response -> {
                        response.exceptionHandler(ignored -> { });
                        return response.statusCode();
                    })
                    .toCompletionStage().toCompletableFuture()
                    .get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return status >= 200 && status < 300 ? new Outcome(true, status, null, false)
                    : new Outcome(false, status, "HTTP " + status, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted", false);
        } catch (TimeoutException e) {
            return new Outcome(false, null, "no answer within " + settings.timeout().toSeconds() + " s", false);
        } catch (ExecutionException e) {
            return new Outcome(false, null, e.getCause() == null ? "failed" : e.getCause().getClass().getSimpleName(),
                    false);
        } finally {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
        }
    }

    /** The address without the host name it was looked up by, so nothing downstream can look it up again. */
    private static InetAddress bare(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
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
                statement.setString(2, lastError(outcome.error()));
                statement.setObject(3, delivery.id());
            } else {
                statement.setString(2, lastError(outcome.error()));
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

    /** The reason as stored: the column holds 500 characters (a long host name or port list must not lose it). */
    private static String lastError(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 499) + "…";
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
