package org.partnermatch.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.partnership.Partnership;
import org.partnermatch.partnership.PartnershipService;
import org.partnermatch.recognition.RecognitionDtos.NominationRequest;
import org.partnermatch.recognition.RecognitionDtos.RecognitionResponse;
import org.partnermatch.school.SchoolService;
import org.partnermatch.security.Caller;
import org.partnermatch.vocabulary.RecognitionStatus;

/**
 * Recognition stories: anyone signed in nominates an active or completed partnership; district staff publish the
 * ones to celebrate; published stories are public. Unpublished nominations are seen by district staff and by whoever
 * nominated them (404 for others).
 */
@ApplicationScoped
public class RecognitionService {

    private final RecognitionRepository recognitions;
    private final PartnershipService partnerships;
    private final SchoolService schools;
    private final OrganizationService organizations;
    private final OfferingService offerings;
    private final Caller caller;
    private final AuditService audit;

    public RecognitionService(RecognitionRepository recognitions, PartnershipService partnerships,
                              SchoolService schools, OrganizationService organizations, OfferingService offerings,
                              Caller caller, AuditService audit) {
        this.recognitions = recognitions;
        this.partnerships = partnerships;
        this.schools = schools;
        this.organizations = organizations;
        this.offerings = offerings;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Recognition nominate(NominationRequest request) {
        // Only its parties (and district staff) may nominate a partnership: anyone else gets the same 404 as for a
        // partnership they cannot see, so nothing about it (names, state, existence) leaks.
        Partnership p = partnerships.get(request.partnershipId());
        if (!p.state.acceptsFeedback()) {
            throw ProblemException.conflict("Only an active or completed partnership can be nominated; this one is '"
                    + p.state + "'.");
        }
        Recognition r = new Recognition();
        r.id = UUID.randomUUID();
        r.partnershipId = p.id;
        r.title = request.title().trim();
        r.story = request.story().trim();
        r.status = RecognitionStatus.nominated;
        r.nominatedBy = caller.subject();
        r.nominatorRole = caller.role();
        r.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        recognitions.persist(r);
        recognitions.flush();
        audit.record("recognition.nominated", "recognition", r.id, null, view(r));
        return r;
    }

    @Transactional
    public Recognition publish(UUID id) {
        Recognition r = recognitions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("recognition", id));
        if (r.status == RecognitionStatus.published) {
            throw ProblemException.conflict("This story is already published.");
        }
        RecognitionResponse before = view(r);
        r.status = RecognitionStatus.published;
        r.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        recognitions.flush();
        audit.record("recognition.published", "recognition", r.id, before, view(r));
        return r;
    }

    @Transactional
    public Recognition get(UUID id) {
        Recognition r = recognitions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("recognition", id));
        boolean visible = r.status == RecognitionStatus.published || caller.district()
                || (!caller.anonymous() && caller.subject().equals(r.nominatedBy));
        if (!visible) {
            throw ProblemException.notFound("recognition", id);
        }
        return r;
    }

    /** Published stories, newest first. */
    @Transactional
    public PageResponse<RecognitionResponse> published(PageQuery page) {
        var query = recognitions.find("status = ?1 order by publishedAt desc, id", RecognitionStatus.published);
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), this::view, page, total);
    }

    /** Every nomination for district staff, optionally by status, newest first. */
    @Transactional
    public PageResponse<RecognitionResponse> nominations(RecognitionStatus status, PageQuery page) {
        var query = status == null ? recognitions.find("order by createdAt desc, id")
                : recognitions.find("status = ?1 order by createdAt desc, id", status);
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), this::view, page, total);
    }

    public RecognitionResponse view(Recognition r) {
        Partnership p = partnerships.find(r.partnershipId);
        return new RecognitionResponse(r.id, r.partnershipId, r.title, r.story, r.status,
                schools.get(p.schoolId).name, organizations.get(p.organizationId).name,
                offerings.get(p.offeringId).name, r.nominatorRole, r.publishedAt, r.version, r.createdAt);
    }
}
