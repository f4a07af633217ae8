package org.partnermatch.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.Filter;
import org.partnermatch.common.ListingsConfig;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.listing.ProblemReportDtos.ProblemReportRequest;
import org.partnermatch.listing.ProblemReportDtos.ProblemReportResponse;
import org.partnermatch.listing.ProblemReportDtos.ProblemResolutionRequest;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.security.Caller;
import org.partnermatch.security.TokenBucket;

/**
 * Problems anyone reports on a public listing, and their resolution. A report goes to the organization (its staff
 * see and resolve their own) and to the district's queue; the reporter's address and identity are the district's
 * alone. Reports are rate limited per person (a signed-in caller, else a client address). Every report and resolution
 * is audited, without the reporter's address.
 */
@ApplicationScoped
public class ProblemReportService {

    static final String OPEN = "open";
    static final String RESOLVED = "resolved";

    private final ProblemReportRepository reports;
    private final OrganizationService organizations;
    private final OfferingService offerings;
    private final ListingsConfig config;
    private final Caller caller;
    private final AuditService audit;
    private final Event<ProblemReported> reported;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public ProblemReportService(ProblemReportRepository reports, OrganizationService organizations,
                                OfferingService offerings, ListingsConfig config, Caller caller, AuditService audit,
                                Event<ProblemReported> reported) {
        this.reports = reports;
        this.organizations = organizations;
        this.offerings = offerings;
        this.config = config;
        this.caller = caller;
        this.audit = audit;
        this.reported = reported;
    }

    /**
     * Stores a report on a public (approved) organization or one of its active offerings; 404 for a listing the
     * caller cannot see, 429 with Retry-After past the hourly allowance.
     */
    @Transactional
    public ProblemReport report(ProblemReportRequest request, String clientAddress) {
        Organization org;
        Offering offering = null;
        if (request.offeringId() != null) {
            offering = offerings.getVisible(request.offeringId());
            if (request.organizationId() != null && !request.organizationId().equals(offering.organizationId)) {
                throw ProblemException.badRequest("offeringId", "is not an offering of this organization");
            }
            org = organizations.getVisible(offering.organizationId);
        } else if (request.organizationId() != null) {
            org = organizations.getVisible(request.organizationId());
        } else {
            throw ProblemException.badRequest("organizationId", "must be given (or offeringId)");
        }
        takeAllowance(clientAddress);
        ProblemReport r = new ProblemReport();
        r.id = UUID.randomUUID();
        r.organizationId = org.id;
        r.offeringId = offering == null ? null : offering.id;
        r.kind = request.kind();
        r.message = request.message().strip();
        r.reporterEmail = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        r.reportedBy = caller.anonymous() ? null : caller.subject();
        r.state = OPEN;
        r.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        reports.persist(r);
        reports.flush();
        audit.record("problem_report.created", "problem_report", r.id, null, auditView(r));
        reported.fire(new ProblemReported(r.id, false));
        return r;
    }

    /** One report: its organization's staff and district staff (404 for anyone else). */
    @Transactional
    public ProblemReportResponse view(UUID id) {
        return view(get(id));
    }

    /**
     * Reports, newest first: district staff see every organization's (or one's); an organization's staff see their
     * own (organizationId may be left out by staff of exactly one organization).
     */
    @Transactional
    public PageResponse<ProblemReportResponse> list(UUID organizationId, String state, PageQuery page) {
        if (state != null && !OPEN.equals(state) && !RESOLVED.equals(state)) {
            throw ProblemException.badRequest("state", "must be open or resolved");
        }
        organizationId = organizations.listScope(organizationId);
        Filter where = new Filter()
                .where("organizationId = :org", "org", organizationId)
                .where("state = :state", "state", state);
        var query = reports.find(where.query() + " order by createdAt desc, id", where.params());
        long total = query.count();
        List<ProblemReport> items = query.page(page.page(), page.size()).list();
        return PageResponse.of(items, this::view, page, total);
    }

    /** Open reports of one organization, newest first (its listings page). */
    @Transactional
    public List<ProblemReportResponse> openOf(UUID organizationId) {
        caller.requireOrganization(organizationId);
        return reports.list("organizationId = ?1 and state = ?2 order by createdAt desc, id", organizationId, OPEN)
                .stream().map(this::view).toList();
    }

    /** Resolves an open report (its organization's staff or district staff); 409 when it is already resolved. */
    @Transactional
    public ProblemReportResponse resolve(UUID id, ProblemResolutionRequest request) {
        ProblemReport r = reports.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !mayHandle(r)) {
            throw ProblemException.notFound("problem report", id);
        }
        if (!r.open()) {
            throw ProblemException.conflict("This report is already resolved (" + r.resolution + ").");
        }
        Object before = auditView(r);
        r.state = RESOLVED;
        r.resolution = request.resolution();
        r.resolutionNote = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        r.resolvedBy = caller.subject();
        r.resolvedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        reports.flush();
        audit.record("problem_report.resolved", "problem_report", r.id, before, auditView(r));
        reported.fire(new ProblemReported(r.id, true));
        return view(r);
    }

    /** The stored report, for the e-mails about it. */
    @Transactional
    public ProblemReport find(UUID id) {
        ProblemReport r = reports.findById(id);
        if (r == null) {
            throw ProblemException.notFound("problem report", id);
        }
        return r;
    }

    /** A report as its sender may see it back: without the reporter fields, whoever asks. */
    public ProblemReportResponse publicView(ProblemReport r) {
        ProblemReportResponse full = view(r);
        return new ProblemReportResponse(full.id(), full.organizationId(), full.organizationName(), full.offeringId(),
                full.offeringName(), full.kind(), full.message(), full.anonymous(), null, null, full.state(),
                full.resolution(), full.resolutionNote(), null, full.resolvedAt(), full.createdAt());
    }

    private ProblemReport get(UUID id) {
        ProblemReport r = reports.findById(id);
        if (r == null || !mayHandle(r)) {
            throw ProblemException.notFound("problem report", id);
        }
        return r;
    }

    private boolean mayHandle(ProblemReport r) {
        return caller.mayManageOrganization(r.organizationId);
    }

    private ProblemReportResponse view(ProblemReport r) {
        boolean district = caller.district();
        Organization org = organizations.get(r.organizationId);
        String offeringName = r.offeringId == null ? null : offerings.get(r.offeringId).name;
        return new ProblemReportResponse(r.id, r.organizationId, org.name, r.offeringId, offeringName, r.kind,
                r.message, r.reportedBy == null, district ? r.reporterEmail : null, district ? r.reportedBy : null,
                r.state, r.resolution, r.resolutionNote, district ? r.resolvedBy : null, r.resolvedAt, r.createdAt);
    }

    /** What the audit trail keeps of a report: everything but the reporter's address. */
    private static Map<String, Object> auditView(ProblemReport r) {
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("organizationId", r.organizationId);
        view.put("offeringId", r.offeringId);
        view.put("kind", r.kind);
        view.put("message", r.message);
        view.put("anonymous", r.reportedBy == null);
        view.put("state", r.state);
        view.put("resolution", r.resolution);
        view.put("resolutionNote", r.resolutionNote);
        return view;
    }

    private void takeAllowance(String clientAddress) {
        int perHour = config.reportsPerHour();
        String key = caller.anonymous() ? "ip:" + (clientAddress == null ? "?" : clientAddress) : "sub:" + caller.subject();
        long now = System.nanoTime();
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(perHour, perHour / 3600.0, now));
        long wait = bucket.tryTake(now);
        if (wait > 0) {
            throw new ProblemException(429, "too-many-requests", "Too many reports",
                    "Thank you — you have sent " + perHour + " reports in the last hour, the most we take from one "
                            + "person; please send this one later.", List.of(), (int) Math.min(wait, 3600));
        }
        if (buckets.size() > 10_000) {
            buckets.entrySet().removeIf(e -> e.getValue().idle(now));
        }
    }
}
