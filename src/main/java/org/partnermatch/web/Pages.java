package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
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

    /** The error page; the other pages are declared beside the class that serves them. */
    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance error(int status, String detail);
    }

    public Pages(WebSession session, TaxonomyService taxonomy, RegionService regions, SignInTenants signIn) {
        this.session = session;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.signIn = signIn;
    }

    /**
     * A page with its title, the viewer and the choices filled in, in the reader's language ({@link WebSession#language}):
     * the template's {@code msg:} words, {@code <html lang>} and the language switcher follow it.
     *
     * <p>Every page template declares these shared values ({@code {@org.partnermatch.web.Viewer viewer}} and so on), so
     * the build checks the expressions that read them; the page's own values are the parameters of its checked
     * template method.
     */
    public TemplateInstance page(TemplateInstance page, String title) {
        return localized(page.data("title", title).data("viewer", session.viewer()).data("c", choices())
                .data("done", session.done()));
    }

    private TemplateInstance localized(TemplateInstance page) {
        WebLanguage language = session.language();
        return page.setLocale(language.locale()).data("language", new LanguageSwitch(language, session.pagePath()));
    }

    public Choices choices() {
        WebLanguage language = session.language();
        return new Choices(taxonomy.tree(), taxonomy.names(language.locale().getLanguage()), regions.names(), language,
                language.messages());
    }

    /** The words of this request's language, for page titles, confirmations and messages written in Java. */
    public WebMessages msg() {
        return session.language().messages();
    }

    /** The words of the pages people use at work, in this request's language. */
    public WorkMessages work() {
        return session.language().work();
    }

    /** What the layout needs for {@code <html lang>} and the switcher: the language and the page to come back to. */
    public record LanguageSwitch(WebLanguage current, String next) {

        public java.util.List<WebLanguage> all() {
            return WebLanguage.ALL;
        }

        /** The switcher's link to a language, back to this page. */
        public String link(WebLanguage language) {
            return "/language?set=" + language.tag() + "&next="
                    + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
        }
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
        WebMessages msg = msg();
        return errorPage(401, msg.error_sign_in_title(), msg.error_sign_in_text());
    }

    public Response forbidden() {
        WebMessages msg = msg();
        return errorPage(403, msg.error_forbidden_title(), msg.error_forbidden_text());
    }

    public Response formRejected() {
        WebMessages msg = msg();
        return errorPage(403, msg.error_form_expired_title(), msg.error_form_expired_text());
    }

    public Response errorPage(int status, String title, String detail) {
        // No database here: a role check fails before the request leaves the I/O thread.
        WebLanguage language = session.language();
        String html = localized(Templates.error(status, detail).data("title", title).data("viewer", session.viewer())
                .data("c", new Choices(java.util.List.of(), java.util.Map.of(), java.util.List.of(), language,
                        language.messages()))).render();
        return Response.status(status).type("text/html;charset=UTF-8").entity(html).build();
    }
}
