package org.partnermatch.partnership;

import org.partnermatch.common.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;
import org.partnermatch.vocabulary.PartnershipState;
import org.partnermatch.vocabulary.PartySide;

/** Request and response records for partnerships, their events and feedback. */
public final class PartnershipDtos {

    private PartnershipDtos() {
    }

    @Schema(name = "PartnershipRequest", description = "A school asks an offering to serve some of its open needs. "
            + "State, capacity and timestamps are the server's.")
    @PlainText
    public record PartnershipRequest(
            @Schema(description = "The requesting school. A principal may leave it out (their token's school is used); "
                    + "district staff must give it.", examples = "5c000000-0000-4000-8000-000000000001")
            UUID schoolId,
            @Schema(description = "The offering asked for; its organization must be approved.",
                    examples = "0f000000-0000-4000-8000-000000000009") @NotNull UUID offeringId,
            @Schema(description = "Open needs of the school this partnership would serve.",
                    examples = "[\"0e000000-0000-4000-8000-000000000003\"]")
            @NotEmpty @Size(max = 20) List<@NotNull UUID> needIds,
            @Schema(examples = "We have about 30 students in grades 6-8 with chronic absence; could your coordinator take them on this spring?")
            @Size(max = 2000) String message,
            @Schema(description = "How many students the partnership would serve. For offerings counted in students this "
                    + "is the capacity it takes when accepted; for offerings counted in schools it takes 1.", examples = "30")
            @NotNull @Min(1) @Max(100000) Integer studentsToServe,
            @Schema(examples = "2027-02-01") @NotNull LocalDate startDate,
            @Schema(examples = "2027-06-15") @NotNull LocalDate endDate) {
    }

    @Schema(name = "ReasonRequest", description = "Why a request is declined or a partnership cancelled.")
    @PlainText
    public record ReasonRequest(
            @Schema(examples = "Our coordinator's caseload is full until next term.") @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "Partnership")
    public record PartnershipResponse(
            UUID id,
            UUID schoolId,
            UUID organizationId,
            UUID offeringId,
            List<UUID> needIds,
            @Schema(description = "requested → accepted → active → completed; or declined, cancelled, expired.")
            PartnershipState state,
            String message,
            int studentsToServe,
            LocalDate startDate,
            LocalDate endDate,
            @Schema(description = "Offering capacity this partnership holds (0 unless accepted, active or completed).")
            int capacityHeld,
            @Nullable String declineReason,
            @Nullable String cancelReason,
            @Schema(description = "Who cancelled: school, partner or district.") @Nullable String cancelledBy,
            Instant requestedAt,
            @Schema(description = "When an unanswered request expires.") Instant expiresAt,
            @Nullable Instant respondedAt,
            @Nullable Instant startedAt,
            @Nullable Instant completedAt,
            @Schema(description = "When it was declined, cancelled or expired.") @Nullable Instant closedAt,
            @Schema(description = "Who approved the partnership for the school: its principal's account "
                    + "(user:{id}). It starts only once approved.", examples = "user:3f6c1d2e-0b7a-4c59-9a53-2a1f7e0c9d11")
            @Nullable String approvedBy,
            @Nullable Instant approvedAt,
            @Schema(description = "Students served so far, as either side recorded it (aggregate).", examples = "28")
            @Nullable Integer studentsServed,
            @Schema(description = "Sessions held so far, as either side recorded it.", examples = "22") @Nullable Integer sessionsHeld,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        public static PartnershipResponse from(Partnership p) {
            return new PartnershipResponse(p.id, p.schoolId, p.organizationId, p.offeringId, List.copyOf(p.needIds),
                    p.state, p.message, p.studentsToServe, p.startDate, p.endDate, p.capacityHeld, p.declineReason,
                    p.cancelReason, p.cancelledBy, p.requestedAt, p.expiresAt, p.respondedAt, p.startedAt,
                    p.completedAt, p.closedAt, p.approvedBy, p.approvedAt, p.studentsServed, p.sessionsHeld,
                    p.version, p.createdAt, p.updatedAt);
        }
    }

    @Schema(name = "PartnershipEvent", description = "One state change of a partnership.")
    public record PartnershipEventResponse(
            UUID id,
            UUID partnershipId,
            @Schema(examples = "partnership.accepted") String type,
            @Nullable PartnershipState fromState,
            PartnershipState toState,
            @Schema(description = "district, principal, partner or system (expiry).", examples = "partner") String actorRole,
            @Schema(description = "The reason given, when there is one.") @Nullable String note,
            Instant occurredAt) {
    }

    @Schema(name = "FeedbackRequest", description = "A rating of a partnership by one side. The side comes from the token.")
    @PlainText
    public record FeedbackRequest(
            @Schema(description = "1 (poor) to 5 (excellent).", examples = "5") @NotNull @Min(1) @Max(5) Integer rating,
            @Schema(examples = "Our coordinator was at every family night and attendance went up.") @Size(max = 2000) String comment) {
    }

    @Schema(name = "Feedback")
    public record FeedbackResponse(
            UUID id,
            UUID partnershipId,
            UUID schoolId,
            UUID organizationId,
            @Schema(description = "school: the school rates the partner (its track record); partner: the partner's view of the school.")
            PartySide givenBy,
            int rating,
            @Nullable String comment,
            Instant createdAt) {
    }

    @Schema(name = "TrackRecord", description = "An organization's ratings from schools. The smoothed rating pulls "
            + "organizations with few ratings towards the prior: (ratingSum + priorWeight × priorMean) / (ratingCount + priorWeight).")
    public record TrackRecordResponse(
            UUID organizationId,
            @Schema(examples = "4") int ratingCount,
            @Schema(examples = "18") int ratingSum,
            @Schema(description = "Plain average; absent without ratings.", examples = "4.5") @Nullable Double averageRating,
            @Schema(examples = "3.94") double smoothedRating,
            @Schema(examples = "3.5") double priorMean,
            @Schema(examples = "5") double priorWeight) {
    }
}
