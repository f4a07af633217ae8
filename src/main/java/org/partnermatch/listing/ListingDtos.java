package org.partnermatch.listing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response records of the stale-listings report (docs/listings.md). */
public final class ListingDtos {

    private ListingDtos() {
    }

    @Schema(name = "StaleOffering", description = "An active offering not confirmed for the verification period.")
    public record StaleOffering(
            UUID id,
            String name,
            Instant lastVerifiedAt,
            @Schema(description = "Still unconfirmed after the grace period too.") boolean overdue) {
    }

    @Schema(name = "StaleOrganization", description = "An approved organization whose profile, or some of whose "
            + "active offerings, were not confirmed for the verification period.")
    public record StaleOrganization(
            UUID id,
            String name,
            Instant lastVerifiedAt,
            @Schema(description = "The profile itself is stale (not only offerings).") boolean profileStale,
            @Schema(description = "The profile, or one of the offerings, is still unconfirmed after the grace period.")
            boolean overdue,
            @Schema(description = "Its stale offerings, oldest confirmation first.") List<StaleOffering> offerings) {
    }

    @Schema(name = "StaleListings", description = "Listings to confirm or update, oldest confirmation first.")
    public record StaleListings(
            @Schema(description = "Listings last confirmed before this are stale.") Instant staleBefore,
            @Schema(description = "Listings last confirmed before this are overdue.") Instant overdueBefore,
            List<StaleOrganization> organizations) {
    }
}
