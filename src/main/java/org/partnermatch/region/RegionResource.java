package org.partnermatch.region;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.common.Responses;
import org.partnermatch.region.RegionDtos.RegionRequest;
import org.partnermatch.region.RegionDtos.RegionResponse;
import org.partnermatch.security.Roles;

@Path("/api/v1")
@Tag(name = "Regions", description = "The district's regions: the vocabulary schools and organizations pick from")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionService regions;

    public RegionResource(RegionService regions) {
        this.regions = regions;
    }

    @GET
    @Path("/regions")
    @PermitAll
    @Operation(summary = "List the district's regions", description = "All regions by name, each with its ZIP codes.")
    public List<RegionResponse> list() {
        return regions.list();
    }

    @GET
    @PermitAll
    @Path("/regions/{id}")
    @Operation(summary = "Read one region")
    public RestResponse<RegionResponse> get(@PathParam("id") UUID id) {
        Region region = regions.get(id);
        return Responses.tagged(RegionResponse.from(region), region.version);
    }

    @POST
    @Path("/regions")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "Add a region (district)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new region.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionResponse.class)))
    public RestResponse<RegionResponse> create(@Valid @NotNull RegionRequest request, @Context UriInfo uri) {
        Region region = regions.create(request);
        return Responses.created(uri, region.id, RegionResponse.from(region), region.version);
    }

    @PUT
    @RolesAllowed(Roles.DISTRICT)
    @Path("/regions/{id}")
    @Operation(summary = "Rename a region or change its ZIP codes (district)",
            description = "Needs If-Match with the ETag from a read. A new name carries over to the schools in the "
                    + "region and the organizations serving it.")
    public RestResponse<RegionResponse> update(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 64) String ifMatch,
                                               @Valid @NotNull RegionRequest request) {
        Region region = regions.update(id, request, ifMatch);
        return Responses.tagged(RegionResponse.from(region), region.version);
    }

    @DELETE
    @RolesAllowed(Roles.DISTRICT)
    @Path("/regions/{id}")
    @Operation(summary = "Remove an unused region (district)",
            description = "409 while a school is in it or an organization serves it.")
    public void delete(@PathParam("id") UUID id) {
        regions.delete(id);
    }
}
