package org.partnermatch.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.partnership.PartnershipDtos.PartnershipEventResponse;
import org.partnermatch.vocabulary.PartnershipState;
import org.partnermatch.webhook.WebhookService;

/**
 * Records each state change as an event in the transaction of the change, and queues it for the parties'
 * webhooks (an outbox row, delivered later by the webhook worker: the request never waits on a webhook).
 */
@ApplicationScoped
public class PartnershipEvents {

    private final PartnershipEventRepository events;
    private final WebhookService webhooks;
    private final Event<PartnershipChanged> changed;

    public PartnershipEvents(PartnershipEventRepository events, WebhookService webhooks,
                             Event<PartnershipChanged> changed) {
        this.events = events;
        this.webhooks = webhooks;
        this.changed = changed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PartnershipEvent record(Partnership partnership, PartnershipState from, Actor actor, String note) {
        PartnershipEvent event = new PartnershipEvent();
        event.id = UUID.randomUUID();
        event.partnershipId = partnership.id;
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.type = "partnership." + partnership.state.name();
        event.fromState = from;
        event.toState = partnership.state;
        event.actor = actor.subject();
        event.actorRole = actor.role();
        event.note = note;
        events.persist(event);
        webhooks.enqueue(partnership.schoolId, partnership.organizationId, event.type, payload(event, partnership));
        changed.fire(new PartnershipChanged(event.id, partnership.id, from, partnership.state, event.actorRole, note));
        return event;
    }

    @Transactional
    public PageResponse<PartnershipEventResponse> list(UUID partnershipId, PageQuery page) {
        var query = events.find("partnershipId = ?1 order by occurredAt, id", partnershipId);
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), PartnershipEvents::view, page, total);
    }

    static PartnershipEventResponse view(PartnershipEvent e) {
        return new PartnershipEventResponse(e.id, e.partnershipId, e.type, e.fromState, e.toState, e.actorRole, e.note,
                e.occurredAt);
    }

    /** The webhook body: the event plus the partnership's identifiers and state (no free text but the note). */
    private static Map<String, Object> payload(PartnershipEvent event, Partnership p) {
        Map<String, Object> partnership = new LinkedHashMap<>();
        partnership.put("id", p.id);
        partnership.put("state", p.state);
        partnership.put("schoolId", p.schoolId);
        partnership.put("organizationId", p.organizationId);
        partnership.put("offeringId", p.offeringId);
        partnership.put("needIds", List.copyOf(p.needIds));
        partnership.put("studentsToServe", p.studentsToServe);
        partnership.put("startDate", p.startDate);
        partnership.put("endDate", p.endDate);
        partnership.put("version", p.version);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id);
        body.put("type", event.type);
        body.put("occurredAt", event.occurredAt);
        body.put("fromState", event.fromState);
        body.put("toState", event.toState);
        body.put("actorRole", event.actorRole);
        body.put("note", event.note);
        body.put("partnership", partnership);
        return body;
    }
}
