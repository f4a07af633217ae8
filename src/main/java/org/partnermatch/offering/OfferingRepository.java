package org.partnermatch.offering;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OfferingRepository implements PanacheRepositoryBase<Offering, UUID> {

    public boolean nameTaken(UUID organizationId, String name, UUID exceptId) {
        return count("organizationId = ?1 and lower(name) = lower(?2) and id <> ?3", organizationId, name.trim(),
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
