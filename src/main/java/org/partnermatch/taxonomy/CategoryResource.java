package org.partnermatch.taxonomy;

import jakarta.validation.constraints.Size;
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
import org.partnermatch.security.Roles;
import org.partnermatch.taxonomy.CategoryDtos.CategoryRequest;
import org.partnermatch.taxonomy.CategoryDtos.CategoryResponse;

@Path("/api/v1")
@Tag(name = "Categories", description = "The shared two-level taxonomy of needs and offerings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private final TaxonomyService taxonomy;

    public CategoryResource(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GET
    @Path("/categories")
    @PermitAll
    @Operation(summary = "List the taxonomy tree", description = "Top-level terms in display order, each with its children.")
    public List<CategoryResponse> tree() {
        return taxonomy.tree();
    }

    @GET
    @PermitAll
    @Path("/categories/{code}")
    @Operation(summary = "Read one category")
    public RestResponse<CategoryResponse> get(@PathParam("code") @Size(max = 64) String code) {
        Category category = taxonomy.get(code);
        return Responses.tagged(taxonomy.view(category), category.version);
    }

    @POST
    @Path("/categories")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "Add a category (district)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new category.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryResponse.class)))
    public RestResponse<CategoryResponse> create(@Valid @NotNull CategoryRequest request, @Context UriInfo uri) {
        Category category = taxonomy.create(request);
        return Responses.created(uri, category.code, taxonomy.view(category), category.version);
    }

    @PUT
    @RolesAllowed(Roles.DISTRICT)
    @Path("/categories/{code}")
    @Operation(summary = "Rename or re-parent a category (district)", description = "Needs If-Match with the ETag from a read.")
    public RestResponse<CategoryResponse> update(@PathParam("code") @Size(max = 64) String code,
                                                 @HeaderParam("If-Match") @Size(max = 64) String ifMatch,
                                                 @Valid @NotNull CategoryRequest request) {
        Category category = taxonomy.update(code, request, ifMatch);
        return Responses.tagged(taxonomy.view(category), category.version);
    }

    @DELETE
    @RolesAllowed(Roles.DISTRICT)
    @Path("/categories/{code}")
    @Operation(summary = "Remove an unused category (district)")
    public void delete(@PathParam("code") @Size(max = 64) String code) {
        taxonomy.delete(code);
    }
}
