package org.partnermatch.listing;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.partnermatch.listing.ProblemReportDtos.ProblemReportRequest;
import org.partnermatch.listing.ProblemReportDtos.ProblemReportResponse;
import org.partnermatch.listing.ProblemReportDtos.ProblemResolutionRequest;
import org.partnermatch.security.Roles;

@Path("/api/v1")
@Tag(name = "Listings")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemReportResource {

    private final ProblemReportService reports;

    public ProblemReportResource(ProblemReportService reports) {
        this.reports = reports;
    }

    @POST
    @PermitAll
    @Path("/problem-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a problem with a listing", description = "Anyone, signed in or not, tells the "
            + "organization and the district that something in a public listing is wrong (contact, times, languages, "
            + "places, description, closed). Rate limited per person (partnermatch.listings.reports-per-hour, 5 by "
            + "default; 429 with Retry-After beyond). The answer shows what the organization's staff will see.")
    @APIResponse(responseCode = "201", description = "Stored; the organization and the district are told.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProblemReportResponse.class)))
    @APIResponse(responseCode = "404", description = "No such public organization or offering.")
    public RestResponse<ProblemReportResponse> report(@Valid @NotNull ProblemReportRequest request,
                                                      @Context HttpServerRequest http, @Context UriInfo uri) {
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        ProblemReport stored = reports.report(request, address);
        ProblemReportResponse body = reports.publicView(stored);
        return RestResponse.ResponseBuilder.<ProblemReportResponse>created(
                uri.getAbsolutePathBuilder().path(stored.id.toString()).build()).entity(body).build();
    }

    @GET
    @Path("/problem-reports")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "List reported problems", description = "Newest first. District staff see every "
            + "organization's (the district's queue: state=open); an organization's staff see their own "
            + "(organizationId may be left out by staff of one organization). Reporters' addresses are shown to "
            + "district staff only.")
    @APIResponse(responseCode = "200", description = "One page of reports, possibly empty.")
    @APIResponse(responseCode = "404", description = "No such organization.")
    public RestResponse<PageResponse<ProblemReportResponse>> list(
            @Parameter(description = "Only this organization's reports.",
                    example = "0a000000-0000-4000-8000-000000000007") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "open or resolved.", example = "open") @QueryParam("state") @Size(max = 16) String state,
            @BeanParam PageQuery page, @Context UriInfo uri) {
        return Responses.page(reports.list(organizationId,
                QueryParams.text(state), page), uri);
    }

    @GET
    @Path("/problem-reports/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Read a reported problem", description = "Its organization's staff and district staff (404 "
            + "for anyone else).")
    public ProblemReportResponse get(@PathParam("id") UUID id) {
        return reports.view(id);
    }

    @POST
    @Path("/problem-reports/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Resolve a reported problem", description = "Its organization's staff or district staff "
            + "close it as fixed, no change needed, or dismissed, with an optional note; the reporter, if they left an "
            + "address, is told. 409 when it is already resolved.")
    public ProblemReportResponse resolve(@PathParam("id") UUID id, @Valid @NotNull ProblemResolutionRequest request) {
        return reports.resolve(id, request);
    }
}
