package org.partnermatch.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.partnermatch.vocabulary.PartySide;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<PartnershipFeedback, UUID> {

    public boolean given(UUID partnershipId, PartySide side) {
        return count("partnershipId = ?1 and givenBy = ?2", partnershipId, side) > 0;
    }

    /** Count and sum of the ratings schools gave this organization (view organization_track_record). */
    public long[] trackRecord(UUID organizationId) {
        var rows = getEntityManager().createNativeQuery(
                        "SELECT rating_count, rating_sum FROM organization_track_record WHERE organization_id = ?1")
                .setParameter(1, organizationId)
                .getResultList();
        if (rows.isEmpty()) {
            return new long[] {0, 0};
        }
        Object[] row = (Object[]) rows.get(0);
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
