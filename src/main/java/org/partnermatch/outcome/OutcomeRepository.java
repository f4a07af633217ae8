package org.partnermatch.outcome;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<PartnershipOutcome, UUID> {

    public List<PartnershipOutcome> of(UUID partnershipId) {
        return list("partnershipId = ?1 order by position", partnershipId);
    }
}
