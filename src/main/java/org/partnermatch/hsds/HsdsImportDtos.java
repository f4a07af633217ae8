package org.partnermatch.hsds;

import org.partnermatch.common.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;
import org.partnermatch.common.Problem;
import org.partnermatch.imports.ImportDtos.RowAction;

/** Request and response records of the HSDS import and its taxonomy mapping. */
public final class HsdsImportDtos {

    private HsdsImportDtos() {
    }

    @Schema(name = "HsdsTermMappingEntry", description = "Which PartnerMatch category an HSDS taxonomy term means.")
    public record TermMappingEntry(
            @Schema(description = "The term's taxonomy as HSDS gives it (any case); empty or absent: any taxonomy.",
                    examples = "Open Eligibility") @Size(max = 200) @Nullable String taxonomy,
            @Schema(description = "The term's code or, failing that, its name (any case).", examples = "Tutoring")
            @NotBlank @Size(max = 200) String term,
            @Schema(description = "Category code from /api/v1/categories; absent: the term is known and deliberately "
                    + "left out (reported as ignored, not as unmapped).", examples = "tutoring") @Size(max = 64) @Nullable String category) {
    }

    @Schema(name = "HsdsTermMapping", description = "The district's mapping of HSDS taxonomy terms to categories.")
    @PlainText
    public record TermMapping(
            @NotNull @Size(max = 5000) List<@NotNull @Valid TermMappingEntry> terms) {
    }

    @Schema(name = "HsdsImportCounts", description = "What the import did with the records of one kind.")
    public record Counts(
            @Schema(examples = "12") int created,
            @Schema(examples = "3") int updated,
            @Schema(examples = "0") int unchanged,
            @Schema(examples = "1") int errors) {
    }

    @Schema(name = "HsdsImportRecord", description = "The outcome of one HSDS organization or service.")
    public record ImportRecord(
            @Schema(description = "Where the record is in the file, as a JSON path.", examples = "contents[3].services[0]")
            String path,
            @Schema(examples = "service", enumeration = {"organization", "service"}) String entity,
            @Schema(description = "The record's HSDS id.", examples = "ac148810-d857-441c-9679-408f346de14b") String hsdsId,
            @Schema(examples = "created") RowAction action,
            @Schema(description = "The PartnerMatch id; absent for records with errors.") @Nullable UUID id,
            @Schema(examples = "Community Counselling") @Nullable String name,
            @Schema(description = "Why the record was refused, per field (JSON path as the file wrote it).")
            List<Problem.Violation> errors,
            @Schema(description = "Values that were left out (e.g. unmapped taxonomy terms, coordinates out of range); "
                    + "the record was imported without them.") List<Problem.Violation> warnings) {
    }

    @Schema(name = "HsdsUnmappedTerm", description = "A taxonomy term no category mapping knows.")
    public record UnmappedTerm(
            @Schema(examples = "Open Eligibility") String taxonomy,
            @Schema(examples = "1102") String code,
            @Schema(examples = "Counseling") String name,
            @Schema(description = "Services that carry it.", examples = "14") int services) {
    }

    @Schema(name = "HsdsImportReport", description = "What an HSDS import did, record by record where it matters.")
    public record ImportReport(
            @Schema(description = "The publisher the records came from (their HSDS ids are kept per source).",
                    examples = "wa211") String source,
            @Schema(description = "Only checked; nothing was kept.") boolean dryRun,
            @Schema(description = "Records with errors were left out and the valid ones written.") boolean skipInvalid,
            @Schema(description = "Whether the valid records were written. False on a dry run and when a record has "
                    + "errors and skipInvalid is not set: then nothing at all was written.") boolean committed,
            Counts organizations,
            Counts services,
            @Schema(description = "Records with errors or warnings, in file order, up to the listing limit.")
            List<ImportRecord> records,
            @Schema(description = "Records with errors or warnings beyond the listing limit (counted, not listed).",
                    examples = "0") int unlisted,
            @Schema(description = "Taxonomy terms of services that map to no category, with how many services carry "
                    + "them. Map them at PUT /api/v1/imports/hsds/taxonomy-mapping and import again.")
            List<UnmappedTerm> unmappedTerms) {
    }
}
