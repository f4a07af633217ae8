package org.partnermatch.report;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.partnermatch.report.ReportService.ReportRequest;

/** The filters every report takes. */
public class ReportParams {

    @QueryParam("region")
    @Parameter(description = "Only schools in this region.", example = "Southeast")
    @Size(max = 60)
    String region;

    @QueryParam("category")
    @Parameter(description = "Only needs in this category or its subcategories.", example = "academic")
    @Size(max = 64)
    String category;

    @QueryParam("schoolYear")
    @Parameter(description = "Only needs stated in this school year (1 July to 30 June).", example = "2025-26")
    @Size(max = 9)
    String schoolYear;

    @QueryParam("goodMatch")
    @Parameter(description = "Good-match threshold, 0..1 (default from settings, 0.5).", example = "0.5")
    @DecimalMin("0")
    @DecimalMax("1")
    Double goodMatch;

    ReportRequest request() {
        return new ReportRequest(region, category, schoolYear, goodMatch);
    }
}
