package org.partnermatch.notification;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;

/** Request and response records for e-mail preferences and the outbox. */
public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Schema(name = "NotificationPreference", description = "One kind of e-mail and whether the person gets it.")
    public record PreferenceView(
            @Schema(examples = "partnership_request") NotificationKind kind,
            @Schema(examples = "A school asks your organization for a partnership") String description,
            boolean enabled,
            @Schema(description = "Whether this kind is on for someone who never chose.") boolean onByDefault) {
    }

    @Schema(name = "NotificationPreferences", description = "The signed-in person's e-mail settings, per kind.")
    public record PreferencesResponse(
            @Schema(description = "The verified address these settings and e-mails are for.") String address,
            List<PreferenceView> preferences) {
    }

    @Schema(name = "NotificationPreferencesRequest", description = "Kinds to switch on (true) or off (false); kinds "
            + "not named keep their setting.")
    @PlainText
    public record PreferencesRequest(
            @Schema(examples = "{\"needs_digest\": true, \"request_reminder\": false}")
            @NotNull Map<NotificationKind, @NotNull Boolean> preferences) {
    }

    /** One e-mail as the Outbox page shows it (district staff only). */
    public record OutboxEntry(UUID id, NotificationKind kind, String recipient, String subject, String bodyText,
                              String state, int attempts, Instant createdAt, Instant sentAt, Instant nextAttemptAt) {

        static OutboxEntry from(Notification n) {
            return new OutboxEntry(n.id, n.kind, n.recipient, n.subject, n.bodyText, n.state, n.attempts, n.createdAt,
                    n.sentAt, "pending".equals(n.state) ? n.nextAttemptAt : null);
        }
    }

    /** What an unsubscribe link stops, for its page. */
    public record UnsubscribeView(NotificationKind kind, String description, String maskedAddress, boolean enabled) {
    }
}
