package org.partnermatch.allocation;

import org.partnermatch.common.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;

/** Request and response records of district-wide allocation. */
public final class AllocationDtos {

    private AllocationDtos() {
    }

    @Schema(description = "What to allocate: the open needs of the selected schools (all when none are given), "
            + "optionally one region or category, against the remaining capacity of approved organizations' active "
            + "offerings.")
    @PlainText
    public record AllocationRequest(
            @Schema(description = "Schools to plan for; empty or absent means every school.")
            @Size(max = 5000) List<UUID> schoolIds,
            @Schema(examples = "Southeast") @Size(max = 60) String region,
            @Schema(examples = "academic") @Size(max = 64) String category,
            @Schema(description = "Pairs scoring below this (0..1) are not proposed; default: the good-match threshold.",
                    examples = "0.5") @DecimalMin("0") @DecimalMax("1") Double minScore,
            @Schema(description = "Run as a job (202 + Location) even when small.", examples = "false") Boolean async) {
    }

    public record PlanLine(@Schema(description = "The line's id, stable for this need and offering; name it to turn "
                                   + "the line into a partnership request (POST /allocations/{id}/requests).")
                           UUID id,
                           UUID needId, @Schema(examples = "Math tutoring after school") String needTitle,
                           UUID offeringId, @Schema(examples = "After-school math club") String offeringName,
                           UUID organizationId, @Schema(examples = "East African Community Services") String organizationName,
                           @Schema(description = "Students of the need this offering would serve.", examples = "20") int students,
                           @Schema(description = "Match score 0-100 (lowered for a listing overdue for confirmation).",
                                   examples = "81.5") double score,
                           @Schema(description = "Set when the listing is overdue for confirmation: since when, and "
                                   + "that it ranks lower until its organization confirms it. Null otherwise.",
                                   examples = "Listing not confirmed since Mar 3, 2026: ranked lower until its "
                                           + "organization confirms it") @Nullable String listingNote) {

        /** The id of the line proposing this offering for this need: the same in every plan. */
        public static UUID idOf(UUID needId, UUID offeringId) {
            return UUID.nameUUIDFromBytes(("partnermatch:plan-line:" + needId + ":" + offeringId)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    public record SchoolPlan(UUID schoolId, @Schema(examples = "Aki Kurose Middle School") String name,
                             @Schema(examples = "77.9") double needIndex,
                             @Schema(examples = "120") int studentsAffected,
                             @Schema(examples = "80") int studentsServed, List<PlanLine> lines) {
    }

    @Schema(description = "Figures of one plan. Equity-weighted value = Σ students × match quality × (0.5 + need "
            + "index / 100); the objective also subtracts the per-school diminishing-returns penalties.")
    public record PlanTotals(@Schema(examples = "1840") long studentsServed,
                             @Schema(examples = "1650.2") double equityWeightedValue,
                             @Schema(examples = "1502.7") double objective,
                             @Schema(description = "Share of students affected who are served, per need-index quartile "
                                     + "q1 (lowest) .. q4; null for a quartile without students affected.",
                                     type = SchemaType.ARRAY, implementation = ShareOrNone.class)
                             List<Double> servedShareByQuartile) {
    }

    /** Documents one entry of servedShareByQuartile: a share from 0 to 1, or null when nothing was asked. */
    @Schema(name = "ShareOrNone", type = SchemaType.NUMBER, nullable = true, examples = "0.82")
    interface ShareOrNone {
    }

    public record Comparison(@Schema(description = "Relative gain in equity-weighted value over the greedy plan.", examples = "0.12")
                             @Nullable Double equityWeightedValueGain,
                             @Schema(examples = "0.18") @Nullable Double objectiveGain,
                             @Schema(examples = "35") long extraStudentsServed) {
    }

    @Schema(description = "A proposed allocation (not partnerships): per school the proposed offerings with scores.")
    public record AllocationPlan(@Schema(examples = "310") int needs, @Schema(examples = "950") int offerings,
                                 @Schema(description = "Eligible (need, offering) pairs considered.", examples = "12000") int pairs,
                                 @Schema(examples = "42") long solveMillis,
                                 PlanTotals optimal, PlanTotals greedy, Comparison comparison,
                                 List<SchoolPlan> schools) {
    }

    public enum JobStatus { queued, running, done, failed }

    @Schema(description = "An allocation job: its status, and the plan once done.")
    public record AllocationJob(UUID id, JobStatus status, Instant createdAt, @Nullable Instant finishedAt,
                                @Schema(description = "Why it failed, when it did.") @Nullable String error,
                                @Nullable AllocationPlan plan,
                                @Schema(description = "What the plan covered.") PlanScope scope) {
    }

    @Schema(description = "The scope a plan covered: region and category (absent: all), the lowest score proposed, "
            + "and how many schools were named (absent: every school in the region).")
    public record PlanScope(@Schema(examples = "Southeast") @Nullable String region,
                            @Schema(examples = "academic") @Nullable String category,
                            @Schema(examples = "0.5") double minScore,
                            @Schema(examples = "12") @Nullable Integer schoolCount) {
    }

    @Schema(description = "Turn plan lines into partnership requests: one request per school and offering, for the "
            + "needs of the chosen lines. Dates and message apply to every request.")
    @PlainText
    public record PlanRequestsRequest(
            @Schema(description = "Plan line ids; empty or absent means every line of the plan.")
            @Size(max = 5000) List<UUID> lineIds,
            @Schema(examples = "2027-02-01") @NotNull LocalDate startDate,
            @Schema(examples = "2027-06-15") @NotNull LocalDate endDate,
            @Schema(examples = "The district proposes this partnership from its allocation plan for this term.")
            @Size(max = 2000) String message) {
    }

    public enum LineOutcome { created, skipped }

    @Schema(description = "What became of one plan line.")
    public record LineResult(UUID lineId, UUID schoolId, UUID needId, UUID offeringId,
                             @Schema(examples = "20") int students,
                             @Schema(examples = "created") LineOutcome outcome,
                             @Schema(description = "The partnership request made for it, or the open one that was "
                                     + "already there.") @Nullable UUID partnershipId,
                             @Schema(description = "Why it was skipped.", examples = "This school already has an open "
                                     + "request or partnership with this offering; one at a time.") @Nullable String reason) {
    }

    @Schema(description = "Per plan line: created (with the partnership request) or skipped, with the reason.")
    public record PlanRequestsResponse(UUID allocationId,
                                       @Schema(description = "Partnership requests made.", examples = "3") int requests,
                                       @Schema(examples = "5") int linesCreated,
                                       @Schema(examples = "1") int linesSkipped,
                                       List<LineResult> lines) {
    }
}
