package org.partnermatch.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.vocabulary.OnboardingKind;

@ApplicationScoped
public class OnboardingItemRepository implements PanacheRepositoryBase<OnboardingItem, UUID> {

    public List<OnboardingItem> forOrganization(UUID organizationId) {
        return list("organizationId = ?1 order by kind", organizationId);
    }

    public Optional<OnboardingItem> find(UUID organizationId, OnboardingKind kind) {
        return find("organizationId = ?1 and kind = ?2", organizationId, kind).firstResultOptional();
    }
}
