package org.partnermatch.organization;

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
import org.partnermatch.common.QueryParams;
import org.partnermatch.common.Responses;
import org.partnermatch.security.Roles;
import org.partnermatch.organization.OrganizationDtos.OrganizationRequest;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationDtos.VettingRequest;
import org.partnermatch.organization.OrganizationService.OrganizationFilter;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchParams;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;
import org.partnermatch.vocabulary.VettingStatus;

@Path("/api/v1")
@Tag(name = "Organizations", description = "Community-based organizations (CBOs) and their vetting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @Path("/organizations")
    @PermitAll
    @Operation(summary = "Search organizations", description = "Free text (q) over an organization's name, description, "
            + "communities and its active offerings, with stemming, prefixes, highlights and typo tolerance, combined with "
            + "filters: vetting status, staff language, leadership, region and community served, what it offers (category, "
            + "grade, timing, modality, cost: one active offering satisfying them all), location (near with radiusKm) and "
            + "schoolId (organizations that serve that school). Sort by relevance, distance, name or recently updated; "
            + "facets=true adds counts per category, language, timing and cost. Only district staff see pending or "
            + "suspended organizations (partners also see their own); contact details are hidden from anonymous callers.")
    public RestResponse<SearchPage<OrganizationResponse>> list(
            @Parameter(description = "pending, approved or suspended (other than approved: district staff only).", example = "approved") @QueryParam("vettingStatus") VettingStatus vettingStatus,
            @Parameter(description = "A language staff speak (ISO 639).", example = "so") @QueryParam("language") @Size(max = 12) String language,
            @Parameter(description = "Has an active offering in this category (a top-level code includes its children).", example = "academic") @QueryParam("category") @Size(max = 64) String category,
            @Parameter(description = "Self-declared leadership identity.", example = "black_led") @QueryParam("leadership") Leadership leadership,
            @Parameter(description = "Serves this region.", example = "Southeast") @QueryParam("region") @Size(max = 60) String region,
            @Parameter(description = "A community the organization serves, as it names it (case-insensitive, whole entry).", example = "East African") @QueryParam("community") @Size(max = 80) String community,
            @Parameter(description = "Has an active offering for this grade: PK, K, 1-12 or AE for adult education (-1 to 13).", example = "7") @QueryParam("grade") @Size(max = 8) String grade,
            @Parameter(description = "Has an active offering at this time: before_school, during_school, after_school, evening, weekend or summer.", example = "after_school") @QueryParam("timing") Timing timing,
            @Parameter(description = "Has an active offering delivered in_person, virtual or hybrid.", example = "in_person") @QueryParam("modality") Modality modality,
            @Parameter(description = "Has an active offering at this cost: free, sliding_scale or fee.", example = "free") @QueryParam("cost") Cost cost,
            @BeanParam SearchParams search, @BeanParam PageQuery page, @Context UriInfo uri) {
        OrganizationFilter filter = new OrganizationFilter(
                vettingStatus,
                QueryParams.language("language", language), QueryParams.text(category),
                leadership, QueryParams.text(region),
                QueryParams.grade("grade", grade), timing,
                modality,
                cost, QueryParams.community("community", community));
        return Responses.page(organizations.search(filter, search.parse(), page), uri);
    }

    @GET
    @PermitAll
    @Path("/organizations/{id}")
    @Operation(summary = "Read an organization")
    public RestResponse<OrganizationResponse> get(@PathParam("id") UUID id) {
        Organization org = organizations.getVisible(id);
        return Responses.tagged(organizations.view(org), org.version);
    }

    @POST
    @Path("/organizations")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT, Roles.USER})
    @Operation(summary = "Register an organization", description = "It starts pending until district staff vet it. "
            + "Anyone signed in with the district's provider may register one and becomes its owner; a partner service "
            + "token's organization_id claim, when present, becomes the new organization's id.")
    @APIResponse(responseCode = "201", description = "Registered (pending); Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationResponse.class)))
    public RestResponse<OrganizationResponse> register(@Valid @NotNull OrganizationRequest request, @Context UriInfo uri) {
        Organization org = organizations.register(request);
        return Responses.created(uri, org.id, organizations.view(org), org.version);
    }

    @PUT
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Path("/organizations/{id}")
    @Operation(summary = "Replace an organization's profile", description = "Needs If-Match. Vetting status is not changed here.")
    public RestResponse<OrganizationResponse> update(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 64) String ifMatch,
                                                     @Valid @NotNull OrganizationRequest request) {
        Organization org = organizations.update(id, request, ifMatch);
        return Responses.tagged(organizations.view(org), org.version);
    }

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Path("/organizations/{id}/verification")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Confirm the organization's details are still correct",
            description = "Its staff (or district staff) record that the profile was checked: sets lastVerifiedAt and "
                    + "lastVerifiedBy. Editing the profile counts as a confirmation too. No body.")
    public RestResponse<OrganizationResponse> verify(@PathParam("id") UUID id) {
        Organization org = organizations.verify(id);
        return Responses.tagged(organizations.view(org), org.version);
    }

    @POST
    @RolesAllowed(Roles.DISTRICT)
    @Path("/organizations/{id}/vetting")
    @Operation(summary = "Record a vetting decision (district)", description = "Moves the organization to pending, approved or suspended.")
    public RestResponse<OrganizationResponse> vet(@PathParam("id") UUID id, @Valid @NotNull VettingRequest request) {
        Organization org = organizations.vet(id, request);
        return Responses.tagged(organizations.view(org), org.version);
    }

    @DELETE
    @RolesAllowed(Roles.DISTRICT)
    @Path("/organizations/{id}")
    @Operation(summary = "Remove an organization and its offerings")
    public void delete(@PathParam("id") UUID id) {
        organizations.delete(id);
    }
}
