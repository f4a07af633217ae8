package org.partnermatch.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.ProblemException;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.school.SchoolService;
import org.partnermatch.security.Caller;
import org.partnermatch.webhook.WebhookDtos.WebhookRequest;
import org.partnermatch.webhook.WebhookDtos.WebhookResponse;

/**
 * Webhook settings of schools and organizations, and the outbox: {@link #enqueue} writes one delivery per active
 * subscription inside the caller's transaction; {@link WebhookDispatcher} sends them later.
 */
@ApplicationScoped
public class WebhookService {

    private final WebhookRepository subscriptions;
    private final SchoolService schools;
    private final OrganizationService organizations;
    private final WebhookDestinations destinations;
    private final Caller caller;
    private final AuditService audit;
    private final ObjectMapper json;

    public WebhookService(WebhookRepository subscriptions, SchoolService schools, OrganizationService organizations,
                          WebhookDestinations destinations, Caller caller, AuditService audit, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.schools = schools;
        this.organizations = organizations;
        this.destinations = destinations;
        this.caller = caller;
        this.audit = audit;
        this.json = json;
    }

    /** Whose webhook: a school's or an organization's. */
    public enum Owner { school, organization }

    @Transactional
    public WebhookSubscription get(Owner owner, UUID ownerId) {
        requireOwner(owner, ownerId);
        return find(owner, ownerId).orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                "No webhook is configured for this " + owner + "."));
    }

    /** Creates or replaces the settings; replacing needs If-Match. */
    @Transactional
    public WebhookSubscription put(Owner owner, UUID ownerId, WebhookRequest request, String ifMatch) {
        requireOwner(owner, ownerId);
        String url = checkUrl(request.url());
        String secretRefusal = WebhookSignature.refusal(request.secret());
        if (secretRefusal != null) {
            throw ProblemException.badRequest("secret", secretRefusal);
        }
        Optional<WebhookSubscription> existing = find(owner, ownerId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        WebhookSubscription s;
        WebhookResponse before = null;
        if (existing.isPresent()) {
            s = existing.get();
            ETags.requireMatch(ifMatch, s.version);
            before = WebhookResponse.from(s);
        } else {
            s = new WebhookSubscription();
            s.id = UUID.randomUUID();
            s.schoolId = owner == Owner.school ? ownerId : null;
            s.organizationId = owner == Owner.organization ? ownerId : null;
            s.createdAt = now;
        }
        s.url = url;
        s.secret = request.secret();
        s.active = request.active() == null || request.active();
        s.updatedAt = now;
        if (existing.isEmpty()) {
            subscriptions.persist(s);
        }
        subscriptions.flush();
        // The secret never enters the audit trail: WebhookResponse has no secret.
        audit.record(existing.isPresent() ? "webhook.updated" : "webhook.created", "webhook", s.id, before,
                WebhookResponse.from(s));
        return s;
    }

    @Transactional
    public void delete(Owner owner, UUID ownerId) {
        WebhookSubscription s = get(owner, ownerId);
        audit.record("webhook.deleted", "webhook", s.id, WebhookResponse.from(s), null);
        subscriptions.delete(s);
    }

    /** Queues an event for the active webhooks of a partnership's school and organization (same transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID schoolId, UUID organizationId, String eventType, Object payload) {
        var targets = subscriptions.activeFor(schoolId, organizationId);
        if (targets.isEmpty()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a webhook payload", e);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (WebhookSubscription target : targets) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.subscriptionId = target.id;
            delivery.eventType = eventType;
            delivery.payload = body;
            delivery.state = "pending";
            delivery.attempts = 0;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            subscriptions.persistDelivery(delivery);
        }
    }

    private String checkUrl(String url) {
        String refusal = destinations.refusal(url);
        if (refusal != null) {
            throw ProblemException.badRequest("url", refusal);
        }
        // Schemes are case-insensitive (RFC 3986): stored lower-case, as the table's CHECK expects.
        String trimmed = url.trim();
        int colon = trimmed.indexOf(':');
        return trimmed.substring(0, colon).toLowerCase(Locale.ROOT) + trimmed.substring(colon);
    }

    private Optional<WebhookSubscription> find(Owner owner, UUID ownerId) {
        return owner == Owner.school ? subscriptions.forSchool(ownerId) : subscriptions.forOrganization(ownerId);
    }

    private void requireOwner(Owner owner, UUID ownerId) {
        if (owner == Owner.school) {
            schools.get(ownerId);
            caller.requireSchool(ownerId);
        } else {
            organizations.get(ownerId);
            caller.requireOrganization(ownerId);
        }
    }
}
