package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.partnermatch.account.AccountDtos.InvitationRequest;
import org.partnermatch.account.AccountDtos.InvitationResponse;
import org.partnermatch.account.AccountDtos.MeResponse;
import org.partnermatch.account.AccountDtos.MembershipView;
import org.partnermatch.account.MembershipScope;
import org.partnermatch.account.MembershipService;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.QueryParams;
import org.partnermatch.school.SchoolService;
import org.partnermatch.school.SchoolService.SchoolFilter;
import org.partnermatch.security.Roles;

/**
 * People's pages: my account (memberships, leave), the members of the district, a school or an organization (invite,
 * revoke an invitation, remove a member), and an invitation link (sign in, then accept).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class AccountPages {

    private static final Logger LOG = Logger.getLogger(AccountPages.class);

    private final Pages pages;
    private final WebSession session;
    private final Validator validator;
    private final MembershipService memberships;
    private final SchoolService schools;

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance account(MeResponse me);

        /**
         * A place's People page.
         *
         * @param scope   the place's kind ({@code district}, {@code school} or {@code organization})
         * @param created an invitation just made, whose link the page shows once; or null
         * @param base    the page's own path, where its forms post
         * @param me      the viewer's user id, so the page does not offer to remove the viewer from a list
         * @param schools for district staff, every school to invite a principal to; otherwise empty
         */
        static native TemplateInstance members(String scope, List<MembershipView> people,
                                               List<InvitationResponse> pending, boolean mayInvite, FormView form,
                                               InvitationResponse created, String base, List<Choices.Option> roles,
                                               UUID me, List<Choices.Option> schools,
                                               List<Choices.Option> schoolRoles);

        static native TemplateInstance invitation(InvitationResponse invitation, String token, String signInLink);
    }

    public AccountPages(Pages pages, WebSession session, Validator validator, MembershipService memberships,
                        SchoolService schools) {
        this.pages = pages;
        this.session = session;
        this.validator = validator;
        this.memberships = memberships;
        this.schools = schools;
    }

    @GET
    @Path("account")
    @RolesAllowed(Roles.USER)
    public TemplateInstance account() {
        return pages.page(Templates.account(memberships.me()), pages.work().acc_title());
    }

    @GET
    @Path("district/members")
    @RolesAllowed(Roles.DISTRICT)
    public TemplateInstance districtMembers() {
        return membersPage(MembershipScope.district, null, FormView.empty().set("role", "staff"), null);
    }

    @GET
    @Path("schools/{id}/members")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    public TemplateInstance schoolMembers(@PathParam("id") String id) {
        return membersPage(MembershipScope.school, QueryParams.id("id", id), FormView.empty().set("role", "staff"), null);
    }

    @GET
    @Path("organizations/{id}/members")
    @RolesAllowed({Roles.DISTRICT, Roles.PARTNER})
    public TemplateInstance organizationMembers(@PathParam("id") String id) {
        return membersPage(MembershipScope.organization, QueryParams.id("id", id),
                FormView.empty().set("role", "member"), null);
    }

    @POST
    @Path("district/members/invite")
    @RolesAllowed(Roles.DISTRICT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inviteToDistrict(MultivaluedMap<String, String> values, @Context UriInfo uri) {
        return invite(MembershipScope.district, null, values, uri);
    }

    /** District staff invite a school's principal (or staff) from the district's own People page. */
    @POST
    @Path("district/members/invite-to-school")
    @RolesAllowed(Roles.DISTRICT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inviteToASchool(MultivaluedMap<String, String> values, @Context UriInfo uri) {
        WebForm form = WebForm.posted(values, session);
        UUID school = form.uuid("schoolId");
        if (school == null && form.ok()) {
            form.error("schoolId", "choose the school");
        }
        InvitationRequest request = new InvitationRequest(form.text("email"), MembershipScope.school, school, null,
                form.text("role"));
        return form.writeOrRedisplay(validator, request, valid -> invited(MembershipScope.district, null, valid, uri),
                view -> membersPage(MembershipScope.district, null, view, null));
    }

    @POST
    @Path("schools/{id}/members/invite")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inviteToSchool(@PathParam("id") String id, MultivaluedMap<String, String> values,
                                   @Context UriInfo uri) {
        return invite(MembershipScope.school, QueryParams.id("id", id), values, uri);
    }

    @POST
    @Path("organizations/{id}/members/invite")
    @RolesAllowed({Roles.DISTRICT, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inviteToOrganization(@PathParam("id") String id, MultivaluedMap<String, String> values,
                                         @Context UriInfo uri) {
        return invite(MembershipScope.organization, QueryParams.id("id", id), values, uri);
    }

    @POST
    @Path("memberships/{id}/remove")
    @RolesAllowed({Roles.USER, Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        memberships.remove(QueryParams.id("id", id));
        return Pages.seeOther(SignInLinks.safeNext(form.text("back")) + "?removed");
    }

    @POST
    @Path("invitations/{id}/revoke")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        memberships.revoke(QueryParams.id("id", id));
        return Pages.seeOther(SignInLinks.safeNext(form.text("back")) + "?revoked");
    }

    /** An invitation link: what it offers, and a button to accept it (after signing in). */
    @GET
    @PermitAll
    @Path("invitations/{token}")
    public Response invitation(@PathParam("token") String token) {
        InvitationResponse offered = memberships.preview(token);
        if (offered == null) {
            throw ProblemException.notFound("invitation", "from this link");
        }
        String html = pages.page(Templates.invitation(offered, token,
                SignInLinks.provider("/invitations/" + token, false)), pages.work().inv_title()).render();
        // The link is a secret: never sent on to another site, never cached.
        return Response.ok(html).header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("invitations/{token}/accept")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("token") String token, MultivaluedMap<String, String> values) {
        WebForm.posted(values, session);
        MembershipView joined;
        try {
            joined = memberships.accept(token);
        } catch (ProblemException e) {
            LOG.infof("Refused invitation for %s: %s", session.caller().subject(), e.title());
            throw e;
        }
        return Pages.seeOther(switch (joined.scope()) {
            case district -> "/district?joined";
            case school -> "/schools/" + joined.schoolId() + "?joined";
            case organization -> "/organizations/" + joined.organizationId() + "/manage?joined";
        });
    }

    private Response invite(MembershipScope scope, UUID scopeId, MultivaluedMap<String, String> values, UriInfo uri) {
        WebForm form = WebForm.posted(values, session);
        InvitationRequest request = new InvitationRequest(form.text("email"), scope,
                scope == MembershipScope.school ? scopeId : null,
                scope == MembershipScope.organization ? scopeId : null, form.text("role"));
        return form.writeOrRedisplay(validator, request, valid -> invited(scope, scopeId, valid, uri),
                view -> membersPage(scope, scopeId, view, null));
    }

    /** Creates the invitation and shows the place's People page with its link (shown once, so never cached). */
    private Response invited(MembershipScope scope, UUID scopeId, InvitationRequest valid, UriInfo uri) {
        InvitationResponse created = memberships.invite(valid, uri.getBaseUri().toString().replaceAll("/$", ""));
        return Response.ok(membersPage(scope, scopeId, FormView.empty().set("role", valid.role()), created).render())
                .header("Cache-Control", "no-store").build();
    }

    private TemplateInstance membersPage(MembershipScope scope, UUID scopeId, FormView form, InvitationResponse created) {
        List<MembershipView> people = memberships.members(scope, scopeId);
        boolean mayInvite = memberships.mayManageMembers(scope, scopeId);
        List<InvitationResponse> pending = mayInvite ? memberships.invitations(scope, scopeId) : List.of();
        WorkMessages work = pages.work();
        String place = scope == MembershipScope.district ? work.mem_title_district()
                : work.mem_title_people(memberships.placeName(scope, scopeId));
        String base = switch (scope) {
            case district -> "/district/members";
            case school -> "/schools/" + scopeId + "/members";
            case organization -> "/organizations/" + scopeId + "/members";
        };
        List<Choices.Option> roles = scope.roles().stream().sorted()
                .map(r -> new Choices.Option(r, roleLabel(r, work))).toList();
        List<Choices.Option> schoolRoles = MembershipScope.school.roles().stream().sorted()
                .map(r -> new Choices.Option(r, roleLabel(r, work))).toList();
        return pages.page(Templates.members(scope.name(), people, pending, mayInvite, form, created, base, roles,
                session.caller().userId().orElse(null),
                scope == MembershipScope.district ? allSchools() : List.of(), schoolRoles), place);
    }

    /** Every school, by name, for the district's "invite to a school" choice (a district has hundreds at most). */
    private List<Choices.Option> allSchools() {
        List<Choices.Option> options = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var found = schools.list(SchoolFilter.all(), new PageQuery(page, 100));
            found.items().forEach(school -> options.add(new Choices.Option(school.id().toString(), school.name())));
            if (found.items().size() < 100) {
                break;
            }
        }
        options.sort(java.util.Comparator.comparing(Choices.Option::label));
        return options;
    }

    static String roleLabel(String role, WorkMessages work) {
        return switch (role) {
            case "principal" -> work.mem_role_principal();
            case "staff" -> work.mem_role_staff();
            case "owner" -> work.mem_role_owner();
            case "member" -> work.mem_role_member();
            default -> role;
        };
    }
}
