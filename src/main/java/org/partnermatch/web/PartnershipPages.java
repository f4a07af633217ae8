package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.partnermatch.account.AccountDtos.PlaceContact;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.QueryParams;
import org.partnermatch.need.Need;
import org.partnermatch.need.NeedDtos.NeedResponse;
import org.partnermatch.need.NeedService;
import org.partnermatch.need.NeedService.NeedFilter;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.outcome.OutcomeDtos.ActualsRequest;
import org.partnermatch.outcome.OutcomeDtos.OutcomeResult;
import org.partnermatch.outcome.OutcomeDtos.OutcomesResponse;
import org.partnermatch.outcome.OutcomeDtos.PlannedOutcome;
import org.partnermatch.outcome.OutcomeDtos.PlannedOutcomesRequest;
import org.partnermatch.outcome.OutcomeService;
import org.partnermatch.partnership.Partnership;
import org.partnermatch.partnership.FeedbackService;
import org.partnermatch.partnership.PartnershipDtos.FeedbackRequest;
import org.partnermatch.partnership.PartnershipDtos.FeedbackResponse;
import org.partnermatch.partnership.PartnershipDtos.PartnershipEventResponse;
import org.partnermatch.partnership.PartnershipDtos.PartnershipRequest;
import org.partnermatch.partnership.PartnershipDtos.PartnershipResponse;
import org.partnermatch.partnership.PartnershipDtos.ReasonRequest;
import org.partnermatch.partnership.PartnershipEvents;
import org.partnermatch.partnership.PartnershipService;
import org.partnermatch.security.Roles;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.PartnershipState;
import org.partnermatch.vocabulary.PartySide;

/** Sending a partnership request, following it, and answering it. */
@Path("/partnerships")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PartnershipPages {

    private final Pages pages;
    private final WebSession session;
    private final Validator validator;
    private final PartnershipService partnerships;
    private final PartnershipEvents events;
    private final OfferingService offerings;
    private final NeedService needs;
    private final WebNames names;
    private final FeedbackService feedback;

    private final OutcomeService outcomes;

    @CheckedTemplate(basePath = "web")
    static class Templates {

        /** @param openNeeds the school's open needs, one of which the request is for */
        static native TemplateInstance request(OfferingResponse offering, String organizationName,
                                               List<NeedResponse> openNeeds, FormView form);

        /**
         * A partnership's page. Each action has its own form, so a refused post marks only the form it came from.
         *
         * @param contact       the school's contact, for the partner once the request is answered; or null
         * @param mayRate       whether the viewer's side may still give feedback
         * @param outcomesFixed whether a result is recorded, after which the planned outcomes stay as they are
         * @param outcomeRows   the rows of the planned-outcomes form
         * @param resultFields  the result input of each planned outcome
         * @param answerDays    how many days the partner has to answer a request (0 when not known)
         */
        static native TemplateInstance partnership(WebNames.PartnershipView p, PlaceContact contact,
                                                   List<FeedbackResponse> feedback, boolean mayRate,
                                                   FormView declineForm, FormView cancelForm, FormView feedbackForm,
                                                   FormView outcomesForm, FormView actualsForm,
                                                   List<String> needTitles, List<PartnershipEventResponse> events,
                                                   OutcomesResponse outcomes, boolean outcomesFixed,
                                                   List<OutcomeRow> outcomeRows, List<ResultField> resultFields,
                                                   FormView form, long answerDays);
    }

    public PartnershipPages(Pages pages, WebSession session, Validator validator, PartnershipService partnerships,
                            PartnershipEvents events, OfferingService offerings, NeedService needs, WebNames names,
                            FeedbackService feedback, OutcomeService outcomes) {
        this.outcomes = outcomes;
        this.feedback = feedback;
        this.pages = pages;
        this.session = session;
        this.validator = validator;
        this.partnerships = partnerships;
        this.events = events;
        this.offerings = offerings;
        this.needs = needs;
        this.names = names;
    }

    /** The request form for one offering, for one of the school's open needs (chosen here or preselected). */
    @GET
    @Path("new")
    @RolesAllowed({Roles.PRINCIPAL, Roles.DISTRICT})
    public TemplateInstance requestForm(@QueryParam("offeringId") String offeringId, @QueryParam("needId") String needId) {
        Offering offering = offerings.getVisible(QueryParams.id("offeringId", offeringId));
        UUID need = QueryParams.uuid("needId", needId);
        UUID schoolId = need != null ? needs.get(need).schoolId : session.caller().schoolId().orElseThrow(() ->
                ProblemException.badRequest("needId", "choose the need this request is for"));
        LocalDate start = LocalDate.now().plusWeeks(2);
        FormView form = FormView.empty().set("offeringId", offering.id).set("needIds", need)
                .set("startDate", start).set("endDate", start.plusMonths(4));
        if (need != null) {
            form.set("studentsToServe", needs.get(need).studentsAffected);
        }
        return requestPage(offering, schoolId, form);
    }

    @POST
    @Path("new")
    @RolesAllowed({Roles.PRINCIPAL, Roles.DISTRICT})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID offeringId = form.uuid("offeringId");
        List<UUID> needIds = form.all("needIds").stream().map(v -> QueryParams.uuid("needIds", v)).toList();
        // The school is the needs' school: a principal's own (the service checks), or the one district staff act for.
        UUID schoolId = needIds.isEmpty() ? session.caller().schoolId().orElse(null) : needs.get(needIds.get(0)).schoolId;
        PartnershipRequest body = new PartnershipRequest(schoolId, offeringId, needIds, form.text("message"),
                form.integer("studentsToServe"), form.date("startDate"), form.date("endDate"));
        return form.writeOrRedisplay(validator, body,
                valid -> Pages.seeOther("/partnerships/" + partnerships.request(valid).id + "?sent"),
                view -> {
                    if (offeringId == null) {
                        throw ProblemException.badRequest("offeringId", "choose an offering");
                    }
                    return requestPage(offerings.getVisible(offeringId), schoolId, view);
                });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    public TemplateInstance partnership(@PathParam("id") String id) {
        return partnershipPage(partnerships.get(QueryParams.id("id", id)), FormView.empty());
    }

    /** accept, decline (with a reason), start, complete or cancel (with a reason). */
    @POST
    @Path("{id}/{action}")
    @RolesAllowed({Roles.PRINCIPAL, Roles.PARTNER, Roles.DISTRICT})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, @PathParam("action") String action,
                        MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID partnershipId = QueryParams.id("id", id);
        // The same role gates as the API's: only the partner side (or the district) answers a request.
        boolean partnerSide = session.caller().partner() || session.caller().district();
        try {
            switch (action) {
                case "accept" -> {
                    requireRole(partnerSide);
                    partnerships.accept(partnershipId);
                }
                case "decline" -> {
                    requireRole(partnerSide);
                    ReasonRequest reason = reason(form, pages.work().ps_why_decline());
                    if (form.validate(validator, reason)) {
                        partnerships.decline(partnershipId, reason.reason());
                    }
                }
                case "approve" -> partnerships.approve(partnershipId);
                case "outcomes" -> {
                    PlannedOutcomesRequest plan = plannedOutcomes(form);
                    if (form.validate(validator, plan)) {
                        outcomes.plan(partnershipId, plan);
                    }
                }
                case "actuals" -> {
                    ActualsRequest actuals = actuals(form, outcomes.view(partnershipId));
                    if (form.validate(validator, actuals)) {
                        outcomes.record(partnershipId, actuals);
                    }
                }
                case "start" -> partnerships.start(partnershipId);
                case "complete" -> partnerships.complete(partnershipId);
                case "cancel" -> {
                    ReasonRequest reason = reason(form, pages.work().ps_why_cancel());
                    if (form.validate(validator, reason)) {
                        partnerships.cancel(partnershipId, reason.reason());
                    }
                }
                case "feedback" -> {
                    FeedbackRequest rating = new FeedbackRequest(form.integer("rating"), form.text("comment"));
                    if (rating.rating() == null) {
                        form.error("rating", pages.work().ps_choose_rating());
                    } else if (form.validate(validator, rating)) {
                        feedback.give(partnershipId, rating);
                    }
                }
                default -> throw ProblemException.notFound("action", action);
            }
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            form.reject(e);
        }
        if (form.ok()) {
            return Pages.seeOther("/partnerships/" + partnershipId + "?" + action);
        }
        return form.redisplay(view -> partnershipPage(partnerships.get(partnershipId), view.set("action", action)));
    }

    /** Rows of the outcomes form (measure-N, target-N, unit-N); blank rows are left out. */
    static final int OUTCOME_ROWS = 3;

    private static PlannedOutcomesRequest plannedOutcomes(WebForm form) {
        List<PlannedOutcome> planned = new java.util.ArrayList<>();
        for (int i = 1; i <= OUTCOME_ROWS; i++) {
            String measure = form.text("measure-" + i);
            String target = form.text("target-" + i);
            String unit = form.text("unit-" + i);
            if (measure == null && target == null && unit == null) {
                continue;
            }
            if (planned.isEmpty()) {
                // violations lose their row index on the way: they show beside the first row given
                form.alias("outcomes.measure", "measure-" + i);
                form.alias("outcomes.target", "target-" + i);
                form.alias("outcomes.unit", "unit-" + i);
            }
            planned.add(new PlannedOutcome(measure, form.integer("target-" + i), unit));
        }
        form.alias("outcomes", "measure-1");
        return new PlannedOutcomesRequest(planned);
    }

    private static ActualsRequest actuals(WebForm form, OutcomesResponse current) {
        List<OutcomeResult> results = new java.util.ArrayList<>();
        for (var o : current.outcomes()) {
            Integer result = form.integer("result-" + o.id());
            if (result != null) {
                if (results.isEmpty()) {
                    form.alias("results.result", "result-" + o.id());
                }
                results.add(new OutcomeResult(o.id(), result));
            }
        }
        return new ActualsRequest(form.integer("studentsServed"), form.integer("sessionsHeld"), results);
    }

    /** The posted reason; a blank one (spaces only) is noted with the plain message given. */
    private static ReasonRequest reason(WebForm form, String whenBlank) {
        String text = form.text("reason");
        if (text == null) {
            form.error("reason", whenBlank);
        }
        return new ReasonRequest(text);
    }

    private static void requireRole(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }

    private TemplateInstance requestPage(Offering offering, UUID schoolId, FormView form) {
        List<NeedResponse> open = schoolId == null ? List.of()
                : needs.list(NeedFilter.ofSchool(schoolId, NeedStatus.open), new PageQuery(0, 100)).items();
        return pages.page(Templates.request(OfferingResponse.from(offering),
                names.organizationName(offering.organizationId), open, form), pages.work().request_title(offering.name));
    }

    /** The inputs of one row of the outcomes form. */
    public record OutcomeRow(String measure, String target, String unit, String label) {
    }

    /** The input of one outcome's result. */
    public record ResultField(String name, String label) {
    }

    private TemplateInstance partnershipPage(Partnership p, FormView form) {
        PartnershipResponse view = PartnershipResponse.from(p);
        OutcomesResponse planned = outcomes.view(p.id);
        List<String> needTitles = p.needIds.stream().map(this::needTitle).toList();
        var caller = session.caller();
        boolean partnerSide = caller.district() || caller.isPartnerOf(p.organizationId);
        // Errors belong to the form that was posted: a refused decline must not mark the cancel form too.
        String posted = form.v("action");
        List<FeedbackResponse> given = feedback.forPartnership(p.id);
        PartySide mySide = caller.isPrincipalOf(p.schoolId) ? PartySide.school
                : caller.isPartnerOf(p.organizationId) ? PartySide.partner : null;
        boolean mayRate = mySide != null && p.state.acceptsFeedback()
                && given.stream().noneMatch(f -> f.givenBy() == mySide);
        WorkMessages work = pages.work();
        FormView declineForm = "decline".equals(posted) ? form : FormView.empty();
        FormView cancelForm = "cancel".equals(posted) ? form : FormView.empty();
        FormView feedbackForm = "feedback".equals(posted) ? form : FormView.empty();
        FormView outcomesForm = "outcomes".equals(posted) ? form : FormView.empty();
        FormView actualsForm = "actuals".equals(posted) ? form : FormView.empty();
        boolean outcomesFixed = planned.outcomes().stream().anyMatch(o -> o.result() != null);
        List<OutcomeRow> outcomeRows = java.util.stream.IntStream.rangeClosed(1, OUTCOME_ROWS)
                .mapToObj(i -> new OutcomeRow("measure-" + i, "target-" + i, "unit-" + i, work.ps_outcome_n(i)))
                .toList();
        List<ResultField> resultFields = planned.outcomes().stream().map(o -> new ResultField("result-" + o.id(),
                o.measure() + " (" + o.unit() + ")")).toList();
        long answerDays = p.requestedAt == null || p.expiresAt == null ? 0
                : java.time.Duration.between(p.requestedAt, p.expiresAt).toDays();
        return pages.page(Templates.partnership(names.partnership(view),
                partnerships.schoolContact(p.id).orElse(null), given, mayRate,
                declineForm, cancelForm, feedbackForm, outcomesForm, actualsForm,
                needTitles, events.list(p.id, new PageQuery(0, 100)).items(), planned, outcomesFixed,
                outcomeRows, resultFields, form, answerDays), title(p.state, partnerSide, work));
    }

    /** The page's title follows the partnership's state. */
    static String title(PartnershipState state, boolean partnerSide, WorkMessages work) {
        return switch (state) {
            case requested -> partnerSide ? work.ps_title_waiting() : work.ps_title_sent();
            case accepted -> work.ps_title_accepted();
            case declined -> work.ps_title_declined();
            case active -> work.ps_title_active();
            case completed -> work.ps_title_completed();
            case cancelled -> work.ps_title_cancelled();
            case expired -> work.ps_title_expired();
        };
    }

    private String needTitle(UUID id) {
        try {
            Need n = needs.get(id);
            return n.title;
        } catch (ProblemException e) {
            return "(a need no longer shown)";
        }
    }
}
