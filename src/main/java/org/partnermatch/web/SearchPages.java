package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.QueryParams;
import org.partnermatch.need.NeedDtos.NeedResponse;
import org.partnermatch.need.NeedService;
import org.partnermatch.need.NeedService.NeedFilter;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.school.School;
import org.partnermatch.school.SchoolDtos.SchoolResponse;
import org.partnermatch.school.SchoolService;
import org.partnermatch.school.SchoolService.SchoolFilter;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchParams;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.Timing;

/** The public search (offerings with facet counts and distance) and an organization's page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SearchPages {

    private static final int PAGE_SIZE = 20;

    private final Pages pages;
    private final OfferingService offerings;
    private final OrganizationService organizations;
    private final SchoolService schools;
    private final NeedService needs;
    private final WebSession session;
    private final Maps maps;
    private final org.partnermatch.partnership.PartnershipService partnerships;

    @CheckedTemplate(basePath = "web")
    static class Templates {

        /**
         * The search page.
         *
         * @param links        links to this search with one thing changed (a page, a filter)
         * @param schools      the schools whose needs a search can rank for
         * @param results      the page of results; null when the search was refused (the form says why)
         * @param previousPage the index of the previous page of results, if any; {@code nextPage} likewise
         * @param pageNumber   the page shown, counted from 1
         */
        static native TemplateInstance search(FormView form, SearchLinks links, List<SchoolResponse> schools,
                                              SearchPage<OfferingResponse> results, List<Hit> hits, Maps.MapView map,
                                              Integer previousPage, Integer nextPage, Integer pageNumber);

        /**
         * An organization's public page.
         *
         * @param openNeeds    for a principal, the school's open needs to ask for an offering for; otherwise empty
         * @param openRequests for a principal, the school's open requests, offering id to partnership id
         */
        static native TemplateInstance organization(OrganizationResponse org, Maps.MapView map,
                                                    List<OfferingResponse> offerings, List<NeedResponse> openNeeds,
                                                    Map<UUID, UUID> openRequests);
    }

    public SearchPages(Pages pages, OfferingService offerings, OrganizationService organizations, SchoolService schools,
                       NeedService needs, WebSession session, Maps maps,
                       org.partnermatch.partnership.PartnershipService partnerships) {
        this.partnerships = partnerships;
        this.maps = maps;
        this.pages = pages;
        this.offerings = offerings;
        this.organizations = organizations;
        this.schools = schools;
        this.needs = needs;
        this.session = session;
    }

    /** An offering with its organization's name, for the result list. */
    public record Hit(OfferingResponse offering, String organizationName) {
    }

    @GET
    @PermitAll
    @Path("search")
    public Response search(@QueryParam("q") String q, @QueryParam("category") String category,
                           @QueryParam("language") String language, @QueryParam("timing") String timing,
                           @QueryParam("cost") String cost, @QueryParam("schoolId") String schoolId,
                           @QueryParam("page") String page) {
        FormView form = FormView.empty().set("q", q).set("category", category).set("language", language)
                .set("timing", timing).set("cost", cost).set("schoolId", schoolId);
        Map<String, String> current = new java.util.LinkedHashMap<>();
        current.put("q", q);
        current.put("schoolId", schoolId);
        current.put("category", category);
        current.put("language", language);
        current.put("timing", timing);
        current.put("cost", cost);
        current.put("page", page);
        SearchLinks links = new SearchLinks(current);
        List<SchoolResponse> schoolChoices = schools.list(SchoolFilter.all(),
                new PageQuery(0, 100)).items();
        try {
            OfferingFilter filter = new OfferingFilter(null, QueryParams.text(category), null,
                    QueryParams.language("language", language), QueryParams.enumValue("timing", timing, Timing.class),
                    QueryParams.enumValue("cost", cost, Cost.class), null, null, null, null, null);
            PageQuery paging = new PageQuery(QueryParams.integer("page", page, 0), PAGE_SIZE);
            SearchPage<OfferingResponse> results = offerings.search(filter,
                    new SearchParams(q, null, null, QueryParams.uuid("schoolId", schoolId), null, true).parse(), paging);
            Map<UUID, OrganizationResponse> partners = new java.util.LinkedHashMap<>();
            List<Hit> hits = results.items().stream().map(o -> new Hit(o, partners.computeIfAbsent(o.organizationId(),
                    id -> organizations.view(organizations.get(id))).name())).toList();
            School school = QueryParams.text(schoolId) == null ? null : schools.get(QueryParams.id("schoolId", schoolId));
            TemplateInstance view = Templates.search(form, links, schoolChoices, results, hits,
                    maps.search(partners.values(), school), results.page() > 0 ? results.page() - 1 : null,
                    results.page() + 1 < results.totalPages() ? results.page() + 1 : null, results.page() + 1);
            return Response.ok(pages.page(view, pages.msg().search_title()).render()).build();
        } catch (ProblemException e) {
            form.message(e.getMessage());
            TemplateInstance view = Templates.search(form, links, schoolChoices, null, List.of(),
                    maps.search(List.of(), null), null, null, null);
            return Response.status(e.status()).entity(pages.page(view, pages.msg().search_title()).render()).build();
        }
    }

    @GET
    @PermitAll
    @Path("organizations/{id}")
    public TemplateInstance organization(@PathParam("id") String id) {
        Organization org = organizations.getVisible(QueryParams.id("id", id));
        Viewer viewer = session.viewer();
        OrganizationResponse view = organizations.view(org);
        // A principal can ask for an offering right here, for one of the school's open needs.
        boolean principal = viewer.principal() && viewer.schoolId() != null;
        List<NeedResponse> openNeeds = principal ? needs.list(NeedFilter.ofSchool(viewer.schoolId(), NeedStatus.open),
                new PageQuery(0, 100)).items() : List.of();
        Map<UUID, UUID> openRequests = principal ? partnerships.openByOffering(viewer.schoolId()) : Map.of();
        return pages.page(Templates.organization(view, maps.organization(view),
                offerings.list(OfferingFilter.of(org.id, true), new PageQuery(0, 100)).items(), openNeeds,
                openRequests), org.name);
    }
}
