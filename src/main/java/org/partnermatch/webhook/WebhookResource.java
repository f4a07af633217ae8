package org.partnermatch.webhook;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.common.Responses;
import org.partnermatch.security.Roles;
import org.partnermatch.webhook.WebhookDtos.WebhookRequest;
import org.partnermatch.webhook.WebhookDtos.WebhookResponse;
import org.partnermatch.webhook.WebhookService.Owner;

@Path("/api/v1")
@Tag(name = "Webhooks", description = "Partnership events POSTed to a school's or organization's own HTTPS URL, signed "
        + "in the Standard Webhooks scheme (headers webhook-id, webhook-timestamp and webhook-signature: v1,<base64 of "
        + "HMAC-SHA256(secret, id.timestamp.body)>; receivers refuse timestamps more than 5 minutes off), retried with "
        + "exponential backoff. Only hosts on the service's allow-list, on allowed ports (443 unless configured), at "
        + "public addresses are reached.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private static final String IF_MATCH = "ETag of the current settings; needed when replacing existing settings.";

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Path("/schools/{id}/webhook")
    @Operation(summary = "Read a school's webhook settings", description = "District staff or the school's principal.")
    public RestResponse<WebhookResponse> getForSchool(@PathParam("id") UUID id) {
        WebhookSubscription s = webhooks.get(Owner.school, id);
        return Responses.tagged(WebhookResponse.from(s), s.version);
    }

    @PUT
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Path("/schools/{id}/webhook")
    @Operation(summary = "Set a school's webhook", description = "Creates the settings, or replaces them (then If-Match is required).")
    public RestResponse<WebhookResponse> putForSchool(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH) @HeaderParam("If-Match") @Size(max = 64) String ifMatch,
            @Valid @NotNull WebhookRequest request) {
        WebhookSubscription s = webhooks.put(Owner.school, id, request, ifMatch);
        return Responses.tagged(WebhookResponse.from(s), s.version);
    }

    @DELETE
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Path("/schools/{id}/webhook")
    @Operation(summary = "Remove a school's webhook", description = "Queued deliveries to it are dropped.")
    public void deleteForSchool(@PathParam("id") UUID id) {
        webhooks.delete(Owner.school, id);
    }

    @GET
    @RolesAllowed({Roles.DISTRICT, Roles.PARTNER})
    @Path("/organizations/{id}/webhook")
    @Operation(summary = "Read an organization's webhook settings", description = "District staff or the organization's staff.")
    public RestResponse<WebhookResponse> getForOrganization(@PathParam("id") UUID id) {
        WebhookSubscription s = webhooks.get(Owner.organization, id);
        return Responses.tagged(WebhookResponse.from(s), s.version);
    }

    @PUT
    @RolesAllowed({Roles.DISTRICT, Roles.PARTNER})
    @Path("/organizations/{id}/webhook")
    @Operation(summary = "Set an organization's webhook", description = "Creates the settings, or replaces them (then If-Match is required).")
    public RestResponse<WebhookResponse> putForOrganization(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH) @HeaderParam("If-Match") @Size(max = 64) String ifMatch,
            @Valid @NotNull WebhookRequest request) {
        WebhookSubscription s = webhooks.put(Owner.organization, id, request, ifMatch);
        return Responses.tagged(WebhookResponse.from(s), s.version);
    }

    @DELETE
    @RolesAllowed({Roles.DISTRICT, Roles.PARTNER})
    @Path("/organizations/{id}/webhook")
    @Operation(summary = "Remove an organization's webhook", description = "Queued deliveries to it are dropped.")
    public void deleteForOrganization(@PathParam("id") UUID id) {
        webhooks.delete(Owner.organization, id);
    }
}
