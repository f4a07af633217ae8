package org.partnermatch.listing;

import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnermatch.listing.ListingDtos.StaleListings;
import org.partnermatch.security.Roles;

@Path("/api/v1/listings")
@Tag(name = "Listings", description = "Keeping organizations' and offerings' listings current")
@Produces(MediaType.APPLICATION_JSON)
public class ListingResource {

    private final ListingService listings;

    public ListingResource(ListingService listings) {
        this.listings = listings;
    }

    @GET
    @Path("/stale")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Listings due for confirmation",
            description = "Approved organizations whose profile or active offerings were not confirmed as still "
                    + "correct for the verification period (partnermatch.listings.verify-every, 180 days by default), "
                    + "oldest first; overdue marks those still unconfirmed after the grace period. District staff see "
                    + "every organization; an organization's staff see their own (organizationId may be left out by staff of one "
                    + "organization).")
    @APIResponse(responseCode = "200", description = "The stale listings, possibly none.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaleListings.class)))
    @APIResponse(responseCode = "404", description = "No such organization.")
    public StaleListings stale(
            @Parameter(description = "Only this organization; required for staff of several organizations.",
                    example = "0a000000-0000-4000-8000-000000000007") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only listings unconfirmed past the grace period too.", example = "true")
            @QueryParam("overdue") Boolean overdue) {
        Boolean overdueOnly = overdue;
        return listings.stale(organizationId, Boolean.TRUE.equals(overdueOnly));
    }
}
