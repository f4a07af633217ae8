package org.partnermatch.school;

import jakarta.validation.constraints.Size;
import java.util.UUID;
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
import org.partnermatch.school.SchoolDtos.SchoolRequest;
import org.partnermatch.school.SchoolDtos.SchoolResponse;
import org.partnermatch.school.SchoolService.SchoolFilter;

@Path("/api/v1")
@Tag(name = "Schools", description = "Schools and their equity profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolResource {

    private final SchoolService schools;

    public SchoolResource(SchoolService schools) {
        this.schools = schools;
    }

    @GET
    @Path("/schools")
    @PermitAll
    @Operation(summary = "List schools", description = "Filter by region, a grade the school teaches, Title I, or part of the name.")
    public RestResponse<PageResponse<SchoolResponse>> list(
            @Parameter(description = "Region, e.g. Southeast.", example = "Southeast") @QueryParam("region") @Size(max = 60) String region,
            @Parameter(description = "A grade the school teaches: PK, K or 1-12.", example = "7") @QueryParam("grade") @Size(max = 8) String grade,
            @Parameter(description = "Only Title I schools (true) or only others (false).", example = "true") @QueryParam("titleI") Boolean titleI,
            @Parameter(description = "Part of the school's name.", example = "kurose") @QueryParam("q") @Size(max = 200) String q,
            @BeanParam PageQuery page, @Context UriInfo uri) {
        SchoolFilter filter = new SchoolFilter(QueryParams.text(region), QueryParams.schoolGrade("grade", grade),
                titleI, QueryParams.text(q));
        return Responses.page(schools.list(filter, page), uri);
    }

    @GET
    @PermitAll
    @Path("/schools/{id}")
    @Operation(summary = "Read a school's profile")
    public RestResponse<SchoolResponse> get(@PathParam("id") UUID id) {
        School school = schools.get(id);
        return Responses.tagged(SchoolResponse.from(school), school.version);
    }

    @POST
    @Path("/schools")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "Add a school")
    @APIResponse(responseCode = "201", description = "Created; Location names the new school.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolResponse.class)))
    public RestResponse<SchoolResponse> create(@Valid @NotNull SchoolRequest request, @Context UriInfo uri) {
        School school = schools.create(request);
        return Responses.created(uri, school.id, SchoolResponse.from(school), school.version);
    }

    @PUT
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Path("/schools/{id}")
    @Operation(summary = "Replace a school's profile", description = "District staff, or the school's own principal. Needs If-Match with the ETag from a read.")
    public RestResponse<SchoolResponse> update(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 64) String ifMatch,
                                               @Valid @NotNull SchoolRequest request) {
        School school = schools.update(id, request, ifMatch);
        return Responses.tagged(SchoolResponse.from(school), school.version);
    }

    @DELETE
    @RolesAllowed(Roles.DISTRICT)
    @Path("/schools/{id}")
    @Operation(summary = "Remove a school and its needs")
    public void delete(@PathParam("id") UUID id) {
        schools.delete(id);
    }
}
