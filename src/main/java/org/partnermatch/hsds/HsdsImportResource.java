package org.partnermatch.hsds;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.hsds.HsdsImportDtos.ImportReport;
import org.partnermatch.hsds.HsdsImportDtos.TermMapping;
import org.partnermatch.hsds.HsdsImportService.Options;
import org.partnermatch.security.Roles;

@Path(HsdsImportResource.PATH)
@Tag(name = "Imports", description = "CSV imports of schools and organizations (district)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISTRICT)
public class HsdsImportResource {

    /** The import's path; AbuseLimits.STREAMED_BODY_PATHS gives it the streamed-body limit. */
    static final String PATH = "/api/v1/imports/hsds";

    private final HsdsImportService imports;
    private final HsdsTermMappingService mappings;

    public HsdsImportResource(HsdsImportService imports, HsdsTermMappingService mappings) {
        this.imports = imports;
        this.mappings = mappings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import organizations and services from Open Referral HSDS 3.0/3.1 JSON",
            description = "Takes what an HSDA API serves: a page ({total_items, ..., contents: [...]}), an array, or "
                    + "one record; each record an organization (with nested services, locations, addresses, phones, "
                    + "languages, schedules, service areas, capacities, attributes) or a service (with a nested "
                    + "organization or an organization_id). Read as a stream (up to partnermatch.limits."
                    + "max-streamed-body-bytes, 50 MiB; 413 beyond). HSDS ids are kept per source, so importing again updates "
                    + "instead of adding; new organizations start pending. Taxonomy terms become categories through "
                    + "the district's mapping; unmapped terms are reported. 200: the report (committed, or checked "
                    + "on a dry run). 422: a record has errors and skipInvalid is not set, so nothing was written. "
                    + "400: not JSON or not HSDS-shaped. District staff only.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "page", value = "{\"total_items\": 1, \"total_pages\": 1, "
                    + "\"page_number\": 1, \"size\": 1, \"first_page\": true, \"last_page\": true, \"empty\": false, "
                    + "\"contents\": [{\"id\": \"6f0b3f4e-8a51-4c0e-9a8e-1f5b0c2d7e11\", \"name\": \"Rainier Youth Tutors\", "
                    + "\"services\": [{\"id\": \"0d9a8f3c-2b7e-4f61-8c5d-3e2a1b0c9d88\", \"name\": \"After-school tutoring\", "
                    + "\"minimum_age\": 11, \"maximum_age\": 14, \"attributes\": [{\"taxonomy_term\": {\"taxonomy\": "
                    + "\"Open Eligibility\", \"code\": \"1102\", \"name\": \"Tutoring\"}}]}]}]}")))
    @APIResponse(responseCode = "200", description = "Imported (or checked, on a dry run); the report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "A record has errors; nothing was written. The report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public RestResponse<ImportReport> importHsds(
            @Parameter(description = "The publisher (e.g. wa211): HSDS ids are unique per source.", example = "wa211")
            @QueryParam("source") @DefaultValue("hsds") @Size(max = 200) String source,
            @Parameter(description = "Only check the file and report; keep nothing.", example = "true")
            @QueryParam("dryRun") Boolean dryRun,
            @Parameter(description = "Write the valid records and report the others, instead of writing nothing when "
                    + "a record has errors.", example = "false") @QueryParam("skipInvalid") Boolean skipInvalid,
            @Parameter(description = "Category for services none of whose taxonomy terms maps to one.",
                    example = "family-navigation") @QueryParam("defaultCategory") @Size(max = 64) String defaultCategory,
            InputStream body) {
        ImportReport report = imports.importFile(body, new Options(source,
                Boolean.TRUE.equals(dryRun),
                Boolean.TRUE.equals(skipInvalid), defaultCategory));
        boolean rejected = !report.dryRun() && !report.committed();
        return RestResponse.ResponseBuilder.ok(report).status(rejected ? 422 : 200).build();
    }

    @GET
    @Path("/taxonomy-mapping")
    @Operation(summary = "The HSDS taxonomy term → category mapping",
            description = "Which PartnerMatch category each HSDS taxonomy term means (terms of PartnerMatch's own "
                    + "export need no entry). District staff only.")
    public TermMapping mapping() {
        return mappings.current();
    }

    @PUT
    @Path("/taxonomy-mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the HSDS taxonomy term → category mapping",
            description = "The whole list, as GET returns it. An unknown category or a term given twice is a 400 "
                    + "naming the entry. District staff only.")
    public TermMapping replaceMapping(@Valid @NotNull TermMapping mapping) {
        return mappings.replace(mapping);
    }
}
