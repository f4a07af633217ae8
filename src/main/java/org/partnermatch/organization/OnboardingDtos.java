package org.partnermatch.organization;

import org.partnermatch.common.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;
import org.partnermatch.vocabulary.OnboardingKind;
import org.partnermatch.vocabulary.VettingStatus;

/** Request and response records for onboarding items. */
public final class OnboardingDtos {

    private OnboardingDtos() {
    }

    @Schema(name = "OnboardingItemRequest", description = "An onboarding item on file, with its expiry date.")
    @PlainText
    public record OnboardingItemRequest(
            @Schema(description = "When the district received it.", examples = "2026-08-15") LocalDate receivedOn,
            @Schema(description = "When it stops being valid.", examples = "2027-08-14") @NotNull LocalDate expiresOn,
            @Schema(examples = "Certificate of insurance, $1M general liability.") @Size(max = 1000) String note,
            @Schema(description = "The school year it covers, like 2026-27. A data-sharing agreement is renewed each "
                    + "year: without it, the school year its expiry ends.", examples = "2026-27") @Size(max = 20)
            String schoolYear) {
    }

    @Schema(name = "OnboardingItem")
    public record OnboardingItemResponse(
            OnboardingKind kind,
            @Nullable LocalDate receivedOn,
            LocalDate expiresOn,
            @Schema(description = "True once expiresOn has passed: the organization is flagged in reports.") boolean expired,
            @Nullable String note,
            @Schema(description = "The school year it covers (always for the data-sharing agreement).", examples = "2026-27")
            @Nullable String schoolYear,
            long version,
            Instant updatedAt) {

        static OnboardingItemResponse from(OnboardingItem item, LocalDate today) {
            return new OnboardingItemResponse(item.kind, item.receivedOn, item.expiresOn,
                    item.expiresOn.isBefore(today), item.note, item.schoolYear, item.version, item.updatedAt);
        }
    }

    @Schema(name = "Onboarding", description = "An organization's onboarding items and what is missing or expired.")
    public record OnboardingResponse(
            UUID organizationId,
            VettingStatus vettingStatus,
            List<OnboardingItemResponse> items,
            @Schema(description = "Kinds not on file.") List<OnboardingKind> missing,
            @Schema(description = "Kinds past their expiry date.") List<OnboardingKind> expired,
            @Schema(description = "True when any item has expired.") boolean flagged) {
    }

    @Schema(name = "OnboardingFlag", description = "An organization with expired onboarding items.")
    public record OnboardingFlagResponse(
            UUID organizationId,
            String organizationName,
            VettingStatus vettingStatus,
            List<OnboardingKind> expired,
            @Schema(description = "The earliest expiry date among the expired items.") LocalDate expiredSince) {
    }
}
