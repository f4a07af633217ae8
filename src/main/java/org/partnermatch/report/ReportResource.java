package org.partnermatch.report;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnermatch.report.ReportDtos.CoverageReport;
import org.partnermatch.report.ReportDtos.EquityReport;
import org.partnermatch.report.ReportDtos.IncompleteEquityReport;
import org.partnermatch.report.ReportService.ReportRequest;
import org.partnermatch.security.Roles;

@Path("/api/v1")
@Tag(name = "Reports", description = "District coverage and equity reports (JSON or CSV)")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@RolesAllowed(Roles.DISTRICT)
public class ReportResource {

    private final ReportService reports;
    private final AnnualReportService annualReports;

    public ReportResource(ReportService reports, AnnualReportService annualReports) {
        this.annualReports = annualReports;
        this.reports = reports;
    }

    @GET
    @Path("/reports/coverage")
    @Operation(summary = "Coverage of open needs per school, region and category",
            description = "Open needs, students affected, needs with an active partnership, needs with at least one "
                    + "good match but no partnership, needs with only weaker matches, and partner deserts (no offering "
                    + "can serve the need at all). Send `Accept: text/csv` for CSV. District staff only.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response coverage(
            @BeanParam ReportParams params, @Context HttpHeaders headers) {
        ReportRequest request = params.request();
        return respond(headers, () -> reports.coverage(request), ReportCsv::coverage, "coverage.csv");
    }

    @GET
    @Path("/reports/equity")
    @Operation(summary = "Coverage by need-index quartile and Title I, and the partnership mix",
            description = "The coverage figures split by need-index quartile of the schools in scope (q4 = highest "
                    + "need) and by Title I, whether the highest-need quartile is served at least as well as the rest, "
                    + "and the share of partnerships with BIPOC-led, Black-led and culturally specific organizations. "
                    + "Send `Accept: text/csv` for CSV. District staff only.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EquityReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response equity(
            @BeanParam ReportParams params, @Context HttpHeaders headers) {
        ReportRequest request = params.request();
        return respond(headers, () -> reports.equity(request), ReportCsv::equity, "equity.csv");
    }

    @GET
    @Path("/reports/incomplete-equity")
    @Operation(summary = "Schools whose equity figures are not all known",
            description = "Each school in scope (region) with an unknown enrollment, Title I status, FRL or EL share, "
                    + "home languages or quality rank, and which of them. Such figures are never read as zero: the "
                    + "need index is computed from the known ones (see docs/matching.md). Send `Accept: text/csv` for "
                    + "CSV. District staff only.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncompleteEquityReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response incompleteEquity(@BeanParam ReportParams params, @Context HttpHeaders headers) {
        ReportRequest request = params.request();
        return respond(headers, () -> reports.incompleteEquity(request), ReportCsv::incompleteEquity,
                "incomplete-equity.csv");
    }

    @GET
    @Path("/reports/annual")
    @Operation(summary = "The annual partnership report of a school year",
            description = "Every partnership that changed state in the school year (July 1 to June 30) or was under "
                    + "way when it began, by its state at the year's end, with students served and outcomes met or "
                    + "not: district-wide, per school, per organization, per need category and per equity group. "
                    + "Read from the partnerships' event history, so a past year reads the same again. "
                    + "`published=true` suppresses counts of fewer than 10 students (for the school board and the "
                    + "public). Send `Accept: text/csv` for CSV. District staff only.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnualReportDtos.AnnualReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response annual(
            @Parameter(description = "The school year, like 2025-26; the current one when absent.", example = "2025-26")
            @QueryParam("schoolYear") @Size(max = 9) String schoolYear,
            @Parameter(description = "Suppress counts of fewer than 10 students.", example = "false")
            @QueryParam("published") Boolean published, @Context HttpHeaders headers) {
        boolean suppress = Boolean.TRUE.equals(published);
        return respond(headers, () -> annualReports.report(schoolYear, suppress), ReportCsv::annual,
                "annual-report-" + (schoolYear == null ? "current" : schoolYear) + ".csv");
    }

    private static <T> Response respond(HttpHeaders headers, Supplier<T> report, Function<T, String> csv,
                                        String filename) {
        if (wantsCsv(headers)) {
            return Response.ok(csv.apply(report.get()), ReportCsv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
        }
        return Response.ok(report.get(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** CSV when the client's most preferred acceptable type is text/csv (JSON otherwise, and for wildcards). */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
