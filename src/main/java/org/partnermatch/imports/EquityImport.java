package org.partnermatch.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.partnermatch.common.ETags;
import org.partnermatch.common.Problem;
import org.partnermatch.common.ProblemException;
import org.partnermatch.imports.ImportDtos.ImportReport;
import org.partnermatch.imports.ImportDtos.ImportRow;
import org.partnermatch.imports.ImportDtos.RowAction;
import org.partnermatch.school.School;
import org.partnermatch.school.SchoolDtos;
import org.partnermatch.school.SchoolDtos.EquityProfile;
import org.partnermatch.school.SchoolDtos.SchoolRequest;
import org.partnermatch.school.SchoolService;

/**
 * The state's equity data merged into the district's schools. Two shapes are read, as report cards publish them:
 * <ul>
 * <li><b>long</b> — one row per school and measure: a {@code measure} (or student group) column naming the figure
 * ("Low Income", "English Language Learners", "All Students", "Title I"), and a {@code percent}/{@code value} and/or
 * {@code count} column;</li>
 * <li><b>wide</b> — one row per school with the figures as columns (FRL %, EL %, enrollment, Title I, ...).</li>
 * </ul>
 * Rows find their school by PartnerMatch id, NCES id, state school code, then name, and never create one. A
 * suppressed or blank figure ({@code N<10}, {@code *}, {@code --}) makes the figure unknown, never zero. When a file
 * holds several school years for one figure, the latest wins. Each figure a file changes records the file's source
 * and its school year. Everything is written through {@link SchoolService} (audit rows and change notifications
 * included), in one transaction, all or nothing unless {@code skipInvalid}.
 */
@ApplicationScoped
public class EquityImport {

    /** Default source of the figures when neither the request nor the file names one. */
    static final String DEFAULT_SOURCE = "equity import";

    private static final Map<String, String> ALIASES = Aliases.of(Map.ofEntries(
            Map.entry("id", "id, partnermatch id"),
            Map.entry("name", "name, school, school name"),
            Map.entry("ncesId", "nces id, nces school id, ncessch, nces"),
            Map.entry("stateSchoolCode", "state school code, school code, state school id"),
            Map.entry("schoolYear", "school year, year, academic year"),
            Map.entry("measure", "measure, student group, subgroup, indicator"),
            Map.entry("value", "value, percent, percentage, pct, rate"),
            Map.entry("count", "count, number, n, number of students, student count"),
            Map.entry("source", "source, data source"),
            Map.entry("enrollment", "enrollment, total enrollment, all students"),
            Map.entry("titleI", "title i, title 1, title i school, title i status"),
            Map.entry(SchoolFigure.FRL.field, "frl, frl percent, free reduced lunch, free reduced lunch percent, "
                    + "free and reduced lunch, free or reduced price meals, low income, low income percent, "
                    + "percent low income"),
            Map.entry(SchoolFigure.EL.field, "el, ell, el percent, ell percent, english learner, english learners, "
                    + "english learner percent, english language learners, percent english language learners, "
                    + "multilingual learners"),
            Map.entry("homeLanguages", "languages, home languages, top languages"),
            Map.entry("qualityRank", "quality rank, tier")));

    /** Measures of the long shape, normalised as headers are, → figure. */
    private static final Map<String, SchoolFigure> MEASURES = measures();

    private final SchoolService schools;
    private final ImportConfig config;
    private final jakarta.persistence.EntityManager entities;

    public EquityImport(SchoolService schools, ImportConfig config, jakarta.persistence.EntityManager entities) {
        this.schools = schools;
        this.config = config;
        this.entities = entities;
    }

    /** The figures of a school the import may set. */
    enum SchoolFigure {
        ENROLLMENT("enrollment"), TITLE_I("titleI"), FRL("freeReducedLunchPercent"), EL("englishLearnerPercent"),
        HOME_LANGUAGES("homeLanguages"), QUALITY_RANK("qualityRank");

        final String field;

        SchoolFigure(String field) {
            this.field = field;
        }

        boolean percent() {
            return this == FRL || this == EL;
        }
    }

    /** Source and school year the request names for the whole file (a column of the file wins row by row). */
    public record Provenance(String source, String schoolYear) {
    }

    /** What one row says: a figure of a school for a year, or an error, or a row to pass over with a note. */
    private record Reading(int row, School school, SchoolFigure figure, Object value, boolean known, String year,
                           String source, String column, String note, List<Problem.Violation> errors) {
    }

    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 600)
    public ImportReport importEquity(String csv, ImportService.Options options, Provenance provenance) {
        if (provenance.schoolYear() != null && !provenance.schoolYear().matches(SchoolDtos.SCHOOL_YEAR)) {
            throw ProblemException.badRequest("schoolYear", "must be a school year like 2024-25");
        }
        if (sourceProblem(provenance.source()) != null) {
            throw ProblemException.badRequest("source", sourceProblem(provenance.source()));
        }
        CsvSheet sheet = CsvSheet.parse(csv, ALIASES, null, config.maxRows());
        if (!sheet.has("id") && !sheet.has("ncesId") && !sheet.has("stateSchoolCode") && !sheet.has("name")) {
            throw ProblemException.badRequest("body", "the header needs a column naming the school: NCES id, state "
                    + "school code, school name or id");
        }
        boolean longShape = sheet.has("measure");
        if (longShape && !sheet.has("value") && !sheet.has("count")) {
            throw ProblemException.badRequest("body", "a measure column needs a percent (or value) or count column");
        }
        if (!longShape && java.util.Arrays.stream(SchoolFigure.values()).noneMatch(f -> sheet.has(f.field))) {
            throw ProblemException.badRequest("body", "no equity columns: give FRL %, EL %, enrollment, Title I, home "
                    + "languages or quality rank as columns, or a measure column with a percent or count column");
        }
        SchoolService.Directory directory = schools.directory();
        List<Reading> readings = new ArrayList<>();
        for (CsvSheet.Row row : sheet.rows()) {
            readings.addAll(longShape ? readLong(sheet, row, provenance, directory)
                    : readWide(sheet, row, provenance, directory));
        }
        if (longShape) {
            readings = percentsFromCounts(readings, sheet);
        }
        Plan plan = plan(readings, sheet);
        boolean anyError = plan.actions.values().stream().anyMatch(a -> a.action == RowAction.error);
        boolean commit = !options.dryRun() && (!anyError || options.skipInvalid());
        if (commit) {
            int written = 0;
            for (Write write : plan.writes) {
                write(write, directory);
                if (++written % 250 == 0) {
                    entities.flush();
                    entities.clear();
                }
            }
        }
        List<ImportRow> results = new ArrayList<>();
        plan.actions.forEach((row, a) -> results.add(new ImportRow(row, a.action,
                a.action == RowAction.error || a.school == null ? null : a.school.id,
                a.school == null ? a.name : a.school.name, a.errors, a.note)));
        return new ImportReport("school-equity", options.dryRun(), options.skipInvalid(), commit, results.size(), 0,
                count(results, RowAction.updated), count(results, RowAction.unchanged), count(results, RowAction.error),
                sheet.recognised(), sheet.ignored(), results);
    }

    // ---- reading rows ------------------------------------------------------------------------------------------

    private List<Reading> readLong(CsvSheet sheet, CsvSheet.Row row, Provenance provenance,
                                   SchoolService.Directory directory) {
        Cells cells = new Cells(sheet, row);
        String measure = cells.text("measure", null);
        Optional<School> school = school(cells, directory);
        String year = year(cells, provenance);
        String source = source(cells, provenance);
        if (!cells.errors().isEmpty()) {
            return List.of(error(row.number(), school.orElse(null), cells));
        }
        SchoolFigure figure = measure == null ? null : MEASURES.get(CsvSheet.normalise(measure));
        if (figure == null) {
            return List.of(new Reading(row.number(), school.orElse(null), null, null, false, year, source, null,
                    measure == null ? "no measure" : "measure not used by PartnerMatch: " + measure, List.of()));
        }
        Object value;
        String column;
        if (figure.percent()) {
            column = sheet.has("value") ? "value" : "count";
            value = sheet.has("value") ? cells.percent("value", null) : null;
            if (value == null && sheet.has("count") && cells.raw("count") != null && !Cells.suppressed(cells.raw("count"))) {
                // a count only: turned into a share once the school's All Students count is known (second pass)
                Integer count = cells.integer("count", null);
                return cells.errors().isEmpty()
                        ? List.of(new Reading(row.number(), school.get(), figure, count, false, year, source, "count",
                                "count", List.of()))
                        : List.of(error(row.number(), school.get(), cells));
            }
        } else if (figure == SchoolFigure.TITLE_I) {
            column = sheet.has("value") ? "value" : "count";
            value = cells.bool(column, null);
        } else {
            column = sheet.has("count") ? "count" : "value";
            value = cells.integer(column, null);
        }
        if (!cells.errors().isEmpty()) {
            return List.of(error(row.number(), school.get(), cells));
        }
        return List.of(checked(row.number(), school.get(), figure, value, year, source, sheet.header(column)));
    }

    private List<Reading> readWide(CsvSheet sheet, CsvSheet.Row row, Provenance provenance,
                                   SchoolService.Directory directory) {
        Cells cells = new Cells(sheet, row);
        Optional<School> school = school(cells, directory);
        String year = year(cells, provenance);
        String source = source(cells, provenance);
        Map<SchoolFigure, Object> values = new LinkedHashMap<>();
        for (SchoolFigure figure : SchoolFigure.values()) {
            if (sheet.has(figure.field)) {
                values.put(figure, switch (figure) {
                    case TITLE_I -> cells.bool(figure.field, null);
                    case FRL, EL -> cells.percent(figure.field, null);
                    case ENROLLMENT, QUALITY_RANK -> cells.integer(figure.field, null);
                    case HOME_LANGUAGES -> cells.languages(figure.field, null);
                });
            }
        }
        if (!cells.errors().isEmpty()) {
            return List.of(error(row.number(), school.orElse(null), cells));
        }
        List<Reading> readings = new ArrayList<>();
        values.forEach((figure, value) -> readings.add(checked(row.number(), school.get(), figure, value, year, source,
                sheet.header(figure.field))));
        return readings;
    }

    /** The figure with its range checked; a null value is an unknown (blank or suppressed) figure. */
    private static Reading checked(int row, School school, SchoolFigure figure, Object value, String year,
                                   String source, String column) {
        String problem = switch (figure) {
            case FRL, EL -> value != null && (((BigDecimal) value).signum() < 0
                    || ((BigDecimal) value).compareTo(BigDecimal.valueOf(100)) > 0) ? "must be a percentage, 0-100" : null;
            case ENROLLMENT -> value != null && ((Integer) value < 0 || (Integer) value > 20000)
                    ? "must be a whole number from 0 to 20000" : null;
            case QUALITY_RANK -> value != null && ((Integer) value < 1 || (Integer) value > 5) ? "must be 1 to 5" : null;
            default -> null;
        };
        if (problem != null) {
            return new Reading(row, school, figure, null, false, year, source, column, null,
                    List.of(new Problem.Violation(column, problem)));
        }
        return new Reading(row, school, figure, value, true, year, source, column,
                value == null ? "suppressed or blank in the source: unknown" : null, List.of());
    }

    private static Reading error(int row, School school, Cells cells) {
        return new Reading(row, school, null, null, false, null, null, null, null, List.copyOf(cells.errors()));
    }

    /** The row's school: by id, NCES id, state school code, then name. Never created here. */
    private static Optional<School> school(Cells cells, SchoolService.Directory directory) {
        if (cells.raw("id") != null && cells.has("id")) {
            UUID id = cells.uuid("id");
            Optional<School> school = id == null ? Optional.empty() : directory.byId(id);
            if (id != null && school.isEmpty()) {
                cells.error("id", "no school with this id");
            }
            return school;
        }
        String nces = cells.text("ncesId", null);
        if (nces != null) {
            Optional<School> school = directory.byNcesId(nces);
            if (school.isPresent()) {
                return school;
            }
        }
        String code = cells.text("stateSchoolCode", null);
        if (code != null) {
            Optional<School> school = directory.byStateCode(code);
            if (school.isPresent()) {
                return school;
            }
        }
        String name = cells.name("name", null);
        Optional<School> school = name == null ? Optional.empty() : directory.byName(name);
        if (school.isEmpty()) {
            String field = nces != null ? "ncesId" : code != null ? "stateSchoolCode" : "name";
            cells.error(field, "no school of the district has this " + (nces != null ? "NCES id"
                    : code != null ? "state school code" : "name") + "; import the school list first");
        }
        return school;
    }

    private static String year(Cells cells, Provenance provenance) {
        String year = cells.text("schoolYear", provenance.schoolYear());
        if (year == null) {
            return null;
        }
        if (!year.matches(SchoolDtos.SCHOOL_YEAR)) {
            cells.error("schoolYear", "must be a school year like 2024-25");
            return null;
        }
        // 2024-2025 and 2024-25 are one year
        return year.length() == 9 ? year.substring(0, 5) + year.substring(7) : year;
    }

    private static String source(Cells cells, Provenance provenance) {
        String source = cells.text("source", provenance.source());
        String problem = sourceProblem(source);
        if (problem != null) {
            cells.error("source", problem);
        }
        return source == null || source.isBlank() ? DEFAULT_SOURCE : source.strip();
    }

    /** What is wrong with a source's name (as the school record's {@code equity.source} allows it), or null. */
    private static String sourceProblem(String source) {
        if (source == null) {
            return null;
        }
        if (source.length() > 120) {
            return "must be at most 120 characters";
        }
        int refused = org.partnermatch.common.PlainText.Rule.firstRefused(source);
        return refused < 0 ? null : org.partnermatch.common.PlainText.Rule.message(source, refused);
    }

    /** Long shape: "count only" FRL/EL rows become shares of the school's All Students count for that year. */
    private static List<Reading> percentsFromCounts(List<Reading> readings, CsvSheet sheet) {
        Map<String, Integer> allStudents = new HashMap<>();
        for (Reading r : readings) {
            if (r.figure() == SchoolFigure.ENROLLMENT && r.known() && r.value() != null) {
                allStudents.put(r.school().id + "/" + r.year(), (Integer) r.value());
            }
        }
        List<Reading> result = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            if (!"count".equals(r.note())) {
                result.add(r);
                continue;
            }
            Integer total = allStudents.get(r.school().id + "/" + r.year());
            String column = sheet.header("count");
            if (total == null || total == 0) {
                result.add(new Reading(r.row(), r.school(), r.figure(), null, false, r.year(), r.source(), column,
                        null, List.of(new Problem.Violation(column, "a count needs the school's All Students count "
                                + "for the same year in the file (or give a percent)"))));
            } else {
                BigDecimal share = BigDecimal.valueOf(100.0 * (Integer) r.value() / total)
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                result.add(checked(r.row(), r.school(), r.figure(), share, r.year(), r.source(), column));
            }
        }
        return result;
    }

    // ---- planning and writing ----------------------------------------------------------------------------------

    private static final class RowOutcome {
        RowAction action = RowAction.unchanged;
        School school;
        String name;
        String note;
        List<Problem.Violation> errors = List.of();
    }

    /** One school's figures for one school year, as they should be after the import. */
    private record Write(School school, String year, String source, Map<SchoolFigure, Object> figures) {
    }

    private record Plan(Map<Integer, RowOutcome> actions, List<Write> writes) {
    }

    private Plan plan(List<Reading> readings, CsvSheet sheet) {
        Map<Integer, RowOutcome> outcomes = new TreeMap<>();
        // school → figure → the reading that wins (latest year; within a year the first, later ones must agree)
        Map<UUID, Map<SchoolFigure, Reading>> winners = new LinkedHashMap<>();
        for (Reading r : readings) {
            RowOutcome outcome = outcomes.computeIfAbsent(r.row(), k -> new RowOutcome());
            outcome.school = outcome.school == null ? r.school() : outcome.school;
            if (!r.errors().isEmpty()) {
                outcome.action = RowAction.error;
                List<Problem.Violation> errors = new ArrayList<>(outcome.errors);
                errors.addAll(r.errors());
                outcome.errors = errors;
                continue;
            }
            if (r.figure() == null) {
                if (outcome.action != RowAction.error) {
                    outcome.action = RowAction.ignored;
                }
                outcome.note = r.note();
                continue;
            }
            if (r.note() != null) {
                outcome.note = r.note();
            }
            Map<SchoolFigure, Reading> figures = winners.computeIfAbsent(r.school().id, k -> new LinkedHashMap<>());
            Reading current = figures.get(r.figure());
            if (current == null || newer(r.year(), current.year())) {
                if (current != null) {
                    passOver(outcomes, current, "an older school year than row " + r.row());
                }
                figures.put(r.figure(), r);
            } else if (java.util.Objects.equals(current.year(), r.year())) {
                if (!same(current.value(), r.value())) {
                    outcome.action = RowAction.error;
                    outcome.errors = List.of(new Problem.Violation(r.column(), "row " + current.row() + " gives "
                            + "another value for this school, figure and school year"));
                }
            } else {
                passOver(outcomes, r, "an older school year than row " + current.row());
            }
        }
        List<Write> writes = new ArrayList<>();
        Map<UUID, School> schoolById = new HashMap<>();
        readings.stream().filter(r -> r.school() != null).forEach(r -> schoolById.put(r.school().id, r.school()));
        winners.forEach((schoolId, figures) -> {
            School school = schoolById.get(schoolId);
            SchoolRequest current = SchoolRequest.from(school);
            // one write per school year, oldest first, so each figure records its own year
            Map<String, Map<SchoolFigure, Object>> byYear = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            Map<String, String> sourceOfYear = new HashMap<>();
            figures.forEach((figure, r) -> {
                if (outcomes.get(r.row()).action == RowAction.error) {
                    return;
                }
                if (!same(valueOf(current, figure), r.value())) {
                    byYear.computeIfAbsent(r.year(), k -> new LinkedHashMap<>()).put(figure, r.value());
                    sourceOfYear.putIfAbsent(r.year(), r.source());
                    outcomes.get(r.row()).action = RowAction.updated;
                }
            });
            byYear.forEach((year, changed) -> writes.add(new Write(school, year, sourceOfYear.get(year), changed)));
        });
        return new Plan(outcomes, writes);
    }

    private static void passOver(Map<Integer, RowOutcome> outcomes, Reading r, String note) {
        RowOutcome outcome = outcomes.get(r.row());
        if (outcome.action != RowAction.error) {
            outcome.action = RowAction.ignored;
            outcome.note = note;
        }
    }

    private static boolean newer(String year, String than) {
        return than == null ? year != null : year != null && year.compareTo(than) > 0;
    }

    private void write(Write write, SchoolService.Directory directory) {
        School school = schools.get(write.school().id);
        SchoolRequest current = SchoolRequest.from(school);
        EquityProfile e = current.equityOrUnknown();
        Map<SchoolFigure, Object> f = write.figures();
        @SuppressWarnings("unchecked")
        EquityProfile equity = new EquityProfile(
                (Boolean) f.getOrDefault(SchoolFigure.TITLE_I, e.titleI()),
                (BigDecimal) f.getOrDefault(SchoolFigure.FRL, e.freeReducedLunchPercent()),
                (BigDecimal) f.getOrDefault(SchoolFigure.EL, e.englishLearnerPercent()),
                (List<String>) f.getOrDefault(SchoolFigure.HOME_LANGUAGES, e.homeLanguages()),
                (Integer) f.getOrDefault(SchoolFigure.QUALITY_RANK, e.qualityRank()),
                write.source(), write.year());
        SchoolRequest request = new SchoolRequest(current.name(), current.gradeLow(), current.gradeHigh(),
                current.type(), current.ncesId(), current.stateCode(), current.address(), current.latitude(),
                current.longitude(), current.region(),
                (Integer) f.getOrDefault(SchoolFigure.ENROLLMENT, current.enrollment()), equity);
        // only figures change (name and identifiers are the school's own): nothing to check against the directory
        schools.updateChecked(school.id, request, ETags.of(school.version), directory);
    }

    private static Object valueOf(SchoolRequest request, SchoolFigure figure) {
        EquityProfile e = request.equityOrUnknown();
        return switch (figure) {
            case ENROLLMENT -> request.enrollment();
            case TITLE_I -> e.titleI();
            case FRL -> e.freeReducedLunchPercent();
            case EL -> e.englishLearnerPercent();
            case HOME_LANGUAGES -> e.homeLanguages();
            case QUALITY_RANK -> e.qualityRank();
        };
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return java.util.Objects.equals(a, b);
    }

    private static int count(List<ImportRow> rows, RowAction action) {
        return (int) rows.stream().filter(r -> r.action() == action).count();
    }

    private static Map<String, SchoolFigure> measures() {
        Map<String, SchoolFigure> m = new HashMap<>();
        for (String s : List.of("All Students", "All", "Total", "Enrollment", "Total Enrollment", "Number of Students")) {
            m.put(CsvSheet.normalise(s), SchoolFigure.ENROLLMENT);
        }
        for (String s : List.of("Low Income", "Low-Income", "Free or Reduced Price Meals", "Free/Reduced Lunch",
                "Free or Reduced-Price Lunch", "Free and Reduced Lunch", "FRL", "FRPL", "Economically Disadvantaged",
                "Low Income Students")) {
            m.put(CsvSheet.normalise(s), SchoolFigure.FRL);
        }
        for (String s : List.of("English Language Learners", "English Learners", "English Learner", "ELL", "EL",
                "Multilingual Learners", "Limited English Proficient", "LEP")) {
            m.put(CsvSheet.normalise(s), SchoolFigure.EL);
        }
        for (String s : List.of("Title I", "Title 1", "Title I Status", "Title I School")) {
            m.put(CsvSheet.normalise(s), SchoolFigure.TITLE_I);
        }
        return Map.copyOf(m);
    }
}
