package org.partnermatch.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;

/** Request and response records for webhook settings. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WebhookRequest", description = "Where partnership events are POSTed: an https URL whose host is on "
            + "the service's allow-list (partnermatch.webhooks.allowed-hosts), on an allowed port (443 unless configured); "
            + "a host that is, or at delivery resolves to, a non-public address is refused unless the service allows it.")
    @PlainText
    public record WebhookRequest(
            @Schema(examples = "https://hooks.example.org/partnermatch") @NotBlank @Size(max = 500) String url,
            @Schema(description = "Shared secret for the HMAC-SHA256 signature (32-200 characters; a Standard Webhooks "
                    + "secret whsec_<base64> signs with its decoded bytes). Write-only: never returned.",
                    examples = "3f9c0d2b7a8e4c1f9d6b2a0e5c7f8a1b") @NotBlank @Size(min = 32, max = 200) String secret,
            @Schema(description = "Deliver events (default true).", examples = "true") Boolean active) {
    }

    @Schema(name = "Webhook", description = "Webhook settings of a school or organization (the secret is never shown).")
    public record WebhookResponse(
            @Schema(examples = "school") String ownerType,
            java.util.UUID ownerId,
            String url,
            boolean active,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        static WebhookResponse from(WebhookSubscription s) {
            return new WebhookResponse(s.schoolId != null ? "school" : "organization",
                    s.schoolId != null ? s.schoolId : s.organizationId, s.url, s.active, s.version, s.createdAt,
                    s.updatedAt);
        }
    }
}
