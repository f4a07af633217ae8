package org.partnermatch.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnermatch.common.QueryParams;
import org.partnermatch.matching.MatchDtos.NeedMatchesResponse;
import org.partnermatch.matching.MatchDtos.OpportunitiesResponse;
import org.partnermatch.matching.MatchDtos.SchoolMatchesResponse;
import org.partnermatch.security.Roles;

@Path("/api/v1")
@Tag(name = "Matching", description = "Ranked partners for schools' needs, and opportunities for partners, with reasons")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final MatchingService matching;
    private final MatchingConfig config;

    public MatchResource(MatchingService matching, MatchingConfig config) {
        this.matching = matching;
        this.config = config;
    }

    @GET
    @Path("/needs/{id}/matches")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(summary = "Rank offerings for one open need",
            description = "Organizations ranked by their best fitting offering, which comes first with its score, factor "
                    + "scores and reasons; the organization's other fitting offerings follow under it. Only approved "
                    + "organizations' active offerings with capacity left, in a matching category (or its parent/child), "
                    + "for overlapping grades, and inside the service area unless virtual. District staff or the "
                    + "school's principal.")
    public NeedMatchesResponse forNeed(@PathParam("id") String id, @BeanParam MatchParams params, @Context UriInfo uri) {
        return matching.forNeed(QueryParams.id("id", id), MatchParams.overrides(uri), params.limit(config.defaultLimit()));
    }

    @GET
    @Path("/schools/{id}/matches")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(summary = "Rank organizations for all of a school's open needs",
            description = "An organization's score is the priority-weighted share of the school's open needs it covers "
                    + "well, so a partner covering several high-priority needs ranks above one covering a single "
                    + "low-priority need. Each result lists the needs it covers and the offering it would use for each. "
                    + "District staff or the school's principal.")
    @APIResponse(responseCode = "200", description = "The school's ranked partners.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolMatchesResponse.class)))
    public Response forSchool(@PathParam("id") String id, @BeanParam MatchParams params, @Context UriInfo uri) {
        // the JSON is written (and remembered) by the service: repeated requests send the same bytes
        return Response.ok(matching.forSchoolJson(QueryParams.id("id", id), MatchParams.overrides(uri),
                params.limit(config.defaultLimit())), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/organizations/{id}/opportunities")
    @RolesAllowed({Roles.DISTRICT, Roles.PARTNER})
    @Operation(summary = "Schools whose open needs the organization's offerings fit, equity first",
            description = "Ranked by fit × (0.6 + 0.4 × need index / 100): among comparable fits, higher-need schools "
                    + "(Title I, free/reduced lunch, English learners) come first. District staff or the organization's "
                    + "partner staff.")
    public OpportunitiesResponse forOrganization(@PathParam("id") String id, @BeanParam MatchParams params,
                                                 @Context UriInfo uri) {
        return matching.forOrganization(QueryParams.id("id", id), MatchParams.overrides(uri),
                params.limit(config.defaultLimit()));
    }
}
