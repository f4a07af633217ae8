package org.partnermatch.need;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.QueryParams;
import org.partnermatch.common.Responses;
import org.partnermatch.security.Roles;
import org.partnermatch.need.NeedDtos.NeedRequest;
import org.partnermatch.need.NeedDtos.NeedResponse;
import org.partnermatch.need.NeedService.NeedFilter;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.Priority;

@Path("/api/v1")
@Tag(name = "Needs", description = "Schools' stated student needs (aggregates only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NeedResource {

    private final NeedService needs;

    public NeedResource(NeedService needs) {
        this.needs = needs;
    }

    @GET
    @PermitAll
    @Path("/schools/{schoolId}/needs")
    @Operation(summary = "List a school's needs", description = "Anonymous callers, partners and other schools see open needs only.")
    public RestResponse<PageResponse<NeedResponse>> listForSchool(
            @PathParam("schoolId") UUID schoolId,
            @Parameter(description = "open, met or closed.", example = "open") @QueryParam("status") NeedStatus status,
            @Parameter(description = "Category code; a top-level code includes its children.", example = "academic") @QueryParam("category") @Size(max = 64) String category,
            @BeanParam PageQuery page, @Context UriInfo uri) {
        UUID school = schoolId;
        needs.requireSchool(school);
        NeedFilter filter = new NeedFilter(school, status,
                QueryParams.text(category), null, null);
        return Responses.page(needs.list(filter, page), uri);
    }

    @POST
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Path("/schools/{schoolId}/needs")
    @Operation(summary = "State a new need for a school")
    @APIResponse(responseCode = "201", description = "Created; Location names the new need.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedResponse.class)))
    public RestResponse<NeedResponse> create(@PathParam("schoolId") UUID schoolId,
                                             @Valid @NotNull NeedRequest request, @Context UriInfo uri) {
        Need need = needs.create(schoolId, request);
        return Responses.createdAt(uri, "/api/v1/needs", need.id, NeedResponse.from(need), need.version);
    }

    @GET
    @PermitAll
    @Path("/needs")
    @Operation(summary = "List needs across schools", description = "Filter by status, category, priority, region or school. Only district staff see every school's met and closed needs; a principal also sees their own.")
    public RestResponse<PageResponse<NeedResponse>> list(
            @Parameter(description = "open, met or closed.", example = "open") @QueryParam("status") NeedStatus status,
            @Parameter(description = "Category code; a top-level code includes its children.", example = "math") @QueryParam("category") @Size(max = 64) String category,
            @Parameter(description = "low, medium, high or urgent.", example = "high") @QueryParam("priority") Priority priority,
            @Parameter(description = "Region of the school.", example = "Southeast") @QueryParam("region") @Size(max = 60) String region,
            @Parameter(description = "Only this school's needs.") @QueryParam("schoolId") UUID schoolId,
            @BeanParam PageQuery page, @Context UriInfo uri) {
        NeedFilter filter = new NeedFilter(schoolId,
                status, QueryParams.text(category),
                priority, QueryParams.text(region));
        return Responses.page(needs.list(filter, page), uri);
    }

    @GET
    @PermitAll
    @Path("/needs/{id}")
    @Operation(summary = "Read a need")
    public RestResponse<NeedResponse> get(@PathParam("id") UUID id) {
        Need need = needs.get(id);
        return Responses.tagged(NeedResponse.from(need), need.version);
    }

    @PUT
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Path("/needs/{id}")
    @Operation(summary = "Replace a need (also how it is closed)",
            description = "Needs If-Match with the ETag from a read. Set status to met or closed to close it.")
    public RestResponse<NeedResponse> update(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 64) String ifMatch,
                                             @Valid @NotNull NeedRequest request) {
        Need need = needs.update(id, request, ifMatch);
        return Responses.tagged(NeedResponse.from(need), need.version);
    }

    @DELETE
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Path("/needs/{id}")
    @Operation(summary = "Remove a need stated in error")
    public void delete(@PathParam("id") UUID id) {
        needs.delete(id);
    }
}
