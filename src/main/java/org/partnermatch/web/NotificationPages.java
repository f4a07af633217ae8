package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.Map;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.notification.NotificationDtos.OutboxEntry;
import org.partnermatch.notification.NotificationDtos.PreferencesRequest;
import org.partnermatch.notification.NotificationDtos.PreferencesResponse;
import org.partnermatch.notification.NotificationDtos.UnsubscribeView;
import org.partnermatch.notification.NotificationKind;
import org.partnermatch.notification.NotificationService;
import org.partnermatch.security.Roles;

/**
 * E-mail pages: my e-mail settings, the one-click unsubscribe link of every e-mail (no sign-in), and the district's
 * Outbox (every e-mail queued, and in the embedded demo the only place they go).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class NotificationPages {

    private final Pages pages;
    private final WebSession session;
    private final NotificationService notifications;

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance notifications(PreferencesResponse settings);

        /** @param stopped whether the e-mails are stopped (the page then says so), or the page asks first */
        static native TemplateInstance unsubscribe(String token, UnsubscribeView view, boolean stopped);

        /** @param older the page of older e-mails, if any; {@code newer} likewise */
        static native TemplateInstance outbox(PageResponse<OutboxEntry> outbox, boolean sendsMail, Integer older,
                                              Integer newer);
    }

    public NotificationPages(Pages pages, WebSession session, NotificationService notifications) {
        this.pages = pages;
        this.session = session;
        this.notifications = notifications;
    }

    @GET
    @Path("account/notifications")
    @RolesAllowed(Roles.USER)
    public TemplateInstance settings() {
        return pages.page(Templates.notifications(notifications.myPreferences()), pages.work().mail_title());
    }

    @POST
    @Path("account/notifications")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSettings(MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        // Every kind is on the form: a box left unticked is a kind switched off.
        Map<NotificationKind, Boolean> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, form.all("on").contains(kind.name()));
        }
        notifications.updateMyPreferences(new PreferencesRequest(chosen));
        return Pages.seeOther("/account/notifications?saved");
    }

    /** The link in every e-mail's footer: says what it stops, and stops it with one button (a GET changes nothing). */
    @GET
    @Path("unsubscribe/{token}")
    @PermitAll
    public Response unsubscribePage(@PathParam("token") String token) {
        try {
            return ok(pages.page(Templates.unsubscribe(token, notifications.unsubscribeView(token), false),
                    pages.work().unsub_button()));
        } catch (ProblemException e) {
            return pages.problem(e);
        }
    }

    /**
     * One-click unsubscribe (RFC 8058): the mail program posts {@code List-Unsubscribe=One-Click} here, without
     * cookies; the page's own button posts here too. The signed token is what authorises it, so there is no CSRF
     * field: a forged post could only switch off e-mails for the person the link was sent to, which is all it does.
     */
    @POST
    @Path("unsubscribe/{token}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    public Response unsubscribe(@PathParam("token") String token) {
        try {
            UnsubscribeView view = notifications.unsubscribe(token);
            return ok(pages.page(Templates.unsubscribe(token, view, true), pages.work().unsub_stopped_title()));
        } catch (ProblemException e) {
            return pages.problem(e);
        }
    }

    @GET
    @Path("district/outbox")
    @RolesAllowed(Roles.DISTRICT)
    public TemplateInstance outbox(@QueryParam("page") Integer page) {
        int index = page == null || page < 0 ? 0 : Math.min(page, 10_000);
        var outbox = notifications.outbox(new PageQuery(index, 50));
        return pages.page(Templates.outbox(outbox, notifications.sendsMail(),
                outbox.totalPages() > index + 1 ? index + 1 : null, index > 0 ? index - 1 : null),
                session.language().district().outbox_title());
    }

    private static Response ok(TemplateInstance page) {
        return Response.ok(page.render(), "text/html;charset=UTF-8").build();
    }
}
