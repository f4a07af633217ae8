package org.partnermatch.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.common.ProblemException;
import org.partnermatch.listing.ListingDtos.StaleListings;
import org.partnermatch.listing.ListingDtos.StaleOffering;
import org.partnermatch.listing.ListingDtos.StaleOrganization;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.security.Caller;

/** Which public listings (approved organizations and their active offerings) are due for confirmation. */
@ApplicationScoped
public class ListingService {

    private final OrganizationService organizations;
    private final OfferingService offerings;
    private final ListingsConfig config;
    private final Caller caller;

    public ListingService(OrganizationService organizations, OfferingService offerings, ListingsConfig config,
                          Caller caller) {
        this.organizations = organizations;
        this.offerings = offerings;
        this.config = config;
        this.caller = caller;
    }

    /**
     * Stale listings of every approved organization (district staff), or of one organization (its staff, or the
     * district; staff of exactly one organization may leave it out); {@code overdueOnly} keeps those unconfirmed past the grace period too. Oldest confirmation first.
     */
    @Transactional
    public StaleListings stale(UUID organizationId, boolean overdueOnly, Instant now) {
        if (organizationId == null && !caller.district()) {
            // An organization's staff see their own: the one organization they belong to, else name it.
            if (caller.organizationIds().size() != 1) {
                throw ProblemException.badRequest("organizationId", "is required: name one of your organizations");
            }
            organizationId = caller.organizationIds().iterator().next();
        }
        if (organizationId != null) {
            organizations.get(organizationId);
            caller.requireOrganization(organizationId);
        }
        Instant staleBefore = config.staleBefore(now);
        Instant overdueBefore = config.overdueBefore(now);
        Instant cutoff = overdueOnly ? overdueBefore : staleBefore;
        Map<UUID, Organization> approved = new LinkedHashMap<>();
        for (Organization org : organizations.approvedListings(organizationId)) {
            approved.put(org.id, org);
        }
        Map<UUID, List<StaleOffering>> staleOfferings = new LinkedHashMap<>();
        for (Offering offering : offerings.notVerifiedSince(approved.keySet(), cutoff)) {
            staleOfferings.computeIfAbsent(offering.organizationId, id -> new ArrayList<>()).add(new StaleOffering(
                    offering.id, offering.name, offering.lastVerifiedAt, offering.lastVerifiedAt.isBefore(overdueBefore)));
        }
        List<StaleOrganization> result = new ArrayList<>();
        for (Organization org : approved.values()) {
            boolean profileStale = org.lastVerifiedAt.isBefore(cutoff);
            List<StaleOffering> its = staleOfferings.getOrDefault(org.id, List.of());
            if (!profileStale && its.isEmpty()) {
                continue;
            }
            boolean overdue = org.lastVerifiedAt.isBefore(overdueBefore) || its.stream().anyMatch(StaleOffering::overdue);
            result.add(new StaleOrganization(org.id, org.name, org.lastVerifiedAt, profileStale, overdue, its));
        }
        result.sort(Comparator.comparing(ListingService::oldest).thenComparing(StaleOrganization::name));
        return new StaleListings(staleBefore, overdueBefore, result);
    }

    @Transactional
    public StaleListings stale(UUID organizationId, boolean overdueOnly) {
        return stale(organizationId, overdueOnly, Clock.systemUTC().instant());
    }

    private static Instant oldest(StaleOrganization org) {
        Instant oldest = org.lastVerifiedAt();
        for (StaleOffering offering : org.offerings()) {
            if (offering.lastVerifiedAt().isBefore(oldest)) {
                oldest = offering.lastVerifiedAt();
            }
        }
        return oldest;
    }
}
