package org.partnermatch.imports;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.imports.ImportDtos.ImportReport;
import org.partnermatch.imports.ImportService.Options;
import org.partnermatch.security.Roles;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "CSV imports of schools, their equity data and organizations (district)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(ImportResource.CSV)
@RolesAllowed(Roles.DISTRICT)
public class ImportResource {

    static final String CSV = "text/csv";

    private static final String OUTCOME = "Every row is checked with the same rules as the JSON endpoint. "
            + "200: the report; the valid rows were written (committed), or nothing was on a dry run. "
            + "422: a row has errors and skipInvalid is not set, so nothing was written; the report names each "
            + "row's errors by column. Re-importing a file updates the records it names (by the id column, else "
            + "by name) instead of adding them again. District staff only.";

    private final ImportService imports;
    private final EquityImport equity;

    public ImportResource(ImportService imports, EquityImport equity) {
        this.imports = imports;
        this.equity = equity;
    }

    @POST
    @Path("/schools")
    @Operation(summary = "Import schools from CSV",
            description = "A header row, then one school per row. Columns (any case, spaces or punctuation; "
                    + "aliases in the README): name (required), grades (K-5, PK-8, 6-8) or grade low/high, address, "
                    + "city, state, zip, latitude/lat, longitude/lon, region, enrollment, title I, free/reduced lunch %, "
                    + "english learner %, languages, quality rank, and optionally id. Unknown columns are ignored "
                    + "and listed. " + OUTCOME)
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "schools", value = "name,grades,address,city,state,zip,lat,lon,region,"
                    + "enrollment,title I,FRL %,EL %,languages\nRainier View Elementary,K-5,11650 Beacon Ave S,Seattle,"
                    + "WA,98178,47.4985,-122.2706,Southeast,380,yes,85.2,41,so;vi;es\n")))
    @APIResponse(responseCode = "200", description = "Imported (or checked, on a dry run); the per-row report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "A row has errors; nothing was written. The per-row report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public RestResponse<ImportReport> schools(
            @Parameter(description = "Only check the file and report; write nothing.", example = "true") @QueryParam("dryRun") Boolean dryRun,
            @Parameter(description = "Write the valid rows and report the others, instead of writing nothing when a row has errors.",
                    example = "false") @QueryParam("skipInvalid") Boolean skipInvalid,
            String csv) {
        return answer(imports.importSchools(csv, options(dryRun, skipInvalid)));
    }

    @POST
    @Path("/organizations")
    @Operation(summary = "Import organizations from CSV",
            description = "A header row, then one organization per row. Columns: name (required), description, "
                    + "website, contact name, email, phone, address, city, state, zip, latitude/lat, longitude/lon, "
                    + "service radius km, service regions, staff languages, communities served, leadership, and "
                    + "optionally id. New organizations start pending: vetting stays with the district. " + OUTCOME)
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "organizations", value = "name,description,website,city,state,zip,"
                    + "regions,languages,communities,leadership\nSoutheast Youth Chess,Chess clubs after school,"
                    + "https://example.org,Seattle,WA,98118,Southeast,en;so,East African,black_led\n")))
    @APIResponse(responseCode = "200", description = "Imported (or checked, on a dry run); the per-row report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "A row has errors; nothing was written. The per-row report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public RestResponse<ImportReport> organizations(
            @Parameter(description = "Only check the file and report; write nothing.", example = "true") @QueryParam("dryRun") Boolean dryRun,
            @Parameter(description = "Write the valid rows and report the others, instead of writing nothing when a row has errors.",
                    example = "false") @QueryParam("skipInvalid") Boolean skipInvalid,
            String csv) {
        return answer(imports.importOrganizations(csv, options(dryRun, skipInvalid)));
    }

    @POST
    @Path("/school-equity")
    @Operation(summary = "Merge the state's equity data into the district's schools",
            description = "The state report card's shape, either one row per school and measure (columns: school "
                    + "code / NCES id / school name, measure or student group — `All Students`, `Low Income`, "
                    + "`English Language Learners`, `Title I` —, percent and/or count, school year) or one row per "
                    + "school with the figures as columns (FRL %, EL %, enrollment, Title I, home languages, quality "
                    + "rank). Rows find their school by id, NCES id, state school code, then name, and never create "
                    + "one. Suppression markers (`N<10`, `*`, `--`) and blank cells make a figure unknown, never zero; "
                    + "a count becomes a share of the school's All Students count. With several school years for one "
                    + "figure the latest wins. Each figure changed records the source and school year. Rows with "
                    + "measures PartnerMatch does not use are `ignored` with a note. " + OUTCOME)
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "report card", value = "SchoolCode,SchoolName,StudentGroup,Count,"
                    + "Percent,SchoolYear\n3621,Aki Kurose Middle School,All Students,712,,2024-25\n3621,Aki Kurose "
                    + "Middle School,Low Income,,78.4%,2024-25\n3621,Aki Kurose Middle School,English Language "
                    + "Learners,N<10,*,2024-25\n")))
    @APIResponse(responseCode = "200", description = "Merged (or checked, on a dry run); the per-row report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "A row has errors; nothing was written. The per-row report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public RestResponse<ImportReport> schoolEquity(
            @Parameter(description = "Only check the file and report; write nothing.", example = "true") @QueryParam("dryRun") Boolean dryRun,
            @Parameter(description = "Write the valid rows and report the others, instead of writing nothing when a row has errors.",
                    example = "false") @QueryParam("skipInvalid") Boolean skipInvalid,
            @Parameter(description = "Where the figures come from, kept with each one (a source column wins).",
                    example = "OSPI Report Card") @QueryParam("source") @Size(max = 200) String source,
            @Parameter(description = "The school year the figures describe, when the file has no school year column.",
                    example = "2024-25") @QueryParam("schoolYear") @Size(max = 9) String schoolYear,
            String csv) {
        return answer(equity.importEquity(csv, options(dryRun, skipInvalid),
                new EquityImport.Provenance(source, schoolYear)));
    }

    private static Options options(Boolean dryRun, Boolean skipInvalid) {
        return new Options(Boolean.TRUE.equals(dryRun),
                Boolean.TRUE.equals(skipInvalid));
    }

    private static RestResponse<ImportReport> answer(ImportReport report) {
        boolean rejected = !report.dryRun() && !report.committed();
        return RestResponse.ResponseBuilder.ok(report).status(rejected ? 422 : 200).build();
    }
}
