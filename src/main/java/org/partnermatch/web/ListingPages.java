package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.QueryParams;
import org.partnermatch.listing.ListingDtos.StaleOrganization;
import org.partnermatch.listing.ListingService;
import org.partnermatch.listing.ProblemReportDtos.ProblemReportRequest;
import org.partnermatch.listing.ProblemReportDtos.ProblemReportResponse;
import org.partnermatch.listing.ProblemReportDtos.ProblemResolutionRequest;
import org.partnermatch.listing.ProblemReportService;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.security.Roles;
import org.partnermatch.vocabulary.ProblemKind;
import org.partnermatch.vocabulary.ProblemResolution;

/**
 * Listings kept current (docs/listings.md): an organization's listings page (confirm each as still correct, handle
 * reported problems), the district's listings page (overdue listings and the problem queue) and the public "report a
 * problem" form.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ListingPages {

    private final Pages pages;
    private final WebSession session;
    private final Validator validator;
    private final OrganizationService organizations;
    private final OfferingService offerings;
    private final ListingService listings;
    private final ProblemReportService reports;
    private final ListingsConfig config;

    @CheckedTemplate(basePath = "web", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * An organization's listings page.
         *
         * @param stale       the organization's listings due for confirming; or null when none is
         * @param staleIds    the ids of its offerings due for confirming
         * @param verifyEvery how many days a listing stays current once confirmed
         * @param resolutions the ways a reported problem can be resolved, with their words
         * @param kinds       each problem kind's words, by its name
         */
        static native TemplateInstance listings(OrganizationResponse org, List<OfferingResponse> offerings,
                                                StaleOrganization stale, List<UUID> staleIds, long verifyEvery,
                                                List<ProblemReportResponse> problems,
                                                List<Choices.Option> resolutions, Map<String, String> kinds);

        static native TemplateInstance districtListings(List<StaleOrganization> overdue, List<StaleOrganization> stale,
                                                        List<ProblemReportResponse> problems,
                                                        List<Choices.Option> resolutions, Map<String, String> kinds);

        /** @param listings the profile and each active offering, as the listing a problem is about */
        static native TemplateInstance reportProblem(OrganizationResponse org, FormView form,
                                                     List<Choices.Option> listings, List<Choices.Option> kinds);
    }

    public ListingPages(Pages pages, WebSession session, Validator validator, OrganizationService organizations,
                        OfferingService offerings, ListingService listings, ProblemReportService reports,
                        ListingsConfig config) {
        this.pages = pages;
        this.session = session;
        this.validator = validator;
        this.organizations = organizations;
        this.offerings = offerings;
        this.listings = listings;
        this.reports = reports;
        this.config = config;
    }

    /** The organization's listings, each with when it was last confirmed, and the problems reported on them. */
    @GET
    @Path("organizations/{id}/listings")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    public TemplateInstance organizationListings(@PathParam("id") String id) {
        Organization org = organizations.get(QueryParams.id("id", id));
        session.caller().requireOrganization(org.id);
        var stale = listings.stale(org.id, false).organizations().stream().findFirst().orElse(null);
        ListingMessages msg = session.language().listingMessages();
        return pages.page(Templates.listings(organizations.view(org),
                offerings.list(OfferingFilter.of(org.id, true), new PageQuery(0, 100)).items(), stale,
                stale == null ? List.of() : stale.offerings().stream().map(o -> o.id()).toList(),
                config.verifyEvery().toDays(), reports.openOf(org.id), resolutions(msg), kindLabels(msg)),
                msg.listings_title(org.name));
    }

    /** "Still correct": confirms the profile ({@code target=profile}) or one offering (its id). */
    @POST
    @Path("organizations/{id}/listings/confirm")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID orgId = QueryParams.id("id", id);
        String target = form.text("target");
        if ("profile".equals(target)) {
            organizations.verify(orgId);
        } else {
            Offering offering = offerings.get(QueryParams.id("target", target));
            if (!offering.organizationId.equals(orgId)) {
                throw ProblemException.notFound("offering", offering.id);
            }
            offerings.verify(offering.id);
        }
        return Pages.seeOther("/organizations/" + orgId + "/listings?confirmed");
    }

    /** The district's view: overdue and stale listings, and the open problem reports of every organization. */
    @GET
    @Path("district/listings")
    @RolesAllowed(Roles.DISTRICT)
    public TemplateInstance district() {
        List<StaleOrganization> stale = listings.stale(null, false).organizations();
        ListingMessages msg = session.language().listingMessages();
        return pages.page(Templates.districtListings(stale.stream().filter(StaleOrganization::overdue).toList(),
                stale.stream().filter(o -> !o.overdue()).toList(),
                reports.list(null, "open", new PageQuery(0, 100)).items(), resolutions(msg), kindLabels(msg)),
                msg.district_listings_title());
    }

    /** Resolves a reported problem from either listings page, back to the page it came from. */
    @POST
    @Path("problem-reports/{id}/resolve")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        ProblemResolution resolution = form.choice("resolution", ProblemResolution.class);
        if (resolution == null) {
            resolution = ProblemResolution.fixed;
        }
        var resolved = reports.resolve(QueryParams.id("id", id), new ProblemResolutionRequest(resolution,
                form.text("note")));
        return Pages.seeOther("district".equals(form.text("back")) ? "/district/listings?resolved"
                : "/organizations/" + resolved.organizationId() + "/listings?resolved");
    }

    /** The public form: anyone tells the organization and the district what is wrong with a listing. */
    @GET
    @Path("organizations/{id}/report-problem")
    @PermitAll
    public TemplateInstance reportProblem(@PathParam("id") String id, @QueryParam("offering") String offering) {
        Organization org = organizations.getVisible(QueryParams.id("id", id));
        UUID offeringId = QueryParams.uuid("offering", offering);
        FormView form = FormView.empty();
        if (offeringId != null) {
            form.set("offeringId", offeringId.toString());
        }
        return reportPage(org, form);
    }

    @POST
    @Path("organizations/{id}/report-problem")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendReport(@PathParam("id") String id, MultivaluedMap<String, String> values,
                               @Context HttpServerRequest http) {
        WebForm form = WebForm.posted(values, session);
        Organization org = organizations.getVisible(QueryParams.id("id", id));
        ProblemReportRequest request = new ProblemReportRequest(org.id, form.uuid("offeringId"),
                form.choice("kind", ProblemKind.class), form.text("message"), form.text("email"));
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        return form.writeOrRedisplay(validator, request, valid -> {
            reports.report(valid, address);
            return Pages.seeOther("/organizations/" + org.id + "?reported");
        }, view -> reportPage(org, view));
    }

    private TemplateInstance reportPage(Organization org, FormView form) {
        ListingMessages msg = session.language().listingMessages();
        List<Choices.Option> listingsOf = new java.util.ArrayList<>();
        listingsOf.add(new Choices.Option("", msg.report_profile()));
        offerings.list(OfferingFilter.of(org.id, true), new PageQuery(0, 100)).items()
                .forEach(o -> listingsOf.add(new Choices.Option(o.id().toString(), o.name())));
        List<Choices.Option> kinds = Arrays.stream(ProblemKind.values())
                .map(k -> new Choices.Option(k.name(), kindLabel(msg, k))).toList();
        return pages.page(Templates.reportProblem(organizations.view(org), form, listingsOf, kinds),
                msg.report_title(org.name));
    }

    private static String kindLabel(ListingMessages msg, ProblemKind kind) {
        return switch (kind) {
            case contact -> msg.report_kind_contact();
            case times -> msg.report_kind_times();
            case languages -> msg.report_kind_languages();
            case capacity -> msg.report_kind_capacity();
            case description -> msg.report_kind_description();
            case closed -> msg.report_kind_closed();
            case other -> msg.report_kind_other();
        };
    }

    private static List<Choices.Option> resolutions(ListingMessages msg) {
        return Arrays.stream(ProblemResolution.values()).map(r -> new Choices.Option(r.name(), switch (r) {
            case fixed -> msg.listings_resolution_fixed();
            case no_change -> msg.listings_resolution_no_change();
            case dismissed -> msg.listings_resolution_dismissed();
        })).toList();
    }

    /** Each problem kind's words, by its name. */
    private static Map<String, String> kindLabels(ListingMessages msg) {
        Map<String, String> labels = new java.util.HashMap<>();
        for (ProblemKind kind : ProblemKind.values()) {
            labels.put(kind.name(), kindLabel(msg, kind));
        }
        return labels;
    }
}
