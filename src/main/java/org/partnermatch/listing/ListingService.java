package org.partnermatch.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.common.NativeSql;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.listing.ListingDtos.StaleListings;
import org.partnermatch.listing.ListingDtos.StaleOffering;
import org.partnermatch.listing.ListingDtos.StaleOrganization;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationService;

/** Which public listings (approved organizations and their active offerings) are due for confirmation. */
@ApplicationScoped
public class ListingService {

    private final OrganizationService organizations;
    private final OfferingService offerings;
    private final ListingsConfig config;
    private final EntityManager em;

    public ListingService(OrganizationService organizations, OfferingService offerings, ListingsConfig config,
                          EntityManager em) {
        this.em = em;
        this.organizations = organizations;
        this.offerings = offerings;
        this.config = config;
    }

    /**
     * Stale listings of every approved organization (district staff), or of one organization (its staff, or the
     * district; staff of exactly one organization may leave it out); {@code overdueOnly} keeps those unconfirmed past the grace period too. Oldest confirmation first.
     */
    @Transactional
    public StaleListings stale(UUID organizationId, boolean overdueOnly, Instant now) {
        return collect(organizations.listScope(organizationId), overdueOnly, now);
    }

    private StaleListings collect(UUID organizationId, boolean overdueOnly, Instant now) {
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

    /** An e-mail due to an organization about its stale listings: the first request ({@code ask} 1) or a reminder. */
    public record DueAsk(StaleOrganization organization, int ask, Instant roundStartedAt, Instant overdueFrom,
                         Instant askedAt) {

        public boolean reminder() {
            return ask > 1;
        }

        /** Whether its oldest stale listing was already overdue when this e-mail was claimed. */
        public boolean overdue() {
            return !overdueFrom.isAfter(askedAt);
        }
    }

    /**
     * Claims the requests to confirm listings that are due at {@code now} (the scheduled job sends them, in this
     * transaction): a first request to every approved organization with stale listings that has not been asked in
     * this round, and a reminder every {@code remind-every} while nothing changes, {@code reminders} times at most.
     * An organization with nothing stale any more ends its round. Claims are atomic row changes, so two replicas
     * running the job at once never both send the same e-mail.
     */
    @Transactional
    public List<DueAsk> claimAsks(Instant now) {
        Instant at = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<StaleOrganization> stale = collect(null, false, at).organizations();
        UUID[] staleIds = stale.stream().map(StaleOrganization::id).toArray(UUID[]::new);
        NativeSql.on(em, "DELETE FROM listing_verification_ask WHERE NOT (organization_id = ANY (:stale))")
                .bind("stale", staleIds).update();
        List<DueAsk> due = new ArrayList<>();
        for (StaleOrganization org : stale) {
            int inserted = NativeSql.on(em, """
                    INSERT INTO listing_verification_ask (organization_id, first_asked_at, last_asked_at, asks)
                    VALUES (:organization, :at, :at, 1) ON CONFLICT (organization_id) DO NOTHING""")
                    .bind("organization", org.id()).bind("at", at).update();
            if (inserted == 1) {
                due.add(new DueAsk(org, 1, at, overdueFrom(org), at));
                continue;
            }
            due.addAll(NativeSql.on(em, """
                    UPDATE listing_verification_ask SET asks = asks + 1, last_asked_at = :at
                    WHERE organization_id = :organization AND asks <= :reminders AND last_asked_at <= :remindBefore
                    RETURNING asks, first_asked_at""")
                    .bind("organization", org.id()).bind("at", at).bind("reminders", config.reminders())
                    .bind("remindBefore", at.minus(config.remindEvery()))
                    .list(row -> new DueAsk(org, row.integer("asks"), row.instant("first_asked_at"), overdueFrom(org),
                            at)));
        }
        return due;
    }

    /** When the organization's oldest stale listing becomes (or became) overdue. */
    private Instant overdueFrom(StaleOrganization org) {
        return oldest(org).plus(config.verifyEvery()).plus(config.grace());
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
