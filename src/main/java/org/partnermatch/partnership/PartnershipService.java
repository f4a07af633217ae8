package org.partnermatch.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.partnermatch.account.AccountDtos.PlaceContact;
import org.partnermatch.account.MembershipService;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.Filter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.need.Need;
import org.partnermatch.need.NeedService;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.partnership.PartnershipDtos.PartnershipRequest;
import org.partnermatch.partnership.PartnershipDtos.PartnershipResponse;
import org.partnermatch.school.School;
import org.partnermatch.school.SchoolService;
import org.partnermatch.security.Caller;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.NeedStatus;
import org.partnermatch.vocabulary.PartnershipState;
import org.partnermatch.vocabulary.VettingStatus;

/**
 * Owns the partnership lifecycle (see {@link PartnershipState} for the legal moves). Every change locks the
 * partnership's row first (SELECT … FOR UPDATE), so concurrent changes of one partnership queue up and the loser sees
 * the winner's state; accepting takes offering capacity with one conditional UPDATE in the same transaction. Each
 * change writes an audit row and an event (queued for webhooks) in that transaction too.
 *
 * <p>Access: district staff see and may do everything; the school's principal and the organization's partner staff
 * are the parties. Anyone else gets 404 — whether two parties work together is not public. A party asking for a
 * move that belongs to the other side (a principal accepting) gets 403.
 */
@ApplicationScoped
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final PartnershipEvents events;
    private final PartnershipExpiry expiry;
    private final SchoolService schools;
    private final NeedService needs;
    private final OfferingService offerings;
    private final OrganizationService organizations;
    private final Caller caller;
    private final AuditService audit;
    private final PartnershipSettings settings;
    private final MembershipService memberships;

    public PartnershipService(PartnershipRepository partnerships, PartnershipEvents events, PartnershipExpiry expiry,
                              SchoolService schools, NeedService needs, OfferingService offerings,
                              OrganizationService organizations, Caller caller, AuditService audit,
                              PartnershipSettings settings, MembershipService memberships) {
        this.memberships = memberships;
        this.partnerships = partnerships;
        this.events = events;
        this.expiry = expiry;
        this.schools = schools;
        this.needs = needs;
        this.offerings = offerings;
        this.organizations = organizations;
        this.caller = caller;
        this.audit = audit;
        this.settings = settings;
    }

    /** Filters of the partnership list; null means "any". */
    public record PartnershipFilter(PartnershipState state, UUID schoolId, UUID organizationId, UUID offeringId) {
    }

    @Transactional
    public Partnership request(PartnershipRequest request) {
        School school = schools.get(requestingSchool(request));
        caller.requireSchool(school.id);
        Offering offering = offerings.get(request.offeringId());
        Organization organization = organizations.get(offering.organizationId);
        if (organization.vettingStatus != VettingStatus.approved) {
            throw ProblemException.conflict("This offering cannot be requested: its organization is not approved "
                    + "by the district. Only approved organizations can be requested.");
        }
        if (!offering.active) {
            throw ProblemException.conflict("This offering is not active and cannot be requested.");
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.badRequest("endDate", "must not be before startDate");
        }
        Set<UUID> needIds = new LinkedHashSet<>(request.needIds());
        int index = 0;
        for (UUID needId : request.needIds()) {
            Need need = needs.get(needId);
            if (!need.schoolId.equals(school.id)) {
                throw ProblemException.badRequest("needIds[" + index + "]", "must be a need of the requesting school");
            }
            if (need.status != NeedStatus.open) {
                throw ProblemException.badRequest("needIds[" + index + "]", "must be an open need (it is " + need.status + ")");
            }
            index++;
        }
        if (offering.capacityUnit == CapacityUnit.students && request.studentsToServe() > offering.capacity) {
            throw ProblemException.conflict("This request is for " + request.studentsToServe() + " students but the "
                    + "offering can serve at most " + offering.capacity + ".");
        }
        if (partnerships.hasOpen(school.id, offering.id)) {
            throw ProblemException.conflict("This school already has an open request or partnership with this "
                    + "offering; one at a time.");
        }
        Instant now = now();
        Partnership p = new Partnership();
        p.id = UUID.randomUUID();
        p.schoolId = school.id;
        p.organizationId = organization.id;
        p.offeringId = offering.id;
        p.needIds.addAll(needIds);
        p.state = PartnershipState.requested;
        p.message = request.message();
        p.studentsToServe = request.studentsToServe();
        p.startDate = request.startDate();
        p.endDate = request.endDate();
        p.requestedBy = caller.subject();
        p.requestedAt = now;
        p.expiresAt = now.plus(settings.requestTtl());
        p.createdAt = now;
        p.updatedAt = now;
        partnerships.persist(p);
        partnerships.flush();
        audit.record("partnership.requested", "partnership", p.id, null, PartnershipResponse.from(p));
        events.record(p, null, Actor.of(caller), null);
        return p;
    }

    /** The school's open (requested, accepted or active) partnership with this offering, if there is one. */
    @Transactional
    public Optional<Partnership> findOpen(UUID schoolId, UUID offeringId) {
        return partnerships.findOpen(schoolId, offeringId);
    }

    /**
     * The school's open (requested, accepted or active) partnerships by offering: offering id → partnership id. For
     * pages that offer a request button only where none is open. Only for the school's own staff or the district.
     */
    @Transactional
    public java.util.Map<UUID, UUID> openByOffering(UUID schoolId) {
        if (!(caller.district() || caller.isPrincipalOf(schoolId))) {
            return java.util.Map.of();
        }
        return partnerships.list("schoolId = ?1 and state in ?2", schoolId,
                        List.of(PartnershipState.requested, PartnershipState.accepted, PartnershipState.active))
                .stream().collect(Collectors.toMap(p -> p.offeringId, p -> p.id, (a, b) -> a));
    }

    /**
     * Whom the partner contacts at the school — the person who sent the request, or another of the school's staff —
     * once the partner has accepted (accepted, active or completed). Before that a school's staff stay private to
     * the partner. Empty for the school's own side (they know themselves), before acceptance, and when nobody at the
     * school has a verified address.
     */
    @Transactional
    public Optional<PlaceContact> schoolContact(UUID partnershipId) {
        Partnership p = get(partnershipId);
        boolean accepted = p.state == PartnershipState.accepted || p.state == PartnershipState.active
                || p.state == PartnershipState.completed;
        if (!accepted || !(caller.district() || caller.isPartnerOf(p.organizationId))) {
            return Optional.empty();
        }
        return memberships.schoolContact(p.schoolId, p.requestedBy);
    }

    @Transactional
    public PageResponse<PartnershipResponse> list(PartnershipFilter filter, PageQuery page) {
        expiry.expireDue();
        Filter where = new Filter()
                .where("state = :state", "state", filter.state())
                .where("schoolId = :school", "school", filter.schoolId())
                .where("organizationId = :organization", "organization", filter.organizationId())
                .where("offeringId = :offering", "offering", filter.offeringId());
        if (!caller.district()) {
            // Parties see their own partnerships only; a caller without a school or organization sees none.
            where.where("(schoolId in :ownSchools or organizationId in :ownOrganizations)")
                    .param("ownSchools", Filter.orNone(caller.schoolIds()))
                    .param("ownOrganizations", Filter.orNone(caller.organizationIds()));
        }
        var query = partnerships.find(where.query() + " order by createdAt desc, id", where.params());
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), PartnershipResponse::from, page, total);
    }

    /** A partnership the caller is a party to (or any, for district staff); 404 otherwise. */
    @Transactional
    public Partnership get(UUID id) {
        expiry.expireIfDue(id);
        Partnership p = partnerships.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("partnership", id));
        requireVisible(p);
        return p;
    }

    /**
     * A partnership locked for a change by one of its parties (or district staff), 404 for anyone else; its state must
     * be one of {@code states}, else 409 naming what is allowed (outcomes and actuals).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Partnership lockForParties(UUID id, String what, java.util.Set<PartnershipState> states) {
        Partnership p = lockForChange(id);
        if (!states.contains(p.state)) {
            throw ProblemException.conflict("Cannot record " + what + " while the partnership is '" + p.state
                    + "'; only while it is " + states.stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(" or ")) + ".");
        }
        return p;
    }

    /** Students served and sessions held, as a party recorded them (aggregates; null leaves a figure as it is). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordActuals(Partnership p, Integer studentsServed, Integer sessionsHeld) {
        if (studentsServed != null) {
            p.studentsServed = studentsServed;
        }
        if (sessionsHeld != null) {
            p.sessionsHeld = sessionsHeld;
        }
        p.actualsRecordedAt = now();
        p.updatedAt = p.actualsRecordedAt;
    }

    /** The partnership without party checks, for features that act on any partnership (recognition). */
    @Transactional
    public Partnership find(UUID id) {
        return partnerships.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("partnership", id));
    }

    /** Requests still unanswered that expire after {@code after} and by {@code until}, soonest first (reminders). */
    @Transactional
    public List<Partnership> unansweredExpiring(Instant after, Instant until) {
        return partnerships.list("state = ?1 and expiresAt > ?2 and expiresAt <= ?3 order by expiresAt, id",
                PartnershipState.requested, after, until);
    }

    /** The partner accepts a request: takes the offering's capacity, or 409 when too little is left. */
    @Transactional
    public Partnership accept(UUID id) {
        Partnership p = lockForChange(id);
        requirePartnerSide(p, "accept");
        requireMove(p, PartnershipState.accepted, "accept");
        Organization organization = organizations.get(p.organizationId);
        if (organization.vettingStatus != VettingStatus.approved) {
            throw ProblemException.conflict("The organization is not approved by the district, so it cannot take on "
                    + "partnerships.");
        }
        Offering offering = offerings.get(p.offeringId);
        int units = offerings.unitsFor(offering, p.studentsToServe);
        PartnershipResponse before = PartnershipResponse.from(p);
        if (!offerings.takeCapacity(p.offeringId, units, p.id)) {
            throw ProblemException.conflict("No capacity left: the offering cannot take " + units + " more "
                    + offering.capacityUnit + ". The request stays requested.");
        }
        p.capacityHeld = units;
        p.respondedAt = now();
        return move(p, PartnershipState.accepted, before, null);
    }

    @Transactional
    public Partnership decline(UUID id, String reason) {
        Partnership p = lockForChange(id);
        requirePartnerSide(p, "decline");
        requireMove(p, PartnershipState.declined, "decline");
        PartnershipResponse before = PartnershipResponse.from(p);
        p.declineReason = reason.trim();
        p.respondedAt = now();
        p.closedAt = p.respondedAt;
        return move(p, PartnershipState.declined, before, p.declineReason);
    }

    /**
     * The school's principal approves the partnership (district policy: no partnership runs without it), while it is
     * requested or accepted; recorded with their name and the time. Approving again changes nothing.
     */
    @Transactional
    public Partnership approve(UUID id) {
        Partnership p = lockForChange(id);
        if (!caller.principal() || !caller.isPrincipalOf(p.schoolId)) {
            throw ProblemException.forbidden("Only the school's principal may approve its partnerships.");
        }
        if (p.approvedAt != null) {
            return p;
        }
        if (p.state != PartnershipState.requested && p.state != PartnershipState.accepted) {
            throw ProblemException.conflict("Only a requested or accepted partnership can be approved; this one is '"
                    + p.state + "'.");
        }
        PartnershipResponse before = PartnershipResponse.from(p);
        p.approvedBy = caller.subject();
        p.approvedAt = now();
        p.updatedAt = p.approvedAt;
        partnerships.flush();
        audit.record("partnership.approved", "partnership", p.id, before, PartnershipResponse.from(p));
        return p;
    }

    /** Either side (or district staff) records that the accepted, principal-approved partnership has started. */
    @Transactional
    public Partnership start(UUID id) {
        Partnership p = lockForChange(id);
        requireMove(p, PartnershipState.active, "start");
        if (p.approvedAt == null) {
            throw ProblemException.conflict("The school's principal has not approved this partnership yet, so it "
                    + "cannot start: the principal approves it on its page (POST /partnerships/{id}/approve).");
        }
        PartnershipResponse before = PartnershipResponse.from(p);
        p.startedAt = now();
        return move(p, PartnershipState.active, before, null);
    }

    @Transactional
    public Partnership complete(UUID id) {
        Partnership p = lockForChange(id);
        requireMove(p, PartnershipState.completed, "complete");
        PartnershipResponse before = PartnershipResponse.from(p);
        p.completedAt = now();
        return move(p, PartnershipState.completed, before, null);
    }

    /** Either side cancels a request or a running partnership; capacity it holds goes back to the offering. */
    @Transactional
    public Partnership cancel(UUID id, String reason) {
        Partnership p = lockForChange(id);
        requireMove(p, PartnershipState.cancelled, "cancel");
        PartnershipResponse before = PartnershipResponse.from(p);
        if (p.capacityHeld > 0) {
            offerings.releaseCapacity(p.offeringId, p.capacityHeld, p.id);
            p.capacityHeld = 0;
        }
        p.cancelReason = reason.trim();
        p.cancelledBy = caller.district() ? "district" : caller.isPrincipalOf(p.schoolId) ? "school" : "partner";
        p.closedAt = now();
        return move(p, PartnershipState.cancelled, before, p.cancelReason);
    }

    /** Whether the caller is a party to the partnership (or district staff). */
    public boolean visible(Partnership p) {
        return caller.district() || caller.isPrincipalOf(p.schoolId) || caller.isPartnerOf(p.organizationId);
    }

    private void requireVisible(Partnership p) {
        if (!visible(p)) {
            throw ProblemException.notFound("partnership", p.id);
        }
    }

    /** Expires the request first if it is due, then locks the row for this transaction. */
    private Partnership lockForChange(UUID id) {
        expiry.expireIfDue(id);
        Partnership p = partnerships.lock(id).orElseThrow(() -> ProblemException.notFound("partnership", id));
        requireVisible(p);
        return p;
    }

    private void requirePartnerSide(Partnership p, String verb) {
        if (!caller.district() && !caller.isPartnerOf(p.organizationId)) {
            throw ProblemException.forbidden("Only the partner organization's staff or district staff may " + verb
                    + " a partnership request.");
        }
    }

    private static void requireMove(Partnership p, PartnershipState target, String verb) {
        if (!p.state.canMoveTo(target)) {
            String next = p.state.next().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            throw ProblemException.conflict("Cannot " + verb + " this partnership: its current state is '" + p.state
                    + "'" + (next.isEmpty() ? ", which is final." : "; from there it can become: " + next + "."));
        }
    }

    private Partnership move(Partnership p, PartnershipState to, PartnershipResponse before, String note) {
        PartnershipState from = p.state;
        p.state = to;
        p.updatedAt = now();
        partnerships.flush();
        audit.record("partnership." + to.name(), "partnership", p.id, before, PartnershipResponse.from(p));
        events.record(p, from, Actor.of(caller), note);
        return p;
    }

    private UUID requestingSchool(PartnershipRequest request) {
        if (caller.district()) {
            if (request.schoolId() == null) {
                throw ProblemException.badRequest("schoolId", "is required when district staff make the request");
            }
            return request.schoolId();
        }
        if (request.schoolId() != null) {
            return request.schoolId();
        }
        if (caller.schoolIds().isEmpty()) {
            throw ProblemException.forbidden("You are not staff of any school, so you cannot request for one.");
        }
        return caller.schoolId().orElseThrow(() ->
                ProblemException.badRequest("schoolId", "is required when you are staff of several schools"));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
