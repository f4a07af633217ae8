package org.partnermatch.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.audit.AuditDtos.AuditEventResponse;
import org.partnermatch.common.Filter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.security.Caller;

/**
 * Writes the audit trail inside the caller's transaction (MANDATORY: a change and its audit row commit or roll back
 * together) and lets district staff read it.
 */
@ApplicationScoped
public class AuditService {

    private final AuditRepository events;
    private final Caller caller;
    private final ObjectMapper json;

    public AuditService(AuditRepository events, Caller caller, ObjectMapper json) {
        this.events = events;
        this.caller = caller;
        this.json = json;
    }

    /** Records a change; {@code before}/{@code after} are response records (null on create/delete). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now();
        event.actor = caller.subject();
        event.actorRole = caller.role();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId.toString();
        event.beforeState = write(before);
        event.afterState = write(after);
        events.persist(event);
    }

    /** Records a change made by the system itself (expiry, scheduled jobs), not by a caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystem(String action, String entityType, Object entityId, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now();
        event.actor = "system";
        event.actorRole = "system";
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId.toString();
        event.beforeState = write(before);
        event.afterState = write(after);
        events.persist(event);
    }

    /** Filters of the audit list; null means "any". */
    public record AuditFilter(String entityType, String entityId, String actor, String action) {
    }

    @Transactional
    public PageResponse<AuditEventResponse> list(AuditFilter filter, PageQuery page) {
        Filter where = new Filter()
                .where("entityType = :type", "type", filter.entityType())
                .where("entityId = :entity", "entity", filter.entityId())
                .where("actor = :actor", "actor", filter.actor())
                .where("action = :action", "action", filter.action());
        var query = events.find(where.query() + " order by occurredAt desc, id", where.params());
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), this::view, page, total);
    }

    private AuditEventResponse view(AuditEvent event) {
        return new AuditEventResponse(event.id, event.occurredAt, event.actor, event.actorRole, event.action,
                event.entityType, event.entityId, read(event.beforeState), read(event.afterState));
    }

    private String write(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record the audit state of " + state.getClass().getSimpleName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String state) {
        if (state == null) {
            return null;
        }
        try {
            return json.readValue(state, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }
}
