package org.partnermatch.report;

import org.partnermatch.common.Nullable;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response records of the coverage and equity reports. */
public final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(description = "The filters the report was computed with (absent = all).")
    public record ReportFilters(@Schema(examples = "Southeast") @Nullable String region,
                                @Schema(examples = "math") @Nullable String category,
                                @Schema(examples = "2025-26") @Nullable String schoolYear,
                                @Schema(description = "Minimum total match score (0..1) for a good match.", examples = "0.5")
                                double goodMatchThreshold) {
    }

    @Schema(description = "Coverage of open needs. Every open need falls in exactly one of the four buckets: with an "
            + "active partnership; else with a good match; else with only weaker eligible matches; else a partner "
            + "desert (no offering passes the hard constraints).")
    public record Coverage(@Schema(examples = "12") int openNeeds,
                           @Schema(examples = "410") int studentsAffected,
                           @Schema(description = "Needs named by an accepted or active partnership.", examples = "3")
                           int needsWithActivePartnership,
                           @Schema(description = "Needs without a partnership that have at least one good match.", examples = "6")
                           int needsWithGoodMatchOnly,
                           @Schema(description = "Needs without a partnership whose eligible offerings all score below the threshold.", examples = "1")
                           int needsWithWeakMatchOnly,
                           @Schema(description = "Partner deserts: needs no offering can serve at all.", examples = "2")
                           int partnerDeserts,
                           @Schema(description = "Students affected by partner-desert needs.", examples = "55")
                           int studentsInPartnerDeserts) {

        static Coverage empty() {
            return new Coverage(0, 0, 0, 0, 0, 0, 0);
        }

        Coverage plus(NeedCoverage need) {
            int s = need.students();
            return switch (need.status()) {
                case PARTNERED -> new Coverage(openNeeds + 1, studentsAffected + s, needsWithActivePartnership + 1,
                        needsWithGoodMatchOnly, needsWithWeakMatchOnly, partnerDeserts, studentsInPartnerDeserts);
                case GOOD_MATCH -> new Coverage(openNeeds + 1, studentsAffected + s, needsWithActivePartnership,
                        needsWithGoodMatchOnly + 1, needsWithWeakMatchOnly, partnerDeserts, studentsInPartnerDeserts);
                case WEAK_MATCH -> new Coverage(openNeeds + 1, studentsAffected + s, needsWithActivePartnership,
                        needsWithGoodMatchOnly, needsWithWeakMatchOnly + 1, partnerDeserts, studentsInPartnerDeserts);
                case DESERT -> new Coverage(openNeeds + 1, studentsAffected + s, needsWithActivePartnership,
                        needsWithGoodMatchOnly, needsWithWeakMatchOnly, partnerDeserts + 1, studentsInPartnerDeserts + s);
            };
        }
    }

    /** How one open need is covered (internal). */
    record NeedCoverage(UUID needId, UUID schoolId, String category, int students, Status status) {
        enum Status { PARTNERED, GOOD_MATCH, WEAK_MATCH, DESERT }
    }

    public record SchoolCoverage(UUID schoolId, @Schema(examples = "Aki Kurose Middle School") String name,
                                 @Schema(examples = "Southeast", description = "Null when not known.") @Nullable String region,
                                 @Schema(description = "Null when not known.") @Nullable Boolean titleI,
                                 @Schema(examples = "77.9") double needIndex, Coverage coverage) {
    }

    public record RegionCoverage(@Schema(examples = "Southeast") @Nullable String region,
                                 @Schema(examples = "6") int schools, Coverage coverage) {
    }

    public record CategoryCoverage(@Schema(examples = "math") String category,
                                   @Schema(examples = "Math tutoring") String name, Coverage coverage) {
    }

    @Schema(description = "Coverage of open needs per school, region and category, with district totals.")
    public record CoverageReport(ReportFilters filters, Coverage totals, List<SchoolCoverage> schools,
                                 List<RegionCoverage> regions, List<CategoryCoverage> categories) {
    }

    @Schema(description = "Partnerships (accepted, active or completed) by the self-declared leadership of the "
            + "organization. Culturally specific: names communities it serves, or is Black-, BIPOC-, "
            + "immigrant/refugee-, Latinx-, Native- or Asian/Pacific Islander-led.")
    public record PartnershipMix(@Schema(examples = "20") int partnerships,
                                 @Schema(examples = "9") int bipocLed,
                                 @Schema(examples = "5") int blackLed,
                                 @Schema(examples = "12") int culturallySpecific,
                                 @Schema(description = "Shares 0..1; null when there are no partnerships.", examples = "0.45")
                                 @Nullable Double bipocLedShare,
                                 @Schema(examples = "0.25") @Nullable Double blackLedShare,
                                 @Schema(examples = "0.6") @Nullable Double culturallySpecificShare) {
    }

    @Schema(description = "One group of schools (a need-index quartile, or Title I / not Title I).")
    public record EquityGroup(@Schema(examples = "q4") String group,
                              @Schema(examples = "Quartile 4 (highest need)") String label,
                              @Schema(examples = "6") int schools,
                              @Schema(examples = "62.5") @Nullable Double needIndexMin,
                              @Schema(examples = "91.0") @Nullable Double needIndexMax,
                              Coverage coverage,
                              @Schema(description = "Share of open needs with an active partnership (null without needs).", examples = "0.25")
                              @Nullable Double partneredShare,
                              @Schema(description = "Share of open needs partnered or with a good match.", examples = "0.75")
                              @Nullable Double partneredOrGoodMatchShare,
                              @Schema(description = "Share of open needs that are partner deserts.", examples = "0.1")
                              @Nullable Double desertShare,
                              PartnershipMix partnerships) {
    }

    @Schema(description = "Whether the highest-need quartile is served at least as well as the other schools "
            + "(share of open needs partnered or with a good match).")
    public record EquityVerdict(@Schema(examples = "0.8") @Nullable Double highestQuartileShare,
                                @Schema(examples = "0.7") @Nullable Double restShare,
                                @Schema(description = "null when either side has no open needs.", examples = "true")
                                @Nullable Boolean servedAtLeastAsWell) {
    }

    @Schema(description = "Coverage split by need-index quartile of schools (q1 lowest need .. q4 highest) and by "
            + "Title I, with the partnership mix by organization leadership.")
    public record EquityReport(ReportFilters filters, List<EquityGroup> quartiles, List<EquityGroup> titleI,
                               EquityVerdict highestNeedQuartile, PartnershipMix partnerships) {
    }

    @Schema(name = "IncompleteEquityProfile", description = "A school with equity figures that are not known yet.")
    public record IncompleteEquityProfile(UUID schoolId, @Schema(examples = "Aki Kurose Middle School") String name,
                                          @Schema(examples = "Southeast") @Nullable String region,
                                          @Schema(description = "The unknown figures, as the school API names them.",
                                                  examples = "[\"freeReducedLunchPercent\", \"qualityRank\"]")
                                          List<String> missing,
                                          @Schema(description = "Whether the need index rests on no known figure at "
                                                  + "all (FRL, EL and Title I all unknown): it is then the neutral 50.")
                                          boolean needIndexUnknown) {
    }

    @Schema(name = "IncompleteEquityReport", description = "Schools whose equity profile is incomplete, by name.")
    public record IncompleteEquityReport(ReportFilters filters, int schools, List<IncompleteEquityProfile> items) {
    }
}
