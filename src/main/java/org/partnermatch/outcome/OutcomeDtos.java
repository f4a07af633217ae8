package org.partnermatch.outcome;

import org.partnermatch.common.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;
import org.partnermatch.partnership.Partnership;
import org.partnermatch.vocabulary.PartnershipState;

/** Requests and responses of a partnership's outcomes: what the parties agreed, and what happened. */
public final class OutcomeDtos {

    private OutcomeDtos() {
    }

    @PlainText
    @Schema(name = "PlannedOutcome", description = "An outcome the two parties agree: \"students attending at least 10 "
            + "sessions: 30 students\".")
    public record PlannedOutcome(
            @Schema(examples = "Students attending at least 10 sessions") @NotBlank @Size(max = 200) String measure,
            @Schema(examples = "30") @NotNull @Min(0) @Max(1_000_000) Integer target,
            @Schema(examples = "students") @NotBlank @Size(max = 60) String unit) {
    }

    @PlainText
    @Schema(name = "PlannedOutcomesRequest", description = "The whole list of planned outcomes (it replaces the list).")
    public record PlannedOutcomesRequest(
            @NotNull @Size(min = 1, max = 10, message = "must list 1 to 10 outcomes") List<@NotNull @Valid PlannedOutcome> outcomes) {
    }

    @PlainText
    @Schema(name = "OutcomeResult")
    public record OutcomeResult(@NotNull UUID outcomeId,
                                @Schema(examples = "27") @NotNull @Min(0) @Max(1_000_000) Integer result) {
    }

    @PlainText
    @Schema(name = "ActualsRequest", description = "What happened, in aggregate only (never a student's identity): "
            + "students served and sessions held so far, and results for some or all outcomes. A figure left out "
            + "stays as it was.")
    public record ActualsRequest(
            @Schema(examples = "28") @Min(0) @Max(100_000) Integer studentsServed,
            @Schema(examples = "22") @Min(0) @Max(10_000) Integer sessionsHeld,
            @Size(max = 10) List<@NotNull @Valid OutcomeResult> results) {
    }

    @Schema(name = "Outcome")
    public record OutcomeResponse(UUID id, int position, String measure, int target, String unit,
                                  @Schema(description = "Null until recorded.") @Nullable Integer result,
                                  @Schema(description = "Whether the result reached the target; null without a result.")
                                  @Nullable Boolean met) {

        static OutcomeResponse from(PartnershipOutcome o) {
            return new OutcomeResponse(o.id, o.position, o.measure, o.target, o.unit, o.result, o.met());
        }
    }

    @Schema(name = "PartnershipOutcomes", description = "A partnership's planned outcomes and what was recorded; its "
            + "two parties and district staff see the counts as they are.")
    public record OutcomesResponse(UUID partnershipId, PartnershipState state, List<OutcomeResponse> outcomes,
                                   @Nullable Integer studentsServed, @Nullable Integer sessionsHeld, @Nullable Instant actualsRecordedAt) {

        static OutcomesResponse from(Partnership p, List<PartnershipOutcome> outcomes) {
            return new OutcomesResponse(p.id, p.state, outcomes.stream().map(OutcomeResponse::from).toList(),
                    p.studentsServed, p.sessionsHeld, p.actualsRecordedAt);
        }
    }
}
