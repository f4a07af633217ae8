package org.partnermatch.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.common.NativeSql;
import org.partnermatch.common.ProblemException;
import org.partnermatch.security.Caller;

/**
 * {@code Idempotency-Key} for POSTs that create things. The key is claimed with
 * {@code INSERT … ON CONFLICT DO NOTHING} in the same transaction as the work and the stored response, so:
 * <ul>
 *   <li>concurrent requests with one key queue on the key's row in PostgreSQL (across replicas): the first does
 *   the work, the others wait for its commit and then get its stored response;</li>
 *   <li>if the first fails, its transaction — key included — rolls back, and a retry does the work afresh (only
 *   successful responses are replayed);</li>
 *   <li>the same key with another body or on another operation is a 422.</li>
 * </ul>
 * Keys are scoped to the caller (token subject) and kept for {@code partnermatch.idempotency.retention} (≥ 24 h).
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final String KEY_RULE = "must be 1 to 255 visible ASCII characters";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(IdempotencyService.class);

    private final EntityManager em;
    private final Caller caller;
    private final ObjectMapper json;
    private final IdempotencySettings settings;

    public IdempotencyService(EntityManager em, Caller caller, ObjectMapper json, IdempotencySettings settings) {
        this.em = em;
        this.caller = caller;
        this.json = json;
        this.settings = settings;
        if (settings.retention().compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("partnermatch.idempotency.retention must be at least 24 hours");
        }
    }

    /**
     * Runs {@code action} once per caller and key. {@code operation} names what is done (method and path);
     * {@code request} is the parsed body, hashed to recognise a retry; {@code type} reads a stored body back.
     */
    @Transactional
    public <T> RestResponse<T> once(String key, String operation, Object request, Class<T> type,
                                    Supplier<RestResponse<T>> action) {
        if (key == null) {
            return action.get();
        }
        String idempotencyKey = validKey(key);
        String hash = hash(operation, request);
        String subject = caller.subject();
        int claimed = NativeSql.on(em, """
                INSERT INTO idempotency_key (caller, idem_key, operation, request_hash, created_at, expires_at)
                VALUES (:caller, :key, :operation, :hash, now(), now() + (:seconds * INTERVAL '1 second'))
                ON CONFLICT (caller, idem_key) DO UPDATE SET operation = EXCLUDED.operation,
                    request_hash = EXCLUDED.request_hash, status = NULL, location = NULL, etag = NULL,
                    response_body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
                WHERE idempotency_key.expires_at <= now()""") // an expired key not yet cleaned up is free again
                .bind("caller", subject).bind("key", idempotencyKey).bind("operation", operation).bind("hash", hash)
                .bind("seconds", settings.retention().toSeconds())
                .update();
        if (claimed == 1) {
            RestResponse<T> response = action.get();
            store(subject, idempotencyKey, response);
            return response;
        }
        return replay(subject, idempotencyKey, operation, hash, type);
    }

    /** Removes keys past their retention. */
    @Transactional
    public int removeExpired() {
        int removed = NativeSql.on(em, "DELETE FROM idempotency_key WHERE expires_at <= now()").update();
        if (removed > 0) {
            LOG.debugf("Removed %d expired idempotency keys", removed);
        }
        return removed;
    }

    private void store(String subject, String key, RestResponse<?> response) {
        URI location = response.getLocation();
        Object etag = response.getHeaders().getFirst("ETag");
        NativeSql.on(em, """
                UPDATE idempotency_key SET status = :status, location = :location, etag = :etag,
                    response_body = :body
                WHERE caller = :caller AND idem_key = :key""")
                .bind("status", (short) response.getStatus())
                .bind("location", location == null ? null : location.toString())
                .bind("etag", etag == null ? null : etag.toString())
                .bind("body", write(response.getEntity()))
                .bind("caller", subject).bind("key", key)
                .update();
    }

    private <T> RestResponse<T> replay(String subject, String key, String operation, String hash, Class<T> type) {
        record Stored(String operation, String hash, Integer status, String location, String etag, String body) {
        }
        Stored stored = NativeSql.on(em, """
                SELECT operation, request_hash, status, location, etag, response_body
                FROM idempotency_key WHERE caller = :caller AND idem_key = :key""")
                .bind("caller", subject).bind("key", key)
                .first(row -> new Stored(row.string("operation"), row.string("request_hash"), row.integer("status"),
                        row.string("location"), row.string("etag"), row.string("response_body")))
                // Removed between our insert attempt and this read (expired and cleaned up): rare; ask for a retry.
                .orElseThrow(() -> ProblemException.conflict(
                        "The Idempotency-Key was released while this request ran. Please retry."));
        if (!operation.equals(stored.operation()) || !hash.equals(stored.hash())) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
        }
        if (stored.status() == null) {
            // Cannot happen after the conflicting insert waited for the first transaction, but never replay nothing.
            throw ProblemException.conflict("A request with this Idempotency-Key is still in progress. Please retry.");
        }
        RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder.<T>create(stored.status())
                .entity(read(stored.body(), type))
                .header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            builder.location(URI.create(stored.location()));
        }
        if (stored.etag() != null) {
            builder.header("ETag", stored.etag());
        }
        return builder.build();
    }

    private static String validKey(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.badRequest(HEADER, KEY_RULE);
        }
        return key;
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }

    private String write(Object entity) {
        try {
            return entity == null ? null : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the response", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return body == null ? null : json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response is not readable", e);
        }
    }
}
