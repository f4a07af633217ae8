package org.partnermatch.listing;

import org.partnermatch.common.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;
import org.partnermatch.vocabulary.ProblemKind;
import org.partnermatch.vocabulary.ProblemResolution;

/** Requests and responses of problems reported on listings (docs/listings.md). */
public final class ProblemReportDtos {

    private ProblemReportDtos() {
    }

    @PlainText
    @Schema(name = "ProblemReportRequest", description = "A problem seen in a listing. Give the organization, or the "
            + "offering (its organization is then implied). Anonymous reports are welcome; an e-mail address is only "
            + "for a reply and is shown to district staff alone.")
    public record ProblemReportRequest(
            @Schema(description = "The organization the problem is about (may be left out when offeringId is given).",
                    examples = "0a000000-0000-4000-8000-000000000007") UUID organizationId,
            @Schema(description = "The offering the problem is about, if it is about one.",
                    examples = "0f000000-0000-4000-8000-000000000009") UUID offeringId,
            @Schema(examples = "times") @NotNull ProblemKind kind,
            @Schema(examples = "The Saturday session moved to Sundays in September.") @NotBlank @Size(max = 2000) String message,
            @Schema(description = "Optional, for a reply; seen by district staff only.", examples = "parent@example.org")
            @Email @Size(max = 254) String email) {
    }

    @PlainText
    @Schema(name = "ProblemResolutionRequest", description = "How a reported problem ended.")
    public record ProblemResolutionRequest(
            @Schema(examples = "fixed") @NotNull ProblemResolution resolution,
            @Schema(examples = "Times updated on the offering.") @Size(max = 1000) String note) {
    }

    @Schema(name = "ProblemReport", description = "A reported problem with a listing. The reporter's address and "
            + "identity are shown to district staff only.")
    public record ProblemReportResponse(
            UUID id,
            UUID organizationId,
            String organizationName,
            @Schema(description = "Null when the report is about the organization's profile.") @Nullable UUID offeringId,
            @Nullable String offeringName,
            ProblemKind kind,
            String message,
            @Schema(description = "Whether the reporter was signed in.") boolean anonymous,
            @Schema(description = "District staff only: the reporter's address for a reply, if given.") @Nullable String reporterEmail,
            @Schema(description = "District staff only: the signed-in reporter.") @Nullable String reportedBy,
            @Schema(examples = "open", enumeration = {"open", "resolved"}) String state,
            @Nullable ProblemResolution resolution,
            @Nullable String resolutionNote,
            @Schema(description = "District staff only: who resolved it.") @Nullable String resolvedBy,
            @Nullable Instant resolvedAt,
            Instant createdAt) {
    }
}
