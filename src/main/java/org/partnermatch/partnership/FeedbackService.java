package org.partnermatch.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.Filter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.partnership.PartnershipDtos.FeedbackRequest;
import org.partnermatch.partnership.PartnershipDtos.FeedbackResponse;
import org.partnermatch.partnership.PartnershipDtos.TrackRecordResponse;
import org.partnermatch.security.Caller;
import org.partnermatch.vocabulary.PartySide;

/**
 * Feedback on partnerships and the partner's track record. Each side rates once, after the partnership became
 * active. Who sees what: a school's rating of the partner is seen by both parties and the district (it also makes
 * the partner's public track record); a partner's rating of the school is seen by that partner and district staff
 * only, for their partnership-support work.
 */
@ApplicationScoped
public class FeedbackService {

    private final FeedbackRepository feedback;
    private final PartnershipService partnerships;
    private final PartnershipRepository partnershipRows;
    private final OrganizationService organizations;
    private final Caller caller;
    private final AuditService audit;
    private final PartnershipSettings settings;

    public FeedbackService(FeedbackRepository feedback, PartnershipService partnerships,
                           PartnershipRepository partnershipRows, OrganizationService organizations, Caller caller,
                           AuditService audit, PartnershipSettings settings) {
        this.feedback = feedback;
        this.partnerships = partnerships;
        this.partnershipRows = partnershipRows;
        this.organizations = organizations;
        this.caller = caller;
        this.audit = audit;
        this.settings = settings;
    }

    /** Filters of the district's feedback list; null means "any". */
    public record FeedbackFilter(PartySide givenBy, UUID schoolId, UUID organizationId) {
    }

    @Transactional
    public FeedbackResponse give(UUID partnershipId, FeedbackRequest request) {
        Partnership p = partnerships.get(partnershipId);
        PartySide side = caller.isPrincipalOf(p.schoolId) ? PartySide.school
                : caller.isPartnerOf(p.organizationId) ? PartySide.partner : null;
        if (side == null) {
            throw ProblemException.forbidden("Feedback comes from the partnership's school or partner organization.");
        }
        if (!p.state.acceptsFeedback()) {
            throw ProblemException.conflict("Feedback can be given once the partnership is active or completed; its "
                    + "current state is '" + p.state + "'.");
        }
        if (feedback.given(p.id, side)) {
            throw ProblemException.conflict("The " + side + " has already given feedback on this partnership; "
                    + "feedback is once per side.");
        }
        PartnershipFeedback f = new PartnershipFeedback();
        f.id = UUID.randomUUID();
        f.partnershipId = p.id;
        f.givenBy = side;
        f.rating = request.rating().shortValue();
        f.comment = request.comment();
        f.author = caller.subject();
        f.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        feedback.persist(f);
        feedback.flush();
        FeedbackResponse view = view(f, p);
        audit.record("partnership.feedback_given", "partnership", p.id, null, view);
        return view;
    }

    /** The feedback on one partnership that this caller may see. */
    @Transactional
    public List<FeedbackResponse> forPartnership(UUID partnershipId) {
        Partnership p = partnerships.get(partnershipId);
        boolean seesPartnerSide = caller.district() || caller.isPartnerOf(p.organizationId);
        return feedback.list("partnershipId = ?1 order by createdAt, id", p.id).stream()
                .filter(f -> f.givenBy == PartySide.school || seesPartnerSide)
                .map(f -> view(f, p))
                .toList();
    }

    /** District staff's list across partnerships (e.g. partners' feedback about schools). */
    @Transactional
    public PageResponse<FeedbackResponse> list(FeedbackFilter filter, PageQuery page) {
        Filter where = new Filter()
                .where("givenBy = :givenBy", "givenBy", filter.givenBy())
                .where("partnershipId in (select p.id from Partnership p where p.schoolId = :school)", "school",
                        filter.schoolId())
                .where("partnershipId in (select p.id from Partnership p where p.organizationId = :organization)",
                        "organization", filter.organizationId());
        var query = feedback.find(where.query() + " order by createdAt desc, id", where.params());
        long total = query.count();
        List<PartnershipFeedback> rows = query.page(page.page(), page.size()).list();
        Map<UUID, Partnership> parents = rows.isEmpty() ? Map.of()
                : partnershipRows.list("id in ?1", rows.stream().map(f -> f.partnershipId).distinct().toList())
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        return PageResponse.of(rows, f -> view(f, parents.get(f.partnershipId)), page, total);
    }

    /** An organization's ratings from schools, plain and smoothed; 404 for organizations the caller may not see. */
    @Transactional
    public TrackRecordResponse trackRecord(UUID organizationId) {
        organizations.getVisible(organizationId);
        FeedbackRepository.Ratings ratings = feedback.trackRecord(organizationId);
        return trackRecord(organizationId, ratings.count(), ratings.sum(), settings.trackRecord().priorMean(),
                settings.trackRecord().priorWeight());
    }

    /** The smoothed average: (sum + weight × prior) / (count + weight), rounded to two decimals. */
    public static TrackRecordResponse trackRecord(UUID organizationId, int count, int sum, double priorMean,
                                                  double priorWeight) {
        Double average = count == 0 ? null : round((double) sum / count);
        double smoothed = round((sum + priorWeight * priorMean) / (count + priorWeight));
        return new TrackRecordResponse(organizationId, count, sum, average, smoothed, priorMean, priorWeight);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static FeedbackResponse view(PartnershipFeedback f, Partnership p) {
        return new FeedbackResponse(f.id, f.partnershipId, p == null ? null : p.schoolId,
                p == null ? null : p.organizationId, f.givenBy, f.rating, f.comment, f.createdAt);
    }
}
