package org.partnermatch.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PartnershipEventRepository implements PanacheRepositoryBase<PartnershipEvent, UUID> {
}
