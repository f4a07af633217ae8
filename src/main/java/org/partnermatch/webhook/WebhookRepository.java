package org.partnermatch.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    public Optional<WebhookSubscription> forSchool(UUID schoolId) {
        return find("schoolId", schoolId).firstResultOptional();
    }

    public Optional<WebhookSubscription> forOrganization(UUID organizationId) {
        return find("organizationId", organizationId).firstResultOptional();
    }

    /** Active subscriptions of either party. */
    public List<WebhookSubscription> activeFor(UUID schoolId, UUID organizationId) {
        return list("active = true and (schoolId = ?1 or organizationId = ?2)", schoolId, organizationId);
    }

    public void persistDelivery(WebhookDelivery delivery) {
        getEntityManager().persist(delivery);
    }
}
