package org.partnermatch.offering;

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
import org.partnermatch.offering.OfferingDtos.OfferingRequest;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchParams;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;
import org.partnermatch.vocabulary.VettingStatus;

@Path("/api/v1")
@Tag(name = "Offerings", description = "Services that organizations offer to schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferingResource {

    private final OfferingService offerings;

    public OfferingResource(OfferingService offerings) {
        this.offerings = offerings;
    }

    @GET
    @PermitAll
    @Path("/offerings")
    @Operation(summary = "Search offerings across organizations",
            description = "Free text (q) with stemming, prefixes, highlights and typo tolerance, combined with filters: "
                    + "organization, category (a top-level code includes its children), a grade served, language, timing, "
                    + "cost, modality, active flag, the organization's vetting status, leadership and communities served, "
                    + "location (near with radiusKm) and schoolId (offerings that serve that school). Sort by relevance, "
                    + "distance, name or recently updated; facets=true adds counts per category, language, timing and cost. "
                    + "Only active offerings of approved organizations are shown, except to district staff and to the "
                    + "organization's own staff; only district staff may filter on a vetting status other than approved.")
    public RestResponse<SearchPage<OfferingResponse>> list(
            @Parameter(description = "Only this organization's offerings.", example = "0a000000-0000-4000-8000-000000000007") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Category code; a top-level code includes its children.", example = "math") @QueryParam("category") @Size(max = 64) String category,
            @Parameter(description = "A grade the offering serves (its grade range covers it): PK, K, 1-12 or AE for adult education (-1 to 13).", example = "7") @QueryParam("grade") @Size(max = 8) String grade,
            @Parameter(description = "Delivered in this language (ISO 639).", example = "so") @QueryParam("language") @Size(max = 12) String language,
            @Parameter(description = "Runs at this time: before_school, during_school, after_school, evening, weekend or summer.", example = "after_school") @QueryParam("timing") Timing timing,
            @Parameter(description = "free, sliding_scale or fee.", example = "free") @QueryParam("cost") Cost cost,
            @Parameter(description = "in_person, virtual or hybrid.", example = "in_person") @QueryParam("modality") Modality modality,
            @Parameter(description = "Only active (true) or inactive (false) offerings.", example = "true") @QueryParam("active") Boolean active,
            @Parameter(description = "The organization's vetting status: pending, approved or suspended (other than approved: district staff only).", example = "approved") @QueryParam("vettingStatus") VettingStatus vettingStatus,
            @Parameter(description = "The organization's self-declared leadership identity.", example = "immigrant_refugee_led") @QueryParam("leadership") Leadership leadership,
            @Parameter(description = "A community the organization serves, as it names it (case-insensitive, whole entry).", example = "Somali") @QueryParam("community") @Size(max = 80) String community,
            @BeanParam SearchParams search, @BeanParam PageQuery page, @Context UriInfo uri) {
        OfferingFilter filter = new OfferingFilter(organizationId,
                QueryParams.text(category), QueryParams.grade("grade", grade), QueryParams.language("language", language),
                timing, cost,
                modality, active,
                vettingStatus,
                leadership,
                QueryParams.community("community", community));
        return Responses.page(offerings.search(filter, search.parse(), page), uri);
    }

    @GET
    @PermitAll
    @Path("/organizations/{organizationId}/offerings")
    @Operation(summary = "List an organization's offerings")
    public RestResponse<PageResponse<OfferingResponse>> listForOrganization(
            @PathParam("organizationId") UUID organizationId,
            @Parameter(description = "Only active (true) or inactive (false) offerings.", example = "true") @QueryParam("active") Boolean active,
            @BeanParam PageQuery page, @Context UriInfo uri) {
        UUID org = organizationId;
        offerings.requireVisibleOrganization(org);
        return Responses.page(offerings.list(OfferingFilter.of(org, active), page), uri);
    }

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Path("/organizations/{organizationId}/offerings")
    @Operation(summary = "Add an offering to an organization")
    @APIResponse(responseCode = "201", description = "Created; Location names the new offering.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferingResponse.class)))
    public RestResponse<OfferingResponse> create(@PathParam("organizationId") UUID organizationId,
                                                 @Valid @NotNull OfferingRequest request, @Context UriInfo uri) {
        Offering offering = offerings.create(organizationId, request);
        return Responses.createdAt(uri, "/api/v1/offerings", offering.id, OfferingResponse.from(offering), offering.version);
    }

    @GET
    @PermitAll
    @Path("/offerings/{id}")
    @Operation(summary = "Read an offering")
    public RestResponse<OfferingResponse> get(@PathParam("id") UUID id) {
        Offering offering = offerings.getVisible(id);
        return Responses.tagged(OfferingResponse.from(offering), offering.version);
    }

    @PUT
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Path("/offerings/{id}")
    @Operation(summary = "Replace an offering", description = "Needs If-Match. Capacity cannot drop below what is in use.")
    public RestResponse<OfferingResponse> update(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 64) String ifMatch,
                                                 @Valid @NotNull OfferingRequest request) {
        Offering offering = offerings.update(id, request, ifMatch);
        return Responses.tagged(OfferingResponse.from(offering), offering.version);
    }

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Path("/offerings/{id}/verification")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Confirm an offering is still correct",
            description = "The organization's staff (or district staff) record that the offering was checked: sets "
                    + "lastVerifiedAt and lastVerifiedBy (exported to HSDS as assured_date). Editing it counts as a "
                    + "confirmation too. No body.")
    public RestResponse<OfferingResponse> verify(@PathParam("id") UUID id) {
        Offering offering = offerings.verify(id);
        return Responses.tagged(OfferingResponse.from(offering), offering.version);
    }

    @DELETE
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Path("/offerings/{id}")
    @Operation(summary = "Remove an offering")
    public void delete(@PathParam("id") UUID id) {
        offerings.delete(id);
    }
}
