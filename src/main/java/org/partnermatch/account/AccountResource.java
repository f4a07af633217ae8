package org.partnermatch.account;

import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.partnermatch.account.AccountDtos.AcceptInvitationRequest;
import org.partnermatch.account.AccountDtos.InvitationRequest;
import org.partnermatch.account.AccountDtos.InvitationResponse;
import org.partnermatch.account.AccountDtos.MeResponse;
import org.partnermatch.account.AccountDtos.MembershipView;
import org.partnermatch.security.Roles;

@Path("/api/v1")
@Tag(name = "Accounts", description = "People who sign in with the district's provider, their memberships and "
        + "invitations.")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final MembershipService memberships;

    public AccountResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Read the signed-in person and their memberships", description = "For people signed in "
            + "with the district's provider (a service token has no account: 403).")
    public MeResponse me() {
        return memberships.me();
    }

    @GET
    @Path("/district/members")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "List district staff")
    public List<MembershipView> districtMembers() {
        return memberships.members(MembershipScope.district, null);
    }

    @GET
    @Path("/schools/{id}/members")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Operation(summary = "List a school's people", description = "For the school's own staff and district staff.")
    public List<MembershipView> schoolMembers(@PathParam("id") UUID id) {
        return memberships.members(MembershipScope.school, id);
    }

    @GET
    @Path("/organizations/{id}/members")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Operation(summary = "List an organization's people", description = "For the organization's own staff and "
            + "district staff.")
    public List<MembershipView> organizationMembers(@PathParam("id") UUID id) {
        return memberships.members(MembershipScope.organization, id);
    }

    @DELETE
    @Path("/memberships/{id}")
    @RolesAllowed({Roles.USER, Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Operation(summary = "Leave, or remove a member", description = "A member may leave (an organization's last owner "
            + "may not); district staff, a school's staff and an organization's owners remove members there.")
    @APIResponse(responseCode = "204", description = "The membership is gone.")
    public void remove(@PathParam("id") UUID id) {
        memberships.remove(id);
    }

    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Operation(summary = "Invite a person by e-mail", description = "District staff invite to anything; a school's "
            + "staff to their school; an organization's owners to their organization. The answer carries the link to "
            + "pass on (valid 7 days by default, single use); an earlier pending invitation of the same address to the "
            + "same place is revoked.")
    @APIResponse(responseCode = "201", description = "Invited; Location names the invitation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "404", description = "The school or organization does not exist.")
    public RestResponse<InvitationResponse> invite(@Valid @NotNull InvitationRequest request, @Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        InvitationResponse created = memberships.invite(request, base);
        return RestResponse.ResponseBuilder.<InvitationResponse>created(
                uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/district/invitations")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "List pending invitations to district staff", description = "Links are not shown again.")
    public List<InvitationResponse> districtInvitations() {
        return memberships.invitations(MembershipScope.district, null);
    }

    @GET
    @Path("/schools/{id}/invitations")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Operation(summary = "List a school's pending invitations", description = "For those who may invite there "
            + "(district staff, the school's staff). Links are not shown again.")
    public List<InvitationResponse> schoolInvitations(@PathParam("id") UUID id) {
        return memberships.invitations(MembershipScope.school, id);
    }

    @GET
    @Path("/organizations/{id}/invitations")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Operation(summary = "List an organization's pending invitations", description = "For those who may invite "
            + "there (district staff, the organization's owners). Links are not shown again.")
    public List<InvitationResponse> organizationInvitations(@PathParam("id") UUID id) {
        return memberships.invitations(MembershipScope.organization, id);
    }

    @GET
    @Path("/invitations/{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Operation(summary = "Read an invitation", description = "For those who may invite to its place (404 for others).")
    public InvitationResponse invitation(@PathParam("id") UUID id) {
        return memberships.invitation(id);
    }

    @DELETE
    @Path("/invitations/{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Operation(summary = "Revoke a pending invitation")
    @APIResponse(responseCode = "204", description = "Revoked: its link no longer works.")
    public void revoke(@PathParam("id") UUID id) {
        memberships.revoke(id);
    }

    @POST
    @Path("/invitations/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Accept an invitation", description = "As the signed-in person whose provider verified the "
            + "invited e-mail address. Single use: 409 when it was used, revoked or has expired.")
    public MembershipView accept(@Valid @NotNull AcceptInvitationRequest request) {
        return memberships.accept(request.token());
    }
}
