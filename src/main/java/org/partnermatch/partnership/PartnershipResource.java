package org.partnermatch.partnership;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.Responses;
import org.partnermatch.idempotency.IdempotencyService;
import org.partnermatch.partnership.FeedbackService.FeedbackFilter;
import org.partnermatch.partnership.PartnershipDtos.FeedbackRequest;
import org.partnermatch.partnership.PartnershipDtos.FeedbackResponse;
import org.partnermatch.partnership.PartnershipDtos.PartnershipEventResponse;
import org.partnermatch.partnership.PartnershipDtos.PartnershipRequest;
import org.partnermatch.partnership.PartnershipDtos.PartnershipResponse;
import org.partnermatch.partnership.PartnershipDtos.ReasonRequest;
import org.partnermatch.partnership.PartnershipDtos.TrackRecordResponse;
import org.partnermatch.partnership.PartnershipService.PartnershipFilter;
import org.partnermatch.security.Roles;
import org.partnermatch.vocabulary.PartnershipState;
import org.partnermatch.vocabulary.PartySide;

@Path("/api/v1")
@Tag(name = "Partnerships", description = """
        A school's request to an offering, from request to completed partnership.

            requested --accept--> accepted --start--> active --complete--> completed
            requested --decline--> declined
            requested --(no answer within the request TTL)--> expired
            requested | accepted | active --cancel--> cancelled

        Any other move is a 409 naming the current state. Accepting takes the offering's capacity (1 for offerings \
        counted in schools, studentsToServe for offerings counted in students) or fails with 409 when too little is \
        left; cancelling gives it back. Only approved organizations can be requested. One open (requested, accepted \
        or active) partnership per school and offering. Parties are the school's principal and the organization's \
        partner staff; others get 404.""")
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipResource {

    private static final String IDEMPOTENCY = "Optional. A retry with the same key and body returns the first "
            + "response (with Idempotent-Replayed: true); the same key with another body is a 422. Scoped to the "
            + "caller, kept at least 24 hours.";

    private final PartnershipService partnerships;
    private final PartnershipEvents events;
    private final FeedbackService feedback;
    private final IdempotencyService idempotency;

    public PartnershipResource(PartnershipService partnerships, PartnershipEvents events, FeedbackService feedback,
                               IdempotencyService idempotency) {
        this.partnerships = partnerships;
        this.events = events;
        this.feedback = feedback;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/partnerships")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.DISTRICT})
    @Operation(summary = "Request a partnership",
            description = "A principal (for their own school) or district staff (naming schoolId) asks an offering to "
                    + "serve one or more of the school's open needs. The request starts 'requested' and expires if "
                    + "the partner does not answer within the request TTL (default 14 days).")
    @APIResponse(responseCode = "201", description = "Requested; Location names the partnership.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "404", description = "The school, offering or a need named in the body does not exist "
            + "or may not be seen by the caller.")
    public RestResponse<PartnershipResponse> request(
            @Parameter(in = ParameterIn.HEADER, description = IDEMPOTENCY, example = "6f1c2a8e-request-1")
            @HeaderParam(IdempotencyService.HEADER) @Size(min = 1, max = 255, message = IdempotencyService.KEY_RULE) String idempotencyKey,
            @Valid @NotNull PartnershipRequest request, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST /api/v1/partnerships", request, PartnershipResponse.class, () -> {
            Partnership p = partnerships.request(request);
            return Responses.createdAt(uri, "/api/v1/partnerships", p.id, PartnershipResponse.from(p), p.version);
        });
    }

    @GET
    @Path("/partnerships")
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "List partnerships", description = "District staff see all; principals their school's; "
            + "partner staff their organization's. Newest first.")
    public RestResponse<PageResponse<PartnershipResponse>> list(
            @Parameter(description = "requested, accepted, declined, active, completed, cancelled or expired.", example = "requested")
            @QueryParam("state") PartnershipState state,
            @Parameter(description = "Only this school's.") @QueryParam("schoolId") UUID schoolId,
            @Parameter(description = "Only this organization's.") @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only this offering's.") @QueryParam("offeringId") UUID offeringId,
            @BeanParam PageQuery page, @Context UriInfo uri) {
        PartnershipFilter filter = new PartnershipFilter(state,
                schoolId, organizationId,
                offeringId);
        return Responses.page(partnerships.list(filter, page), uri);
    }

    @GET
    @Path("/partnerships/{id}")
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Read a partnership", description = "Parties and district staff; 404 for anyone else.")
    public RestResponse<PartnershipResponse> get(@PathParam("id") UUID id) {
        Partnership p = partnerships.get(id);
        return Responses.tagged(PartnershipResponse.from(p), p.version);
    }

    @POST
    @Path("/partnerships/{id}/accept")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Accept a request (partner)", description = "requested → accepted. Takes the offering's "
            + "capacity in the same transaction; 409 when too little is left or the request is not 'requested'.")
    public RestResponse<PartnershipResponse> accept(@PathParam("id") UUID id) {
        return view(partnerships.accept(id));
    }

    @POST
    @Path("/partnerships/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Decline a request (partner)", description = "requested → declined, with a reason.")
    public RestResponse<PartnershipResponse> decline(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return view(partnerships.decline(id, request.reason()));
    }

    @POST
    @Path("/partnerships/{id}/approve")
    @RolesAllowed(Roles.PRINCIPAL)
    @Operation(summary = "Approve a partnership as the school's principal", description = "District policy: a "
            + "partnership becomes active only once the school's principal has approved it. While requested or "
            + "accepted; records who and when (approvedBy, approvedAt). Approving again changes nothing.")
    public RestResponse<PartnershipResponse> approve(@PathParam("id") UUID id) {
        return view(partnerships.approve(id));
    }

    @POST
    @Path("/partnerships/{id}/start")
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Record that a partnership has started", description = "accepted → active. Either side, "
            + "once the school's principal has approved it (else 409).")
    public RestResponse<PartnershipResponse> start(@PathParam("id") UUID id) {
        return view(partnerships.start(id));
    }

    @POST
    @Path("/partnerships/{id}/complete")
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Complete a partnership", description = "active → completed. Either side. The capacity stays "
            + "used for the term.")
    public RestResponse<PartnershipResponse> complete(@PathParam("id") UUID id) {
        return view(partnerships.complete(id));
    }

    @POST
    @Path("/partnerships/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Cancel a request or partnership", description = "requested, accepted or active → cancelled, "
            + "with a reason. Either side. Capacity it held goes back to the offering.")
    public RestResponse<PartnershipResponse> cancel(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return view(partnerships.cancel(id, request.reason()));
    }

    @GET
    @Path("/partnerships/{id}/events")
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "List a partnership's state changes", description = "Oldest first. The same events are "
            + "POSTed to the parties' webhooks.")
    public RestResponse<PageResponse<PartnershipEventResponse>> events(@PathParam("id") UUID id,
                                                                       @BeanParam PageQuery page, @Context UriInfo uri) {
        Partnership p = partnerships.get(id);
        return Responses.page(events.list(p.id, page), uri);
    }

    @POST
    @Path("/partnerships/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER})
    @Operation(summary = "Rate a partnership (once per side)", description = "The school's principal or the partner's "
            + "staff rates an active or completed partnership 1-5 with a comment; the side comes from the token. A "
            + "school's rating counts in the partner's track record.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the partnership's feedback list.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackResponse.class)))
    public RestResponse<FeedbackResponse> giveFeedback(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IDEMPOTENCY, example = "6f1c2a8e-feedback-1")
            @HeaderParam(IdempotencyService.HEADER) @Size(min = 1, max = 255, message = IdempotencyService.KEY_RULE) String idempotencyKey,
            @Valid @NotNull FeedbackRequest request, @Context UriInfo uri) {
        UUID partnershipId = id;
        return idempotency.once(idempotencyKey, "POST /api/v1/partnerships/" + partnershipId + "/feedback", request,
                FeedbackResponse.class, () -> {
                    FeedbackResponse created = feedback.give(partnershipId, request);
                    URI location = uri.getBaseUriBuilder().path("/api/v1/partnerships").path(partnershipId.toString())
                            .path("feedback").build();
                    return RestResponse.ResponseBuilder.<FeedbackResponse>created(location).entity(created).build();
                });
    }

    @GET
    @Path("/partnerships/{id}/feedback")
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Read a partnership's feedback", description = "The school's rating of the partner is seen by "
            + "both parties; the partner's rating of the school by the partner and district staff only.")
    public List<FeedbackResponse> feedback(@PathParam("id") UUID id) {
        return feedback.forPartnership(id);
    }

    @GET
    @Path("/feedback")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "List feedback across partnerships (district)", description = "For partnership-support work, "
            + "e.g. givenBy=partner for partners' feedback about schools. Newest first.")
    public RestResponse<PageResponse<FeedbackResponse>> listFeedback(
            @Parameter(description = "school (ratings of partners) or partner (ratings of schools).", example = "partner")
            @QueryParam("givenBy") PartySide givenBy,
            @Parameter(description = "Only this school's partnerships.") @QueryParam("schoolId") UUID schoolId,
            @Parameter(description = "Only this organization's partnerships.") @QueryParam("organizationId") UUID organizationId,
            @BeanParam PageQuery page, @Context UriInfo uri) {
        FeedbackFilter filter = new FeedbackFilter(givenBy,
                schoolId, organizationId);
        return Responses.page(feedback.list(filter, page), uri);
    }

    @GET
    @PermitAll
    @Path("/organizations/{id}/track-record")
    @Operation(summary = "An organization's track record", description = "Count, sum, average and smoothed average of "
            + "the ratings schools gave it. Matching reads the same figures (view organization_track_record).")
    public TrackRecordResponse trackRecord(@PathParam("id") UUID id) {
        return feedback.trackRecord(id);
    }

    private static RestResponse<PartnershipResponse> view(Partnership p) {
        return Responses.tagged(PartnershipResponse.from(p), p.version);
    }
}
