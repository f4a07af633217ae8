package org.partnermatch.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnermatch.report.ReportDtos.Coverage;
import org.partnermatch.report.ReportDtos.CoverageReport;
import org.partnermatch.report.ReportDtos.EquityGroup;
import org.partnermatch.report.ReportDtos.EquityReport;
import org.partnermatch.report.ReportDtos.IncompleteEquityReport;
import org.partnermatch.report.ReportDtos.PartnershipMix;

/**
 * Reports as RFC 4180 CSV (CRLF line ends, quoted where needed), one row per school, region, category or group,
 * so a spreadsheet can pivot them. Text cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final List<String> COVERAGE_COLUMNS = List.of("open_needs", "students_affected",
            "needs_with_active_partnership", "needs_with_good_match_only", "needs_with_weak_match_only",
            "partner_deserts", "students_in_partner_deserts");

    private ReportCsv() {
    }

    static String coverage(CoverageReport report) {
        List<String> header = new ArrayList<>(List.of("level", "id", "name", "region", "title_i", "need_index"));
        header.addAll(COVERAGE_COLUMNS);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(List.of("district", "", "All schools in scope", "", "", ""), report.totals()));
        report.schools().forEach(s -> rows.add(row(List.of("school", s.schoolId(), s.name(), blank(s.region()),
                blank(s.titleI()), s.needIndex()), s.coverage())));
        report.regions().forEach(r -> rows.add(row(List.of("region", blank(r.region()), blank(r.region()),
                blank(r.region()), "", ""), r.coverage())));
        report.categories().forEach(c -> rows.add(row(List.of("category", c.category(), c.name(), "", "", ""),
                c.coverage())));
        return write(header, rows);
    }

    static String equity(EquityReport report) {
        List<String> header = new ArrayList<>(List.of("split", "group", "label", "schools", "need_index_min",
                "need_index_max"));
        header.addAll(COVERAGE_COLUMNS);
        header.addAll(List.of("partnered_share", "partnered_or_good_match_share", "desert_share", "partnerships",
                "bipoc_led", "black_led", "culturally_specific"));
        List<List<Object>> rows = new ArrayList<>();
        report.quartiles().forEach(g -> rows.add(group("need_index_quartile", g)));
        report.titleI().forEach(g -> rows.add(group("title_i", g)));
        return write(header, rows);
    }

    static String incompleteEquity(IncompleteEquityReport report) {
        List<List<Object>> rows = new ArrayList<>();
        report.items().forEach(p -> rows.add(List.of(p.schoolId(), p.name(), blank(p.region()),
                String.join(";", p.missing()), p.needIndexUnknown())));
        return write(List.of("school_id", "name", "region", "missing", "need_index_unknown"), rows);
    }

    static String annual(AnnualReportDtos.AnnualReport report) {
        List<List<Object>> rows = new ArrayList<>();
        List<AnnualReportDtos.Row> all = new ArrayList<>();
        all.add(report.district());
        all.addAll(report.schools());
        all.addAll(report.organizations());
        all.addAll(report.categories());
        all.addAll(report.equityGroups());
        for (AnnualReportDtos.Row r : all) {
            rows.add(List.of(report.schoolYear(), r.level(), r.key(), r.label(), r.partnerships(), r.requested(),
                    r.accepted(), r.active(), r.completed(), r.declined(), r.cancelled(), r.expired(),
                    r.studentsServedSuppressed() ? "<" + report.suppressedBelow() : r.studentsServed(),
                    r.outcomesMet(), r.outcomesNotMet(), r.outcomesNotReported()));
        }
        return write(List.of("school_year", "level", "key", "label", "partnerships", "requested", "accepted", "active",
                "completed", "declined", "cancelled", "expired", "students_served", "outcomes_met", "outcomes_not_met",
                "outcomes_not_reported"), rows);
    }

    private static List<Object> group(String split, EquityGroup g) {
        List<Object> row = row(List.of(split, g.group(), g.label(), g.schools(), blank(g.needIndexMin()),
                blank(g.needIndexMax())), g.coverage());
        PartnershipMix mix = g.partnerships();
        row.addAll(List.of(blank(g.partneredShare()), blank(g.partneredOrGoodMatchShare()), blank(g.desertShare()),
                mix.partnerships(), mix.bipocLed(), mix.blackLed(), mix.culturallySpecific()));
        return row;
    }

    private static List<Object> row(List<Object> head, Coverage c) {
        List<Object> row = new ArrayList<>(head);
        row.addAll(List.of(c.openNeeds(), c.studentsAffected(), c.needsWithActivePartnership(),
                c.needsWithGoodMatchOnly(), c.needsWithWeakMatchOnly(), c.partnerDeserts(),
                c.studentsInPartnerDeserts()));
        return row;
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }

    static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                List<Object> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(cell instanceof String text ? defuse(text) : cell);
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Keeps spreadsheet programs from evaluating user text (CSV injection). */
    static String defuse(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
