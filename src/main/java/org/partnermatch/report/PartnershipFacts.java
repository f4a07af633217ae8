package org.partnermatch.report;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What reports need to know about partnerships, which live in another feature. The default implementation
 * ({@link SqlPartnershipFacts}) reads the tables the partnership feature owns:
 *
 * <pre>
 * partnership(id uuid, school_id uuid, offering_id uuid,
 *             state in ('requested','accepted','active','completed','declined','cancelled','expired'))
 * partnership_need(partnership_id uuid, need_id uuid)
 * </pre>
 * and reports nothing while those tables do not exist.
 */
public interface PartnershipFacts {

    /** States in which a partnership is in place or agreed, so its needs count as served. */
    Set<String> ACTIVE_STATES = Set.of("accepted", "active");
    /** States counted in the partnership mix (what has been agreed, is running, or ran). */
    Set<String> COUNTED_STATES = Set.of("accepted", "active", "completed");

    /** Needs named by a partnership in one of {@link #ACTIVE_STATES}. */
    Set<UUID> needsWithActivePartnership();

    /** Partnerships in one of {@link #COUNTED_STATES}, with the organization behind the offering. */
    List<PartnershipRow> countedPartnerships();

    record PartnershipRow(UUID id, UUID schoolId, UUID offeringId, UUID organizationId, String state) {
    }
}
