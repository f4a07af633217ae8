package org.partnermatch.imports;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.common.Problem;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.ProblemMappers;
import org.partnermatch.imports.ImportDtos.ImportReport;
import org.partnermatch.imports.ImportDtos.ImportRow;
import org.partnermatch.imports.ImportDtos.RowAction;

/**
 * CSV imports of schools and organizations. Every row becomes the request record of the JSON endpoint, is judged by
 * the same Bean Validation constraints and the owning service's own checks, and is then written through that
 * service (audit rows, change notifications and all). The whole file is one transaction: every row is checked
 * before anything is written, and a file with a bad row writes nothing unless {@code skipInvalid} is set.
 */
@ApplicationScoped
public class ImportService {

    /** Fields a violation may name that the file can also give through one combined column. */
    private static final Map<String, String> COMBINED = Map.of("gradeLow", "grades", "gradeHigh", "grades");

    private final SchoolRows schoolRows;
    private final OrganizationRows organizationRows;
    private final Validator validator;
    private final ImportConfig config;
    private final EntityManager entities;

    public ImportService(SchoolRows schoolRows, OrganizationRows organizationRows, Validator validator,
                         ImportConfig config, EntityManager entities) {
        this.schoolRows = schoolRows;
        this.organizationRows = organizationRows;
        this.validator = validator;
        this.config = config;
        this.entities = entities;
    }

    /** How the caller wants the file handled. */
    public record Options(boolean dryRun, boolean skipInvalid) {
    }

    /** Rows written between flushes; the persistence context is cleared after each, so its size stays bounded. */
    private static final int FLUSH_EVERY = 250;

    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ImportReport importSchools(String csv, Options options) {
        return run(schoolRows, csv, options);
    }

    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ImportReport importOrganizations(String csv, Options options) {
        return run(organizationRows, csv, options);
    }

    /** One row after checking: what would happen to it, or what is wrong with it. */
    private record Planned<E, R>(int row, String name, E existing, R request, RowAction action,
                                 List<Problem.Violation> errors) {
    }

    private <E, R> ImportReport run(RowKind<E, R> shared, String csv, Options options) {
        RowKind<E, R> kind = shared.forImport();
        CsvSheet sheet = CsvSheet.parse(csv, kind.aliases(), "name", config.maxRows());
        List<Planned<E, R>> plans = new ArrayList<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        Map<String, Integer> rowOfName = new HashMap<>();
        for (CsvSheet.Row row : sheet.rows()) {
            plans.add(plan(kind, sheet, row, rowOfKey, rowOfName));
        }
        boolean anyError = plans.stream().anyMatch(p -> p.action() == RowAction.error);
        boolean commit = !options.dryRun() && (!anyError || options.skipInvalid());
        List<ImportRow> results = new ArrayList<>();
        int written = 0;
        for (Planned<E, R> p : plans) {
            UUID id = p.existing() == null ? null : kind.id(p.existing());
            if (commit && p.action() == RowAction.created) {
                id = kind.id(kind.create(p.request()));
                written++;
            } else if (commit && p.action() == RowAction.updated) {
                kind.update(p.existing(), p.request());
                written++;
            }
            if (written == FLUSH_EVERY) {
                entities.flush();
                entities.clear();
                written = 0;
            }
            results.add(new ImportRow(p.row(), p.action(), p.action() == RowAction.error ? null : id, p.name(),
                    p.errors(), null));
        }
        return new ImportReport(kind.kind(), options.dryRun(), options.skipInvalid(), commit, plans.size(),
                count(plans, RowAction.created), count(plans, RowAction.updated), count(plans, RowAction.unchanged),
                count(plans, RowAction.error), sheet.recognised(), sheet.ignored(), results);
    }

    private <E, R> Planned<E, R> plan(RowKind<E, R> kind, CsvSheet sheet, CsvSheet.Row row,
                                      Map<String, Integer> rowOfKey, Map<String, Integer> rowOfName) {
        Cells cells = new Cells(sheet, row);
        String rowName = cells.name("name", null);
        if (row.width() != sheet.width()) {
            cells.error("name", "the row has " + row.width() + " cells but the header has " + sheet.width()
                    + " (check quotes and separators)");
            return failed(row, rowName, cells.errors());
        }
        // Which record the row is: the id column when given, else its other identifiers (a school's NCES id, then its
        // state code), else the name (names are unique, case-insensitively).
        Optional<E> existing = Optional.empty();
        String key = null;
        if (sheet.has("id") && cells.raw("id") != null) {
            UUID id = cells.uuid("id");
            if (id != null) {
                existing = kind.find(id);
                if (existing.isEmpty()) {
                    cells.error("id", "no " + singular(kind) + " with this id; leave it empty to add a new one");
                }
                key = "id:" + id;
            }
        } else {
            existing = kind.findByIdentifiers(cells);
            if (existing.isEmpty() && rowName != null) {
                existing = kind.findByName(rowName);
            }
            key = existing.map(e -> "id:" + kind.id(e))
                    .orElse(rowName == null ? null : "name:" + rowName.toLowerCase(Locale.ROOT));
        }
        if (!cells.errors().isEmpty()) {
            return failed(row, rowName, cells.errors());
        }
        if (key != null && rowOfKey.putIfAbsent(key, row.number()) != null) {
            cells.error(sheet.has("id") && cells.raw("id") != null ? "id" : "name",
                    "the same " + singular(kind) + " as row " + rowOfKey.get(key) + "; give each one row");
            return failed(row, rowName, cells.errors());
        }
        R base = existing.map(kind::asRequest).orElse(null);
        R request = kind.read(cells, base);
        String name = kind.name(request);
        List<Problem.Violation> errors = new ArrayList<>(cells.errors());
        for (ConstraintViolation<R> violation : validator.validate(request)) {
            String field = kind.field(ProblemMappers.fieldOf(violation.getPropertyPath()));
            Problem.Violation error = violation(sheet, field, violation.getMessage());
            if (!cells.failed(field) && !errors.contains(error)) { // a length bound beside a pattern: said once
                errors.add(error);
            }
        }
        if (errors.isEmpty()) {
            try {
                kind.check(existing.map(kind::id).orElse(null), request);
            } catch (ProblemException e) {
                if (e.violations().isEmpty()) {
                    errors.add(violation(sheet, "name", e.getMessage()));
                } else {
                    e.violations().forEach(v -> errors.add(violation(sheet, kind.field(v.field()), v.message())));
                }
            }
        }
        if (errors.isEmpty() && name != null) {
            Integer other = rowOfName.putIfAbsent(name.toLowerCase(Locale.ROOT), row.number());
            if (other != null) {
                errors.add(violation(sheet, "name", "row " + other + " already has this name; names are unique"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
            return failed(row, name == null ? rowName : name, errors);
        }
        RowAction action = existing.isEmpty() ? RowAction.created
                : kind.same(base, request) ? RowAction.unchanged : RowAction.updated;
        return new Planned<>(row.number(), name, existing.orElse(null), request, action, List.of());
    }

    private static Problem.Violation violation(CsvSheet sheet, String field, String message) {
        String column = !sheet.has(field) && COMBINED.containsKey(field) && sheet.has(COMBINED.get(field))
                ? COMBINED.get(field) : field;
        return new Problem.Violation(sheet.header(column), message);
    }

    private static <E, R> Planned<E, R> failed(CsvSheet.Row row, String name, List<Problem.Violation> errors) {
        return new Planned<>(row.number(), name, null, null, RowAction.error, errors);
    }

    private static String singular(RowKind<?, ?> kind) {
        return kind.kind().equals("schools") ? "school" : "organization";
    }

    private static int count(List<? extends Planned<?, ?>> plans, RowAction action) {
        return (int) plans.stream().filter(p -> p.action() == action).count();
    }
}
