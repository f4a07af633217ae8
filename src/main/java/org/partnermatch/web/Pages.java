package org.partnermatch.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.partnermatch.common.ProblemException;
import org.partnermatch.security.SignInTenants;
import org.partnermatch.region.RegionService;
import org.partnermatch.taxonomy.TaxonomyService;

/** What every page shares: the viewer, the choices and labels, redirects after a post, and error pages. */
@ApplicationScoped
public class Pages {

    private final WebSession session;
    private final TaxonomyService taxonomy;
    private final RegionService regions;
    private final SignInTenants signIn;
    private final Template error;

    public Pages(WebSession session, TaxonomyService taxonomy, RegionService regions, SignInTenants signIn,
                 @io.quarkus.qute.Location("web/error.html") Template error) {
        this.session = session;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.signIn = signIn;
        this.error = error;
    }

    /** A page with its title, the viewer and the choices filled in. */
    public TemplateInstance page(Template template, String title) {
        return template.data("title", title).data("viewer", session.viewer()).data("c", choices())
                .data("done", session.done());
    }

    public Choices choices() {
        return new Choices(taxonomy.tree(), taxonomy.names(), regions.names());
    }

    /** 303 See Other: after a successful post, the browser loads the result page with a GET. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** A service's problem as a page with the same status. */
    public Response problem(ProblemException e) {
        return errorPage(e.status(), e.title(), e.getMessage());
    }

    /**
     * A page for signed-in people, asked for by nobody signed in: with a provider, straight to signing in and back
     * here — for a form post (a session that ended while the form was open), back to the form's page with a note
     * that it was not saved. Without a provider, a page that says to sign in.
     */
    public Response signInFirst() {
        if (signIn.providerConfigured()) {
            boolean post = !"GET".equals(session.method());
            return seeOther(SignInLinks.provider(session.returnPath(), post));
        }
        return errorPage(401, "Please sign in",
                "This page is for signed-in users. Sign in with your role, then come back.");
    }

    public Response forbidden() {
        return errorPage(403, "Not for your role",
                "Your role does not allow this page. Sign in with another role if you have one.");
    }

    public Response formRejected() {
        return errorPage(403, "Form expired",
                "The form had expired or did not come from this site, so nothing was changed. Go back, reload the page and try again.");
    }

    public Response errorPage(int status, String title, String detail) {
        // No database here: a role check fails before the request leaves the I/O thread.
        String html = error.data("title", title).data("viewer", session.viewer())
                .data("c", new Choices(java.util.List.of(), java.util.Map.of()))
                .data("status", status).data("detail", detail).render();
        return Response.status(status).type("text/html;charset=UTF-8").entity(html).build();
    }
}
