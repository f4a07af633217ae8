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
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
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
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (caller, idem_key, operation, request_hash,"
                        + " created_at, expires_at) VALUES (?1, ?2, ?3, ?4, now(), now() + (?5 * INTERVAL '1 second'))"
                        // an expired key that the cleanup job has not removed yet is free again
                        + " ON CONFLICT (caller, idem_key) DO UPDATE SET operation = EXCLUDED.operation,"
                        + " request_hash = EXCLUDED.request_hash, status = NULL, location = NULL, etag = NULL,"
                        + " response_body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at"
                        + " WHERE idempotency_key.expires_at <= now()")
                .setParameter(1, subject)
                .setParameter(2, idempotencyKey)
                .setParameter(3, operation)
                .setParameter(4, hash)
                .setParameter(5, settings.retention().toSeconds())
                .executeUpdate();
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
        int removed = em.createNativeQuery("DELETE FROM idempotency_key WHERE expires_at <= now()").executeUpdate();
        if (removed > 0) {
            LOG.debugf("Removed %d expired idempotency keys", removed);
        }
        return removed;
    }

    private void store(String subject, String key, RestResponse<?> response) {
        URI location = response.getLocation();
        Object etag = response.getHeaders().getFirst("ETag");
        em.createNativeQuery("UPDATE idempotency_key SET status = ?1, location = ?2, etag = ?3, response_body = ?4"
                        + " WHERE caller = ?5 AND idem_key = ?6")
                .setParameter(1, (short) response.getStatus())
                .setParameter(2, location == null ? null : location.toString())
                .setParameter(3, etag == null ? null : etag.toString())
                .setParameter(4, write(response.getEntity()))
                .setParameter(5, subject)
                .setParameter(6, key)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private <T> RestResponse<T> replay(String subject, String key, String operation, String hash, Class<T> type) {
        List<Object[]> rows = em.createNativeQuery("SELECT operation, request_hash, status, location, etag,"
                        + " response_body FROM idempotency_key WHERE caller = ?1 AND idem_key = ?2")
                .setParameter(1, subject)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            // Removed between our insert attempt and this read (expired and cleaned up): rare; ask for a retry.
            throw ProblemException.conflict("The Idempotency-Key was released while this request ran. Please retry.");
        }
        Object[] row = rows.get(0);
        if (!operation.equals(row[0]) || !hash.equals(row[1])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
        }
        if (row[2] == null) {
            // Cannot happen after the conflicting insert waited for the first transaction, but never replay nothing.
            throw ProblemException.conflict("A request with this Idempotency-Key is still in progress. Please retry.");
        }
        int status = ((Number) row[2]).intValue();
        RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder.<T>create(status)
                .entity(read((String) row[5], type))
                .header(REPLAYED_HEADER, "true");
        if (row[3] != null) {
            builder.location(URI.create((String) row[3]));
        }
        if (row[4] != null) {
            builder.header("ETag", row[4]);
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
