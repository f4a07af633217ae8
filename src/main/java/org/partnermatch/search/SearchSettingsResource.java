package org.partnermatch.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.search.SearchDtos.SearchWeek;
import org.partnermatch.search.SearchDtos.SynonymGroupRequest;
import org.partnermatch.search.SearchDtos.SynonymGroupResponse;
import org.partnermatch.security.Roles;

@Path("/api/v1/search")
@Tag(name = "Search settings", description = "The district's synonym list and search analytics (district staff)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISTRICT)
public class SearchSettingsResource {

    private final SearchSettingsService settings;

    public SearchSettingsResource(SearchSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Path("/synonyms")
    @Operation(summary = "List the synonym groups (district)",
            description = "Groups of terms a search treats as the same: a search for one also finds the others.")
    public List<SynonymGroupResponse> synonyms() {
        return settings.synonyms();
    }

    @POST
    @Path("/synonyms")
    @Operation(summary = "Add a synonym group (district)",
            description = "Searches on every replica use it within a second; nothing is re-indexed. Audited.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new group.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SynonymGroupResponse.class)))
    public RestResponse<SynonymGroupResponse> addSynonyms(@Valid @NotNull SynonymGroupRequest request,
                                                          @Context UriInfo uri) {
        SynonymGroupResponse group = settings.addSynonyms(request);
        return RestResponse.ResponseBuilder.<SynonymGroupResponse>created(
                uri.getAbsolutePathBuilder().path(group.id().toString()).build()).entity(group).build();
    }

    @GET
    @Path("/synonyms/{id}")
    @Operation(summary = "Read one synonym group (district)")
    public SynonymGroupResponse synonymGroup(@PathParam("id") UUID id) {
        return settings.synonymGroup(id);
    }

    @PUT
    @Path("/synonyms/{id}")
    @Operation(summary = "Replace a synonym group's terms (district)", description = "Audited.")
    public SynonymGroupResponse replaceSynonyms(@PathParam("id") UUID id,
                                                @Valid @NotNull SynonymGroupRequest request) {
        return settings.replaceSynonyms(id, request);
    }

    @DELETE
    @Path("/synonyms/{id}")
    @Operation(summary = "Remove a synonym group (district)", description = "Audited.")
    public void deleteSynonyms(@PathParam("id") UUID id) {
        settings.deleteSynonyms(id);
    }

    static final int DEFAULT_WEEKS = 8;

    @GET
    @Path("/analytics")
    @Operation(summary = "Search analytics by week (district)",
            description = "For each recent week with searches: how many searches with text ran, how many found "
                    + "nothing, the most frequent texts and the texts that found nothing. No user identity is kept.")
    public List<SearchWeek> analytics(
            @Parameter(description = "How many weeks back, this one included (1 to 52).", example = "8")
            @QueryParam("weeks") @DefaultValue("" + DEFAULT_WEEKS) @Min(1) @Max(SearchSettingsService.MAX_WEEKS) Integer weeks) {
        return settings.analytics(weeks);
    }
}
