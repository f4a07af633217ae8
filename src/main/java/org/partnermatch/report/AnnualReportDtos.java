package org.partnermatch.report;

import org.partnermatch.common.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The annual partnership report: what a school board reads at the end of a school year. */
public final class AnnualReportDtos {

    private AnnualReportDtos() {
    }

    @Schema(name = "AnnualReportRow", description = "Partnerships of one school, organization, need category or "
            + "equity group (or the district) in the school year, by their state at the year's end.")
    public record Row(@Schema(examples = "school") String level,
                      @Schema(description = "The school's or organization's id, the category code or the group.",
                              examples = "5c000000-0000-4000-8000-000000000001") String key,
                      @Schema(examples = "Aki Kurose Middle School") String label,
                      @Schema(examples = "4") int partnerships,
                      int requested, int accepted, int active, int completed, int declined, int cancelled,
                      int expired,
                      @Schema(description = "Students served, as the parties recorded it (active and completed "
                              + "partnerships). Null when suppressed: 1 to 9 students are shown as fewer than 10 in a "
                              + "published report.", examples = "58") @Nullable Integer studentsServed,
                      @Schema(description = "Whether studentsServed is hidden because it is below 10.")
                      boolean studentsServedSuppressed,
                      @Schema(examples = "5") int outcomesMet,
                      @Schema(examples = "1") int outcomesNotMet,
                      @Schema(description = "Planned outcomes without a recorded result.", examples = "2")
                      int outcomesNotReported) {
    }

    @Schema(name = "AnnualReport", description = "Partnerships of a school year (July 1 to June 30, in the district's "
            + "time zone), reproducible for any past year from the partnerships' event history.")
    public record AnnualReport(@Schema(examples = "2025-26") String schoolYear, LocalDate from, LocalDate to,
                               @Schema(description = "Counts of students below this are suppressed (null when the "
                                       + "report shows exact figures).", examples = "10") @Nullable Integer suppressedBelow,
                               Row district, List<Row> schools, List<Row> organizations, List<Row> categories,
                               @Schema(description = "By the schools' Title I status and need-index band.")
                               List<Row> equityGroups) {
    }
}
