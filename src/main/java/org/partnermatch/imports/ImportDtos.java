package org.partnermatch.imports;

import org.partnermatch.common.Nullable;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.Problem;

/** Response records of CSV imports. */
public final class ImportDtos {

    private ImportDtos() {
    }

    /** What an import did (or, on a dry run or a rejected file, would do) with one row. */
    public enum RowAction { created, updated, unchanged, error, ignored }

    @Schema(name = "ImportRow", description = "The outcome of one data row.")
    public record ImportRow(
            @Schema(description = "Row number as a spreadsheet shows it: the header is row 1, the first data row 2.",
                    examples = "2") int row,
            @Schema(examples = "created") RowAction action,
            @Schema(description = "The record's id; absent for rows with errors and for new records on a dry run.")
            @Nullable UUID id,
            @Schema(examples = "Aki Kurose Middle School") @Nullable String name,
            @Schema(description = "What is wrong with the row, per column (the column's header as written in the file).")
            List<Problem.Violation> errors,
            @Schema(description = "Why a row changed nothing or was passed over (a suppressed figure, a measure "
                    + "PartnerMatch does not use, an older school year).",
                    examples = "suppressed or blank in the source: unknown") @Nullable String note) {
    }

    @Schema(name = "ImportReport", description = "A per-row report of a CSV import.")
    public record ImportReport(
            @Schema(examples = "schools") String kind,
            @Schema(description = "Only validated; nothing was written.") boolean dryRun,
            @Schema(description = "Rows with errors were left out and the valid ones written.") boolean skipInvalid,
            @Schema(description = "Whether the valid rows were written. False on a dry run and when a row has errors "
                    + "and skipInvalid is not set: then nothing at all was written.") boolean committed,
            @Schema(examples = "12") int rows,
            @Schema(examples = "9") int created,
            @Schema(examples = "2") int updated,
            @Schema(examples = "0") int unchanged,
            @Schema(examples = "1") int errors,
            @Schema(description = "Headers of the file that were recognised, in file order.") List<String> columns,
            @Schema(description = "Headers of the file that mean nothing here; their cells were ignored.",
                    examples = "[\"Principal\"]") List<String> ignoredColumns,
            List<ImportRow> results) {
    }
}
