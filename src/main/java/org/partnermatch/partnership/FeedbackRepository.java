package org.partnermatch.partnership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.partnermatch.common.NativeSql;
import org.partnermatch.vocabulary.PartySide;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<PartnershipFeedback, UUID> {

    public boolean given(UUID partnershipId, PartySide side) {
        return count("partnershipId = ?1 and givenBy = ?2", partnershipId, side) > 0;
    }

    /** Count and sum of the ratings schools gave this organization (view organization_track_record). */
    public Ratings trackRecord(UUID organizationId) {
        return NativeSql.on(getEntityManager(), """
                SELECT rating_count, rating_sum FROM organization_track_record WHERE organization_id = :organization""")
                .bind("organization", organizationId)
                .first(row -> new Ratings(row.integer("rating_count"), row.integer("rating_sum")))
                .orElse(new Ratings(0, 0));
    }

    /** How many ratings, and their sum. */
    public record Ratings(int count, int sum) {
    }
}
