package org.partnermatch.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnermatch.notification.NotificationDtos.PreferencesRequest;
import org.partnermatch.notification.NotificationDtos.PreferencesResponse;
import org.partnermatch.security.Roles;

@Path("/api/v1/me/notification-preferences")
@Tag(name = "Notifications", description = "Which e-mails the signed-in person gets (docs/notifications.md).")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;

    public NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Read my e-mail settings", description = "Every kind of e-mail and whether the signed-in "
            + "person gets it: the per-event kinds are on until switched off, the weekly digest off until switched "
            + "on. For people whose provider verified their e-mail address (403 otherwise).")
    public PreferencesResponse get() {
        return notifications.myPreferences();
    }

    @PUT
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my e-mail settings", description = "Switches the named kinds on or off; kinds not "
            + "named keep their setting. Answers with every kind's setting.")
    public PreferencesResponse put(@Valid @NotNull PreferencesRequest request) {
        return notifications.updateMyPreferences(request);
    }
}
