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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.QueryParams;
import org.partnermatch.matching.MatchDtos.NeedMatchesResponse;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.need.Need;
import org.partnermatch.need.NeedDtos.NeedRequest;
import org.partnermatch.need.NeedDtos.NeedResponse;
import org.partnermatch.need.NeedService;
import org.partnermatch.need.NeedService.NeedFilter;
import org.partnermatch.partnership.PartnershipService;
import org.partnermatch.partnership.PartnershipService.PartnershipFilter;
import org.partnermatch.school.School;
import org.partnermatch.school.SchoolDtos.SchoolResponse;
import org.partnermatch.school.SchoolService;
import org.partnermatch.security.Roles;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/** The principal's view: the school's needs, stating and editing them, and ranked partners for each need. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SchoolPages {

    static final int MATCHES_SHOWN = 8;

    private final Pages pages;
    private final WebSession session;
    private final Validator validator;
    private final SchoolService schools;
    private final NeedService needs;
    private final MatchingService matching;
    private final PartnershipService partnerships;
    private final WebNames names;

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance school(SchoolResponse school, List<NeedResponse> needs,
                                              List<WebNames.PartnershipView> partnerships, FormView form);

        /**
         * A need's page.
         *
         * @param matches         ranked partners for an open need; null when there are none to show
         * @param matchProblem    why there are no matches to show (the need is not open, or matching failed); or null
         * @param openRequests    the school's open requests, offering id to partnership id
         * @param requestDefaults the values a request from this page starts with
         */
        static native TemplateInstance need(NeedResponse need, SchoolResponse school, NeedMatchesResponse matches,
                                            String matchProblem, Map<UUID, UUID> openRequests,
                                            FormView requestDefaults, FormView form);
    }

    public SchoolPages(Pages pages, WebSession session, Validator validator, SchoolService schools, NeedService needs,
                       MatchingService matching, PartnershipService partnerships, WebNames names) {
        this.pages = pages;
        this.session = session;
        this.validator = validator;
        this.schools = schools;
        this.needs = needs;
        this.matching = matching;
        this.partnerships = partnerships;
        this.names = names;
    }

    @GET
    @Path("principal")
    @RolesAllowed(Roles.PRINCIPAL)
    public Response principal() {
        // One school: its page; staff of several choose on their account page.
        return Pages.seeOther(session.caller().schoolId().map(own -> "/schools/" + own).orElse("/account"));
    }

    @GET
    @Path("schools/{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    public TemplateInstance school(@PathParam("id") String id) {
        return schoolPage(QueryParams.id("id", id), FormView.empty().set("priority", Priority.medium));
    }

    @POST
    @Path("schools/{id}/needs")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stateNeed(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID schoolId = QueryParams.id("id", id);
        return form.writeOrRedisplay(validator, needRequest(form, null),
                valid -> Pages.seeOther("/needs/" + needs.create(schoolId, valid).id + "?stated"),
                view -> schoolPage(schoolId, view));
    }

    @GET
    @Path("needs/{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    public TemplateInstance need(@PathParam("id") String id) {
        Need found = needs.get(QueryParams.id("id", id));
        return needPage(found, editForm(found));
    }

    @POST
    @Path("needs/{id}")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateNeed(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID needId = QueryParams.id("id", id);
        return form.writeOrRedisplay(validator, needRequest(form, form.choice("status", NeedStatus.class)),
                valid -> Pages.seeOther("/needs/" + needs.update(needId, valid, form.ifMatch()).id + "?saved"),
                view -> needPage(needs.get(needId), view));
    }

    private TemplateInstance schoolPage(UUID schoolId, FormView form) {
        School found = schools.get(schoolId);
        session.caller().requireSchool(found.id);
        List<NeedResponse> list = needs.list(NeedFilter.ofSchool(found.id, null), new PageQuery(0, 100)).items();
        var requests = partnerships.list(new PartnershipFilter(null, found.id, null, null), new PageQuery(0, 50)).items();
        return pages.page(Templates.school(SchoolResponse.from(found), list, names.partnerships(requests), form),
                found.name);
    }

    /** The need's page, for its school's staff and district staff only, whichever way it is reached (a redisplay too). */
    private TemplateInstance needPage(Need found, FormView form) {
        session.caller().requireSchool(found.schoolId);
        NeedMatchesResponse matches = null;
        String matchProblem = null;
        if (found.status == NeedStatus.open) {
            try {
                matches = matching.forNeed(found.id, Map.of(), MATCHES_SHOWN);
            } catch (ProblemException e) {
                matchProblem = e.getMessage();
            }
        } else {
            matchProblem = pages.msg().need_not_open(pages.choices().label(found.status).toLowerCase(session.language().locale()));
        }
        School owner = schools.get(found.schoolId);
        LocalDate start = LocalDate.now().plusWeeks(2);
        FormView requestDefaults = FormView.empty().set("studentsToServe", found.studentsAffected)
                .set("startDate", start).set("endDate", start.plusMonths(4));
        return pages.page(Templates.need(NeedResponse.from(found), SchoolResponse.from(owner), matches, matchProblem,
                partnerships.openByOffering(found.schoolId), requestDefaults, form), found.title);
    }

    private static FormView editForm(Need found) {
        NeedResponse n = NeedResponse.from(found);
        return FormView.empty().set("category", n.category()).set("title", n.title())
                .set("description", n.description()).set("gradeLow", n.gradeLow()).set("gradeHigh", n.gradeHigh())
                .set("studentsAffected", n.studentsAffected()).set("priority", n.priority())
                .set("timings", n.timings()).set("languages", WebForm.languageNames(n.languages())).set("status", n.status())
                .set("version", n.version());
    }

    private static NeedRequest needRequest(WebForm form, NeedStatus status) {
        return new NeedRequest(form.text("category"), form.text("title"), form.text("description"),
                form.integer("gradeLow"), form.integer("gradeHigh"), form.integer("studentsAffected"),
                form.choice("priority", Priority.class), form.choices("timings", Timing.class),
                form.languages("languages"), status);
    }
}
