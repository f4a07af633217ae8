package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import org.partnermatch.allocation.AllocationDtos.AllocationJob;
import org.partnermatch.allocation.AllocationDtos.AllocationRequest;
import org.partnermatch.allocation.AllocationDtos.PlanRequestsRequest;
import org.partnermatch.allocation.AllocationDtos.PlanRequestsResponse;
import org.partnermatch.allocation.AllocationService;
import org.partnermatch.allocation.PlanRequestService;
import org.partnermatch.common.ComputeSlots;
import org.partnermatch.common.DistrictTime;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.QueryParams;
import org.partnermatch.organization.OnboardingDtos.OnboardingResponse;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationDtos.VettingRequest;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.organization.OrganizationService.OrganizationFilter;
import org.partnermatch.report.AnnualReportDtos;
import org.partnermatch.report.AnnualReportDtos.AnnualReport;
import org.partnermatch.report.AnnualReportService;
import org.partnermatch.report.ReportDtos.CoverageReport;
import org.partnermatch.report.ReportDtos.EquityGroup;
import org.partnermatch.report.ReportDtos.EquityReport;
import org.partnermatch.report.ReportDtos.RegionCoverage;
import org.partnermatch.report.ReportDtos.SchoolCoverage;
import org.partnermatch.report.ReportService;
import org.partnermatch.report.ReportService.ReportRequest;
import org.partnermatch.school.SchoolService;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.security.Roles;
import org.partnermatch.vocabulary.SchoolYear;
import org.partnermatch.vocabulary.VettingStatus;

/** District staff: the vetting queue, coverage and equity at a glance, and district-wide allocation. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.DISTRICT)
public class DistrictPages {

    private final Pages pages;
    private final WebSession session;
    private final Validator validator;
    private final OrganizationService organizations;
    private final ReportService reports;
    private final AllocationService allocations;

    private final SchoolService schools;
    private final Maps maps;
    private final AnnualReportService annualReports;
    private final org.partnermatch.organization.OnboardingService onboarding;
    private final PlanRequestService planRequests;

    @CheckedTemplate(basePath = "web", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * The district's page.
         *
         * @param pending        organizations waiting for vetting
         * @param suspended      suspended organizations
         * @param onboarding     the onboarding items of each pending or suspended organization, by its id
         * @param plans          the latest allocation plans
         * @param groups         the equity report's rows: need-index quartiles, then Title I and not
         * @param regions        coverage by region
         * @param schoolCoverage coverage by school
         */
        static native TemplateInstance district(List<OrganizationResponse> pending, List<OrganizationResponse> suspended,
                                                Map<UUID, OnboardingResponse> onboarding, List<AllocationJob> plans,
                                                EquityReport equity, List<EquityGroup> groups, CoverageReport coverage,
                                                EquityHeadline headline, BarChart chart, List<RegionCoverage> regions,
                                                List<SchoolCoverage> schoolCoverage, Maps.MapView map, FormView form);

        /**
         * An allocation plan's page.
         *
         * @param made    how many requests the plan's "send requests" just made (0 when none were sent)
         * @param skipped how many of the plan's lines it skipped
         */
        static native TemplateInstance allocation(AllocationJob job, FormView form, int made, int skipped);

        /** @param years the school years to choose from, the current one first */
        static native TemplateInstance annualReport(AnnualReport report, List<String> years,
                                                    List<ReportSection> sections);
    }

    public DistrictPages(Pages pages, WebSession session, Validator validator, OrganizationService organizations,
                         ReportService reports, AllocationService allocations, SchoolService schools, Maps maps,
                         AnnualReportService annualReports,
                         org.partnermatch.organization.OnboardingService onboarding, PlanRequestService planRequests) {
        this.annualReports = annualReports;
        this.planRequests = planRequests;
        this.onboarding = onboarding;
        this.schools = schools;
        this.maps = maps;
        this.pages = pages;
        this.session = session;
        this.validator = validator;
        this.organizations = organizations;
        this.reports = reports;
        this.allocations = allocations;
    }

    @GET
    @Path("district")
    public TemplateInstance district() {
        return districtPage(FormView.empty());
    }

    /** One table of the annual report page. */
    public record ReportSection(String id, String title, String column, List<AnnualReportDtos.Row> rows) {
    }

    /** The annual partnership report, printable for the school board: small counts of students suppressed. */
    @GET
    @Path("district/annual-report")
    public TemplateInstance annualReport(@QueryParam("schoolYear") String schoolYear) {
        AnnualReport report = annualReports.report(schoolYear, true);
        SchoolYear current = SchoolYear.of(DistrictTime.today());
        List<String> years = java.util.stream.IntStream.rangeClosed(0, 4)
                .mapToObj(back -> new SchoolYear(current.startYear() - back).toString()).toList();
        DistrictMessages words = session.language().district();
        List<ReportSection> sections = List.of(
                new ReportSection("by-equity", words.report_by_equity(), words.col_schools(), report.equityGroups()),
                new ReportSection("by-school", words.report_by_school(), words.report_col_school(), report.schools()),
                new ReportSection("by-organization", words.report_by_organization(), words.report_col_organization(),
                        report.organizations()),
                new ReportSection("by-category", words.report_by_need(), words.report_col_category(),
                        report.categories()));
        return pages.page(Templates.annualReport(report, years, sections), words.report_title(report.schoolYear()));
    }

    /** The same report as CSV (for a spreadsheet), suppressed as published. */
    @GET
    @Path("district/annual-report.csv")
    @Produces("text/csv")
    public Response annualReportCsv(@QueryParam("schoolYear") String schoolYear) {
        AnnualReport report = annualReports.report(schoolYear, true);
        return Response.ok(AnnualReportService.csv(report), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + report.schoolYear() + ".csv\"")
                .build();
    }

    @POST
    @Path("organizations/{id}/vetting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vet(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        VettingRequest request = new VettingRequest(form.choice("status", VettingStatus.class), form.text("note"));
        if (!form.ok() || !form.validate(validator, request)) {
            return form.redisplay(this::districtPage);
        }
        // Not writeOrRedisplay: vetting refuses nothing about the form; its problems (an unknown or malformed
        // organization id) are the error page's.
        organizations.vet(QueryParams.id("id", id), request);
        return Pages.seeOther("/district?vetted#vetting");
    }

    @POST
    @Path("allocations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @ComputeSlots.OwnBound // waits for an allocation builder instead
    public Response allocate(MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        AllocationRequest request = new AllocationRequest(null, form.text("region"), form.text("category"),
                form.decimal("minScore"), null);
        return form.writeOrRedisplay(validator, request,
                valid -> Pages.seeOther("/allocations/" + allocations.start(valid).id()), this::districtPage);
    }

    @GET
    @Path("allocations/{id}")
    public TemplateInstance plan(@PathParam("id") String id, @QueryParam("made") String made,
                                 @QueryParam("skipped") String skipped) {
        LocalDate start = LocalDate.now().plusWeeks(2);
        return planPage(allocations.get(QueryParams.id("id", id)), FormView.empty().set("startDate", start)
                .set("endDate", start.plusMonths(4)), count(made), count(skipped));
    }

    /** Sends the plan's requests: one per school and offering of its lines, as the district. */
    @POST
    @Path("allocations/{id}/requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendPlanRequests(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID allocationId = QueryParams.id("id", id);
        AllocationJob job = allocations.get(allocationId);
        PlanRequestsRequest request = new PlanRequestsRequest(null, form.date("startDate"), form.date("endDate"),
                form.text("message"));
        return form.writeOrRedisplay(validator, request, valid -> {
            PlanRequestsResponse sent = planRequests.request(allocationId, valid);
            return Pages.seeOther("/allocations/" + allocationId + "?requested&made=" + sent.requests()
                    + "&skipped=" + sent.linesSkipped());
        }, view -> planPage(job, view, 0, 0));
    }

    private TemplateInstance planPage(AllocationJob job, FormView form, int made, int skipped) {
        return pages.page(Templates.allocation(job, form, made, skipped), session.language().district().plan_title());
    }

    private static int count(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private TemplateInstance districtPage(FormView form) {
        List<OrganizationResponse> pending = organizations.search(filter(VettingStatus.pending), SearchRequest.none(),
                new PageQuery(0, 100)).items();
        List<OrganizationResponse> suspended = organizations.search(filter(VettingStatus.suspended),
                SearchRequest.none(), new PageQuery(0, 100)).items();
        // Each waiting or suspended organization's onboarding items: on file (until when), expired, or missing.
        Map<UUID, OnboardingResponse> onboardingOf = new java.util.HashMap<>();
        for (OrganizationResponse o : pending) {
            onboardingOf.put(o.id(), onboarding.status(o.id()));
        }
        for (OrganizationResponse o : suspended) {
            onboardingOf.put(o.id(), onboarding.status(o.id()));
        }
        ReportRequest all = ReportRequest.all();
        EquityReport equity = reports.equity(all);
        CoverageReport coverage = reports.coverage(all);
        DistrictMessages words = session.language().district();
        List<BarChart.Group> groups = new ArrayList<>();
        for (EquityGroup g : equity.quartiles()) {
            groups.add(new BarChart.Group(words.group(g.group(), g.label()), g.partneredShare()));
        }
        for (EquityGroup g : equity.titleI()) {
            groups.add(new BarChart.Group(words.group(g.group(), g.label()), g.partneredShare()));
        }
        List<EquityGroup> rows = new ArrayList<>(equity.quartiles());
        rows.addAll(equity.titleI());
        Maps.MapView map = maps.coverage(coverage.schools(), schools.located(
                coverage.schools().stream().map(SchoolCoverage::schoolId).toList()), words);
        return pages.page(Templates.district(pending, suspended, onboardingOf, allocations.recent(5), equity, rows,
                coverage, EquityHeadline.of(equity.quartiles()),
                BarChart.of(words.chart_title(), words.no_open_needs(), groups), coverage.regions(), coverage.schools(),
                map, form), words.title());
    }

    private static OrganizationFilter filter(VettingStatus status) {
        return OrganizationFilter.ofStatus(status);
    }
}
