package org.partnermatch.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnermatch.common.DistrictTime;
import org.partnermatch.common.ProblemException;
import org.partnermatch.report.AnnualReportDtos.AnnualReport;
import org.partnermatch.report.AnnualReportDtos.Row;
import org.partnermatch.report.ReportQueries.YearPartnership;
import org.partnermatch.taxonomy.TaxonomyService;
import org.partnermatch.vocabulary.SchoolYear;

/**
 * The annual report: for a school year, every partnership that changed state in it or was under way when it began,
 * counted by its state at the year's end, with students served and outcomes met — district-wide, per school, per
 * organization, per need category (a partnership for needs of two categories counts in both) and per equity group
 * (Title I status; need-index band). Students served below 10 are suppressed in the published form.
 */
@ApplicationScoped
public class AnnualReportService {

    /** Counts of students below this are not published. */
    public static final int SUPPRESS_BELOW = 10;

    private final ReportQueries queries;
    private final TaxonomyService taxonomy;

    public AnnualReportService(ReportQueries queries, TaxonomyService taxonomy) {
        this.queries = queries;
        this.taxonomy = taxonomy;
    }

    /** The report of {@code schoolYear} ("2025-26"); {@code published}: suppress small counts of students. */
    public AnnualReport report(String schoolYear, boolean published) {
        SchoolYear year = schoolYear == null || schoolYear.isBlank() ? SchoolYear.of(DistrictTime.today())
                : SchoolYear.parse(schoolYear);
        if (year == null) {
            throw ProblemException.badRequest("schoolYear", SchoolYear.FORMAT);
        }
        ZoneId zone = DistrictTime.zone();
        List<YearPartnership> rows = queries.partnershipsOf(year.firstDay().atStartOfDay(zone).toInstant(),
                year.lastDay().plusDays(1).atStartOfDay(zone).toInstant());
        Map<String, String> categoryNames = new LinkedHashMap<>();
        taxonomy.names().forEach(categoryNames::put);
        return new AnnualReport(year.toString(), year.firstDay(), year.lastDay(), published ? SUPPRESS_BELOW : null,
                row("district", "district", "All schools", rows, published),
                group(rows, "school", p -> List.of(p.schoolId().toString()), p -> p.schoolName(), published),
                group(rows, "organization", p -> List.of(p.organizationId().toString()), p -> p.organizationName(),
                        published),
                group(rows, "category", YearPartnership::categories, null, published).stream()
                        .map(r -> relabel(r, categoryNames.getOrDefault(r.key(), r.key()))).toList(),
                group(rows, "equity", p -> List.of(titleIGroup(p), needIndexBand(p)), null, published).stream()
                        .map(r -> relabel(r, EQUITY_LABELS.getOrDefault(r.key(), r.key())))
                        .sorted(java.util.Comparator.comparing(r -> EQUITY_ORDER.indexOf(r.key()))).toList());
    }

    /** The report as CSV, one row per district, school, organization, category and equity group. */
    public static String csv(AnnualReport report) {
        return ReportCsv.annual(report);
    }

    private static final Map<String, String> EQUITY_LABELS = Map.of(
            "title_i", "Title I schools", "not_title_i", "Schools not in Title I",
            "title_i_unknown", "Title I status not known",
            "need_index_75_100", "Need index 75 to 100 (highest need)", "need_index_50_75", "Need index 50 to 75",
            "need_index_25_50", "Need index 25 to 50", "need_index_0_25", "Need index below 25");
    private static final List<String> EQUITY_ORDER = List.of("title_i", "not_title_i", "title_i_unknown",
            "need_index_75_100", "need_index_50_75", "need_index_25_50", "need_index_0_25");

    static String titleIGroup(YearPartnership p) {
        return p.titleI() == null ? "title_i_unknown" : p.titleI() ? "title_i" : "not_title_i";
    }

    static String needIndexBand(YearPartnership p) {
        double n = p.needIndex();
        return n >= 75 ? "need_index_75_100" : n >= 50 ? "need_index_50_75" : n >= 25 ? "need_index_25_50"
                : "need_index_0_25";
    }

    private static List<Row> group(List<YearPartnership> rows, String level, Function<YearPartnership, List<String>> keys,
                                   Function<YearPartnership, String> label, boolean published) {
        Map<String, List<YearPartnership>> byKey = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (YearPartnership p : rows) {
            for (String key : keys.apply(p)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                labels.putIfAbsent(key, label == null ? key : label.apply(p));
            }
        }
        List<Row> out = new ArrayList<>();
        byKey.forEach((key, members) -> out.add(row(level, key, labels.get(key), members, published)));
        return out;
    }

    static Row row(String level, String key, String label, List<YearPartnership> members, boolean published) {
        int[] states = new int[7];
        int served = 0;
        int met = 0;
        int notMet = 0;
        int open = 0;
        for (YearPartnership p : members) {
            int i = switch (p.state()) {
                case "requested" -> 0;
                case "accepted" -> 1;
                case "active" -> 2;
                case "completed" -> 3;
                case "declined" -> 4;
                case "cancelled" -> 5;
                default -> 6;
            };
            states[i]++;
            if ((i == 2 || i == 3) && p.studentsServed() != null) {
                served += p.studentsServed();
            }
            met += p.outcomesMet();
            notMet += p.outcomesNotMet();
            open += p.outcomesNotReported();
        }
        boolean suppressed = published && served > 0 && served < SUPPRESS_BELOW;
        return new Row(level, key, label, members.size(), states[0], states[1], states[2], states[3], states[4],
                states[5], states[6], suppressed ? null : served, suppressed, met, notMet, open);
    }

    private static Row relabel(Row r, String label) {
        return new Row(r.level(), r.key(), label, r.partnerships(), r.requested(), r.accepted(), r.active(),
                r.completed(), r.declined(), r.cancelled(), r.expired(), r.studentsServed(),
                r.studentsServedSuppressed(), r.outcomesMet(), r.outcomesNotMet(), r.outcomesNotReported());
    }
}
