package org.partnermatch.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import org.partnermatch.common.ProblemException;
import org.partnermatch.notification.NotificationDtos.PreferencesRequest;
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
    private final Template settingsPage;
    private final Template unsubscribePage;
    private final Template outboxPage;

    public NotificationPages(Pages pages, WebSession session, NotificationService notifications,
                             @Location("web/notifications.html") Template settingsPage,
                             @Location("web/unsubscribe.html") Template unsubscribePage,
                             @Location("web/outbox.html") Template outboxPage) {
        this.pages = pages;
        this.session = session;
        this.notifications = notifications;
        this.settingsPage = settingsPage;
        this.unsubscribePage = unsubscribePage;
        this.outboxPage = outboxPage;
    }

    @GET
    @Path("account/notifications")
    @RolesAllowed(Roles.USER)
    public TemplateInstance settings() {
        return pages.page(settingsPage, pages.work().mail_title()).data("settings", notifications.myPreferences());
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
            return ok(pages.page(unsubscribePage, pages.work().unsub_button())
                    .data("token", token).data("view", notifications.unsubscribeView(token)).data("done", false));
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
            return ok(pages.page(unsubscribePage, pages.work().unsub_stopped_title()).data("token", token).data("view", view)
                    .data("done", true));
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
        return pages.page(outboxPage, session.language().district().outbox_title()).data("outbox", outbox).data("sendsMail", notifications.sendsMail())
                .data("older", outbox.totalPages() > index + 1 ? index + 1 : null)
                .data("newer", index > 0 ? index - 1 : null);
    }

    private static Response ok(TemplateInstance page) {
        return Response.ok(page.render(), "text/html;charset=UTF-8").build();
    }
}
