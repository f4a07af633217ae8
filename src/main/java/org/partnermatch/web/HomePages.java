package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.ProblemException;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.organization.OrganizationService.OrganizationFilter;
import org.partnermatch.school.SchoolDtos.SchoolResponse;
import org.partnermatch.school.SchoolService;
import org.partnermatch.school.SchoolService.SchoolFilter;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.security.Caller;
import org.partnermatch.security.DemoModeConfigSource;
import org.partnermatch.security.DevTokens;
import org.partnermatch.security.Roles;
import org.partnermatch.security.SignInTenants;

/** The start page, signing in (with the district's provider; in demo mode a demo role) and signing out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class HomePages {

    private static final Logger LOG = Logger.getLogger(HomePages.class);

    private final Pages pages;
    private final WebSession session;
    private final JWTParser parser;
    private final SchoolService schools;
    private final OrganizationService organizations;
    private final String issuer;
    private final String keyLocation;
    private final boolean tokenSessions;
    private final SignInTenants provider;

    @CheckedTemplate(basePath = "web", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance home();

        /**
         * @param min    the fewest open needs a group must have for the equity headline to compare it
         * @param points how many percentage points apart two shares may be and still read "about the same"
         */
        static native TemplateInstance numbers(int min, int points);

        /**
         * @param demo          whether demo roles are offered; then {@code schools} and {@code organizations} list
         *                      whom to act as (otherwise they are empty)
         * @param provider      whether the district's sign-in provider is configured
         * @param tokens        whether signing in with a pasted access token is offered
         */
        static native TemplateInstance signIn(FormView form, boolean demo, boolean provider, boolean tokens,
                                              String providerLink, List<SchoolResponse> schools,
                                              List<OrganizationResponse> organizations);
    }

    public HomePages(Pages pages, WebSession session, JWTParser parser, SchoolService schools,
                     OrganizationService organizations, SignInTenants provider,
                     @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "") String issuer,
                     @ConfigProperty(name = "mp.jwt.verify.publickey.location", defaultValue = "") String keyLocation,
                     @ConfigProperty(name = "partnermatch.web.token-sessions", defaultValue = "false") boolean tokenSessions) {
        this.pages = pages;
        this.session = session;
        this.parser = parser;
        this.schools = schools;
        this.organizations = organizations;
        this.provider = provider;
        this.issuer = issuer;
        this.keyLocation = keyLocation;
        this.tokenSessions = tokenSessions;
    }

    @GET
    @PermitAll
    public TemplateInstance home() {
        return pages.page(Templates.home(), pages.msg().home_title());
    }

    /** What each number on the pages means and how it is computed: the pages link here next to each number. */
    @GET
    @PermitAll
    @Path("about/numbers")
    public TemplateInstance numbers() {
        return pages.page(Templates.numbers(EquityHeadline.MIN_NEEDS, EquityHeadline.SAME_POINTS),
                session.language().district().numbers_title());
    }

    /**
     * The language switcher: remembers the language in a cookie and goes back to the page (a local page only). An
     * unknown language changes nothing.
     */
    @GET
    @PermitAll
    @Path("language")
    public Response language(@QueryParam("set") String set, @QueryParam("next") String next) {
        var back = Response.seeOther(java.net.URI.create(SignInLinks.localPage(next)));
        WebLanguage.of(set).ifPresent(language -> back.cookie(WebCookies.language(language, session.secure())));
        return back.build();
    }

    @GET
    @PermitAll
    @Path("sign-in")
    public TemplateInstance signInPage(@QueryParam("next") String next) {
        return signInPage(FormView.empty().set("next", SignInLinks.safeNext(next)));
    }

    /**
     * Signing in with the district's provider: quarkus-oidc sends whoever is not signed in to the provider (this path
     * requires authentication, see application.properties) and, once they are, back here; then on to {@code next}.
     */
    @GET
    @PermitAll
    @Path("sign-in/provider")
    public Response signedIn(@QueryParam("next") String next, @QueryParam("resumed") String resumed) {
        Caller caller = session.caller();
        if (caller.anonymous()) {
            return pages.signInFirst();
        }
        LOG.infof("Sign-in: %s (%s)", caller.subject(), caller.role());
        String target = SignInLinks.safeNext(next);
        if ("/".equals(target)) {
            target = landing(caller);
        }
        return Pages.seeOther(resumed != null ? SignInLinks.resumed(target) : target);
    }

    /** quarkus-oidc's session-expired page: sign in again and come back to where the person was. */
    @GET
    @PermitAll
    @Path("sign-in/expired")
    public Response sessionExpired(@QueryParam("next") String next) {
        LOG.info("Sign-in session ended and could not be renewed: signing in again");
        return Pages.seeOther(SignInLinks.provider(next, true));
    }

    /** The provider answered the sign-in with an error (the person cancelled, or was refused). */
    @GET
    @PermitAll
    @Path("sign-in/failed")
    public Response signInFailed(@QueryParam("error") String error) {
        String code = error == null ? "unknown" : error.replaceAll("[^a-z_]", "");
        LOG.warnf("Refused sign-in: the provider answered %s", code.isEmpty() ? "an unreadable error" : code);
        return pages.errorPage(401, "Sign-in did not complete", "The sign-in service did not sign you in ("
                + code.replace('_', ' ') + "). You can try again from the sign-in page.");
    }

    @POST
    @PermitAll
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        if (!tokenSessions) {
            throw ProblemException.forbidden("Sign in with the district's sign-in service.");
        }
        String token = "demo".equals(form.text("mode")) ? demoToken(form) : form.text("token");
        if (token == null && form.ok()) {
            form.error("token", "paste the token your district gave you");
        }
        JsonWebToken jwt = null;
        if (form.ok()) {
            try {
                jwt = parser.parse(token);
            } catch (ParseException e) {
                form.error("token", "is not accepted here: it is expired, malformed, or not signed by the district's sign-in service");
            }
        }
        if (jwt != null && roleOf(jwt) == null) {
            form.error("token", "carries no PartnerMatch role (district, principal or partner)");
        }
        if (!form.ok()) {
            // The pasted token is not echoed back into the page.
            return form.redisplay(view -> signInPage(view.set("token", "")));
        }
        Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(jwt.getExpirationTime()));
        return Response.seeOther(java.net.URI.create(landing(jwt)))
                .cookie(WebCookies.session(token, left, session.secure())).build();
    }

    /**
     * Signs out: the token session's cookie is dropped, and a provider session is ended with the provider too
     * (RP-initiated logout, through quarkus-oidc's logout path) before the browser comes back home.
     */
    @POST
    @PermitAll
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(MultivaluedMap<String, String> values) {
        WebForm.posted(values, session);
        Caller caller = session.caller();
        if (!caller.anonymous()) {
            LOG.infof("Sign-out: %s", caller.subject());
        }
        String next = caller.account() ? "/sign-out/provider" : "/";
        return Response.seeOther(java.net.URI.create(next)).cookie(WebCookies.clearSession(session.secure())).build();
    }

    /** Reached only without a provider session (with one, quarkus-oidc answers this path itself): home. */
    @GET
    @PermitAll
    @Path("sign-out/provider")
    public Response signedOut() {
        return Pages.seeOther("/");
    }

    private TemplateInstance signInPage(FormView form) {
        boolean demo = DemoModeConfigSource.active() && DevTokens.accepted(issuer, keyLocation);
        List<SchoolResponse> demoSchools = demo
                ? schools.list(SchoolFilter.all(), new PageQuery(0, 100)).items() : List.of();
        List<OrganizationResponse> demoOrganizations = demo
                ? organizations.search(OrganizationFilter.ofStatus(null), SearchRequest.none(),
                        new PageQuery(0, 100)).items() : List.of();
        return pages.page(Templates.signIn(form, demo, provider.providerConfigured(), tokenSessions,
                SignInLinks.provider(form.v("next"), false), demoSchools, demoOrganizations),
                pages.msg().signin_title());
    }

    /** A demo token for the chosen role: only where this service accepts demo tokens at all. */
    private String demoToken(WebForm form) {
        if (!DemoModeConfigSource.active() || !DevTokens.accepted(issuer, keyLocation)) {
            form.error("mode", "demo roles are only offered when the service runs with its demo directory");
            return null;
        }
        String role = form.text("role");
        if (Roles.DISTRICT.equals(role)) {
            return DevTokens.issue(Roles.DISTRICT, null, null);
        }
        if (Roles.PRINCIPAL.equals(role)) {
            UUID school = form.uuid("schoolId");
            if (school == null) {
                form.error("schoolId", "choose a school");
                return null;
            }
            return DevTokens.issue(Roles.PRINCIPAL, schools.get(school).id, null);
        }
        if (Roles.PARTNER.equals(role)) {
            String choice = form.text("organizationId");
            UUID organization = "new".equals(choice) ? UUID.randomUUID() : form.uuid("organizationId");
            if (organization == null) {
                form.error("organizationId", "choose an organization");
                return null;
            }
            return DevTokens.issue(Roles.PARTNER, null, organization);
        }
        form.error("role", "choose a role");
        return null;
    }

    private static String roleOf(JsonWebToken jwt) {
        Set<String> groups = jwt.getGroups();
        if (groups == null) {
            return null;
        }
        for (String role : new String[] {Roles.DISTRICT, Roles.PRINCIPAL, Roles.PARTNER}) {
            if (groups.contains(role)) {
                return role;
            }
        }
        return null;
    }

    /** Where a signed-in person starts: their place when they have one, else their account page. */
    private static String landing(Caller caller) {
        if (caller.district()) {
            return "/district";
        }
        if (caller.schoolId().isPresent()) {
            return "/principal";
        }
        if (caller.organizationId().isPresent()) {
            return "/partner";
        }
        return caller.account() ? "/account" : "/";
    }

    private static String landing(JsonWebToken jwt) {
        String role = roleOf(jwt);
        if (Roles.DISTRICT.equals(role)) {
            return "/district";
        }
        if (Roles.PRINCIPAL.equals(role)) {
            return "/principal";
        }
        return "/partner";
    }
}
