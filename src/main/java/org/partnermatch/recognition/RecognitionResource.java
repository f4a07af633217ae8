package org.partnermatch.recognition;

import java.util.UUID;
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
import org.partnermatch.common.Responses;
import org.partnermatch.recognition.RecognitionDtos.NominationRequest;
import org.partnermatch.recognition.RecognitionDtos.RecognitionResponse;
import org.partnermatch.security.Roles;
import org.partnermatch.vocabulary.RecognitionStatus;

@Path("/api/v1/recognitions")
@Tag(name = "Recognition", description = "Stories of partnerships worth celebrating: nominated by anyone signed in, "
        + "published by district staff.")
@Produces(MediaType.APPLICATION_JSON)
public class RecognitionResource {

    private final RecognitionService recognitions;

    public RecognitionResource(RecognitionService recognitions) {
        this.recognitions = recognitions;
    }

    @GET
    @PermitAll
    @Operation(summary = "List published recognition stories", description = "Newest first. Public.")
    public RestResponse<PageResponse<RecognitionResponse>> published(@BeanParam PageQuery page, @Context UriInfo uri) {
        return Responses.page(recognitions.published(page), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Operation(summary = "Nominate a partnership for recognition", description = "Its parties (the school's and the organization's staff) and district staff; the partnership "
            + "must be active or completed. The story stays unpublished until district staff publish it.")
    @APIResponse(responseCode = "201", description = "Nominated; Location names the story.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecognitionResponse.class)))
    @APIResponse(responseCode = "404", description = "The partnership does not exist or may not be seen by the caller.")
    public RestResponse<RecognitionResponse> nominate(@Valid @NotNull NominationRequest request, @Context UriInfo uri) {
        Recognition r = recognitions.nominate(request);
        return Responses.created(uri, r.id, recognitions.view(r), r.version);
    }

    @GET
    @Path("/nominations")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "List nominations (district)", description = "Every story, optionally by status, newest first.")
    public RestResponse<PageResponse<RecognitionResponse>> nominations(
            @Parameter(description = "nominated or published.", example = "nominated") @QueryParam("status") RecognitionStatus status,
            @BeanParam PageQuery page, @Context UriInfo uri) {
        return Responses.page(recognitions.nominations(
                status, page), uri);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "Read a recognition story", description = "Published stories are public; an unpublished one "
            + "is seen by district staff and its nominator only (404 for others).")
    public RestResponse<RecognitionResponse> get(@PathParam("id") UUID id) {
        Recognition r = recognitions.get(id);
        return Responses.tagged(recognitions.view(r), r.version);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "Publish a recognition story (district)")
    public RestResponse<RecognitionResponse> publish(@PathParam("id") UUID id) {
        Recognition r = recognitions.publish(id);
        return Responses.tagged(recognitions.view(r), r.version);
    }
}
