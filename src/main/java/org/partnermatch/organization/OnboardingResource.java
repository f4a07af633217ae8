package org.partnermatch.organization;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.Responses;
import org.partnermatch.organization.OnboardingDtos.OnboardingFlagResponse;
import org.partnermatch.organization.OnboardingDtos.OnboardingItemRequest;
import org.partnermatch.organization.OnboardingDtos.OnboardingItemResponse;
import org.partnermatch.organization.OnboardingDtos.OnboardingResponse;
import org.partnermatch.security.Roles;
import org.partnermatch.vocabulary.OnboardingKind;

@Path("/api/v1")
@Tag(name = "Onboarding", description = "Onboarding items district staff track for organizations (data-sharing "
        + "agreement, insurance, background checks), each with an expiry date. An expired item flags the organization "
        + "in the onboarding report.")
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private final OnboardingService onboarding;

    public OnboardingResource(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @GET
    @Path("/organizations/{id}/onboarding-items")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "An organization's onboarding items", description = "What is on file, missing and expired. "
            + "District staff and the organization's own staff.")
    public OnboardingResponse items(@PathParam("id") UUID id) {
        return onboarding.status(id);
    }

    @PUT
    @Path("/organizations/{id}/onboarding-items/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "Record an onboarding item (district)", description = "Creates the item, or replaces it "
            + "(then If-Match is required).")
    public RestResponse<OnboardingItemResponse> put(
            @PathParam("id") UUID id,
            @Parameter(description = "data_sharing_agreement, insurance or background_checks.", example = "insurance")
            @PathParam("kind") OnboardingKind kind,
            @HeaderParam("If-Match") @Size(max = 64) String ifMatch, @Valid @NotNull OnboardingItemRequest request) {
        OnboardingItem item = onboarding.put(id, kind, request, ifMatch);
        return Responses.tagged(OnboardingItemResponse.from(item, OnboardingService.today()), item.version);
    }

    @DELETE
    @Path("/organizations/{id}/onboarding-items/{kind}")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "Remove an onboarding item (district)")
    public void delete(@PathParam("id") UUID id,
                       @Parameter(description = "data_sharing_agreement, insurance or background_checks.", example = "insurance")
                       @PathParam("kind") OnboardingKind kind) {
        onboarding.delete(id, kind);
    }

    @GET
    @Path("/reports/onboarding-flags")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "Organizations flagged for expired onboarding items (district)",
            description = "Every organization with at least one item past its expiry date, longest expired first.")
    public RestResponse<PageResponse<OnboardingFlagResponse>> flags(@BeanParam PageQuery page, @Context UriInfo uri) {
        return Responses.page(onboarding.flags(page), uri);
    }
}
