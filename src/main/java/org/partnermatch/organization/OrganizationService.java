package org.partnermatch.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.Filter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.Problem;
import org.partnermatch.common.Vocab;
import org.partnermatch.geo.Locations;
import org.partnermatch.geo.Locations.Placed;
import org.partnermatch.organization.OrganizationDtos.OrganizationRequest;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationDtos.VettingRequest;
import org.partnermatch.region.RegionRenamed;
import org.partnermatch.region.RegionService;
import org.partnermatch.school.SchoolService;
import org.partnermatch.search.SearchAnalytics;
import org.partnermatch.search.SearchEngine;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.security.Caller;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.LocationPrecision;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;
import org.partnermatch.vocabulary.VettingStatus;

/** Owns organizations: registration (always pending), profile updates, and district vetting. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final OrganizationSearchRepository searches;
    private final SchoolService schools;
    private final Caller caller;
    private final AuditService audit;
    private final Event<OrganizationRegistered> registered;
    private final RegionService regions;
    private final SearchAnalytics analytics;
    private final SearchEngine engine;
    private final Event<OrganizationVetted> vetted;

    public OrganizationService(OrganizationRepository organizations, OrganizationSearchRepository searches,
                               SchoolService schools, Caller caller, AuditService audit,
                               Event<OrganizationRegistered> registered, RegionService regions,
                               SearchAnalytics analytics, Event<OrganizationVetted> vetted, SearchEngine engine) {
        this.analytics = analytics;
        this.engine = engine;
        this.vetted = vetted;
        this.regions = regions;
        this.organizations = organizations;
        this.searches = searches;
        this.schools = schools;
        this.caller = caller;
        this.audit = audit;
        this.registered = registered;
    }

    /**
     * Filters of the organization search; null means "any". Category, grade, timing, modality and cost ask for one
     * active offering of the organization that satisfies them all.
     */
    public record OrganizationFilter(VettingStatus vettingStatus, String language, String category,
                                     Leadership leadership, String region, Integer grade, Timing timing,
                                     Modality modality, Cost cost, String community) {
        /** Organizations in one vetting status ({@code null}: every organization). */
        public static OrganizationFilter ofStatus(VettingStatus vettingStatus) {
            return new OrganizationFilter(vettingStatus, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * Searches organizations: free text, filters, location, order and facet counts (see
     * {@link OrganizationSearchRepository}). Only district staff see pending or suspended organizations (partners
     * also their own) or may filter on them; contact details are hidden from anonymous callers.
     * No transaction: a search reads the search index and sends one statement, on a connection of its own.
     */
    public SearchPage<OrganizationResponse> search(OrganizationFilter filter, SearchRequest search, PageQuery page) {
        if (!caller.district() && filter.vettingStatus() != null && filter.vettingStatus() != VettingStatus.approved) {
            throw ProblemException.forbidden("Only district staff may list organizations that are not approved.");
        }
        page.offset();
        Set<String> categories = filter.category() == null ? null : engine.category("category", filter.category());
        ServedSchool school = search.schoolId() == null ? null : schools.served("schoolId", search.schoolId());
        SearchPage<OrganizationResponse> found = searches.search(new OrganizationSearchRepository.Criteria(filter,
                categories, search, school, caller.district(), caller.organizationIds(), !caller.anonymous()), page);
        analytics.record("organization", search.text(), page.page(), found.totalItems());
        return found;
    }

    /** The organization as this caller may see it: contact details only for signed-in callers. */
    public OrganizationResponse view(Organization org) {
        return OrganizationResponse.from(org, !caller.anonymous());
    }

    /**
     * The organization a staff list (stale listings, problem reports) is about: the one named (404 if none such, 403
     * unless the caller is its staff or district staff); unnamed, every organization for district staff (null) and
     * their only one for an organization's staff — who must name one when they belong to several (400).
     */
    public UUID listScope(UUID organizationId) {
        if (organizationId == null && !caller.district()) {
            if (caller.organizationIds().size() != 1) {
                throw ProblemException.badRequest("organizationId", "is required: name one of your organizations");
            }
            organizationId = caller.organizationIds().iterator().next();
        }
        if (organizationId != null) {
            get(organizationId);
            caller.requireOrganization(organizationId);
        }
        return organizationId;
    }

    /** Whether this caller may see the organization at all: approved ones are public. */
    public boolean visible(Organization org) {
        return org.vettingStatus == VettingStatus.approved || caller.mayManageOrganization(org.id);
    }

    /** Like {@link #get} but 404 for organizations the caller may not see (their existence is not public). */
    @Transactional
    public Organization getVisible(UUID id) {
        Organization org = get(id);
        if (!visible(org)) {
            throw ProblemException.notFound("organization", id);
        }
        return org;
    }

    @Transactional
    public Organization get(UUID id) {
        return organizations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("organization", id));
    }

    @Transactional
    public Organization register(OrganizationRequest request) {
        Organization org = new Organization();
        // A district service token may assign the organization's id up front (organization_id claim); use it then.
        org.id = caller.claimedOrganizationId().orElseGet(UUID::randomUUID);
        if (organizations.findById(org.id) != null) {
            throw ProblemException.conflict("Your organization is already registered; update it instead.");
        }
        org.vettingStatus = VettingStatus.pending;
        apply(org, request);
        markVerified(org);
        organizations.persist(org);
        organizations.flush();
        audit.record("organization.registered", "organization", org.id, null, OrganizationResponse.from(org, true));
        registered.fire(new OrganizationRegistered(org.id));
        return org;
    }

    @Transactional
    public Organization update(UUID id, OrganizationRequest request, String ifMatch) {
        Organization org = get(id);
        caller.requireOrganization(org.id);
        ETags.requireMatch(ifMatch, org.version);
        OrganizationResponse before = OrganizationResponse.from(org, true);
        apply(org, request);
        markVerified(org);
        organizations.flush();
        audit.record("organization.updated", "organization", org.id, before, OrganizationResponse.from(org, true));
        return org;
    }

    /**
     * Its staff (or district staff) confirm the organization's details are still correct: records when and who,
     * audited as organization.verified. An edit counts as a confirmation too (see {@link #update}).
     */
    @Transactional
    public Organization verify(UUID id) {
        Organization org = get(id);
        caller.requireOrganization(org.id);
        OrganizationResponse before = OrganizationResponse.from(org, true);
        markVerified(org);
        organizations.flush();
        audit.record("organization.verified", "organization", org.id, before, OrganizationResponse.from(org, true));
        return org;
    }

    private void markVerified(Organization org) {
        org.lastVerifiedAt = Instant.now();
        org.lastVerifiedBy = caller.subject();
    }

    @Transactional
    public Organization vet(UUID id, VettingRequest request) {
        Organization org = get(id);
        OrganizationResponse before = OrganizationResponse.from(org, true);
        org.vettingStatus = request.status();
        org.vettingNote = request.note();
        org.vettedAt = Instant.now();
        organizations.flush();
        audit.record("organization.vetted", "organization", org.id, before, OrganizationResponse.from(org, true));
        if (before.vettingStatus() != org.vettingStatus) {
            vetted.fire(new OrganizationVetted(org.id, before.vettingStatus(), org.vettingStatus, org.vettingNote));
        }
        return org;
    }

    @Transactional
    public void delete(UUID id) {
        Organization org = get(id);
        audit.record("organization.deleted", "organization", org.id, OrganizationResponse.from(org, true), null);
        organizations.delete(org);
        // Flush here so partnerships still referring to its offerings are a 409 now, not a failure at commit.
        organizations.flush();
    }

    /**
     * An organization from an HSDS import: pending like every registration, keeping its publisher's id
     * ({@code source}, {@code externalId}). It takes {@code preferredId} (the publisher's id, when a UUID) unless a
     * record already has it, so our own export imports back with its ids. Nobody becomes its owner: the district
     * invites the organization's people. Runs inside the import's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organization registerImported(UUID preferredId, OrganizationRequest request, String source,
                                         String externalId, Instant assuredAt) {
        Organization org = new Organization();
        org.id = preferredId != null && organizations.findById(preferredId) == null ? preferredId : UUID.randomUUID();
        org.vettingStatus = VettingStatus.pending;
        org.externalSource = source;
        org.externalId = externalId;
        apply(org, request);
        importedVerification(org, assuredAt);
        organizations.persist(org);
        audit.record("organization.imported", "organization", org.id, null, OrganizationResponse.from(org, true));
        return org;
    }

    /**
     * Writes a publisher's newer record over an organization (and links it to that record, when it was matched by
     * name). Vetting is the district's and stays as it is: an approved organization stays approved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organization updateImported(UUID id, OrganizationRequest request, String source, String externalId,
                                       Instant assuredAt) {
        Organization org = get(id);
        OrganizationResponse before = OrganizationResponse.from(org, true);
        org.externalSource = source;
        org.externalId = externalId;
        apply(org, request);
        importedVerification(org, assuredAt);
        audit.record("organization.updated", "organization", org.id, before, OrganizationResponse.from(org, true));
        return org;
    }

    /**
     * An imported record is as current as its publisher says (HSDS assured_date), else as of the import; a
     * publisher's older date never moves a later confirmation back.
     */
    private static void importedVerification(Organization org, Instant assuredAt) {
        Instant at = assuredAt == null ? Instant.now() : assuredAt;
        if (org.lastVerifiedAt == null || at.isAfter(org.lastVerifiedAt)) {
            org.lastVerifiedAt = at;
            org.lastVerifiedBy = null;
        }
    }

    /** A name as the unique index compares organization names: as stored (see normalized), in any case. */
    public static String nameKey(String name) {
        return OrganizationRepository.normalized(name).toLowerCase(java.util.Locale.ROOT);
    }

    /** The organization a publisher's record was imported into, if any. */
    @Transactional
    public Optional<Organization> findByExternalId(String source, String externalId) {
        return organizations.find("externalSource = ?1 and externalId = ?2", source, externalId).firstResultOptional();
    }

    /**
     * The rules a valid request must also pass beyond its Bean Validation annotations, for the organization with
     * this id (null for a new one). Changes nothing; imports call it to check a row before writing anything.
     */
    public void check(UUID id, OrganizationRequest request) {
        checked(id, request);
    }

    /** Where the organization is (null: nowhere given) and the regions it serves, in their own spelling. */
    private record Placement(Placed location, List<String> serviceRegions) {
    }

    private Placement checked(UUID id, OrganizationRequest request) {
        if (organizations.nameTaken(request.name(), id)) {
            // Nothing about the other organization (its exact name, whether it is approved): only that the name is used.
            throw ProblemException.conflict("An organization with this name is already registered. If it is yours, "
                    + "ask one of its owners to invite you; otherwise choose another name.");
        }
        return place(request);
    }

    /**
     * The request as the organization would be stored: service regions in the district's spelling, and an
     * approximate location as no coordinates (it follows the ZIP code). Imports compare a row with it.
     */
    public OrganizationRequest asStored(OrganizationRequest r) {
        Placement placement = place(r);
        boolean given = placement.location() != null
                && placement.location().precision() != LocationPrecision.zip_centroid;
        return new OrganizationRequest(r.name(), r.description(), r.website(), r.contact(), r.address(),
                given ? placement.location().latitude() : null, given ? placement.location().longitude() : null,
                r.serviceRadiusKm(), placement.serviceRegions(), r.staffLanguages(), r.communitiesServed(),
                r.leadership(), r.descriptionTranslations());
    }

    private Placement place(OrganizationRequest request) {
        // Both are judged, so a refused request (or CSV row) names every field that needs fixing at once.
        List<Problem.Violation> violations = new ArrayList<>();
        Placed location = null;
        List<String> serviceRegions = List.of();
        try {
            location = Locations.place(request.latitude(), request.longitude(),
                    request.address() == null ? null : request.address().postalCode()).orElse(null);
            if (request.serviceRadiusKm() != null && location == null) {
                throw ProblemException.badRequest("serviceRadiusKm",
                        "needs latitude and longitude, or an address with a ZIP code, as its centre");
            }
        } catch (ProblemException e) {
            violations.addAll(e.violations());
        }
        try {
            serviceRegions = regions.canonical("serviceRegions", request.serviceRegions());
        } catch (ProblemException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        return new Placement(location, serviceRegions);
    }

    /** Organizations serving a renamed region serve it under its new name. */
    void onRegionRenamed(@Observes RegionRenamed renamed) {
        organizations.renameServiceRegion(renamed.from(), renamed.to());
    }

    /** Approved organizations whose contact address is one of these (lower-case) addresses. */
    @Transactional
    public Set<UUID> approvedWithContactAddress(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(organizations.getEntityManager().createQuery("select o.id from Organization o"
                        + " where o.vettingStatus = :approved and lower(o.email) in :addresses", UUID.class)
                .setParameter("approved", VettingStatus.approved)
                .setParameter("addresses", new java.util.ArrayList<>(addresses))
                .getResultList());
    }

    /** Approved organizations, by name, optionally only one: the directory whose listings must stay current. */
    @Transactional
    public List<Organization> approvedListings(UUID organizationId) {
        return organizationId == null
                ? organizations.list("vettingStatus = ?1 order by name, id", VettingStatus.approved)
                : organizations.list("vettingStatus = ?1 and id = ?2", VettingStatus.approved, organizationId);
    }

    /** Approved organizations by name, then id: the public directory in bulk (the HSDS export). */
    @Transactional
    public PageResponse<Organization> approved(PageQuery page) {
        return approved(page, null, null);
    }

    /**
     * Approved organizations by name, then id, optionally only those whose name or description holds {@code search}
     * (lower case) and those changed at or after {@code modifiedAfter} (the HSDS export's HSDA parameters).
     */
    @Transactional
    public PageResponse<Organization> approved(PageQuery page, String search, Instant modifiedAfter) {
        Filter where = new Filter().where("vettingStatus = :approved", "approved", VettingStatus.approved)
                .where("(lower(name) like :search escape '\\' or lower(coalesce(description, '')) like :search escape '\\')", "search",
                        search == null ? null : "%" + search + "%")
                .where("updatedAt >= :after", "after", modifiedAfter);
        var query = organizations.find(where.query() + " order by name, id", where.params());
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), org -> org, page, total);
    }

    /** These organizations, those that exist, by id. */
    @Transactional
    public Map<UUID, Organization> byIds(Collection<UUID> ids) {
        Map<UUID, Organization> found = new HashMap<>();
        if (!ids.isEmpty()) {
            organizations.list("id in ?1", ids).forEach(org -> found.put(org.id, org));
        }
        return found;
    }

    /** The organization with this id, if any (no 404: imports report an unknown id on the row). */
    @Transactional
    public Optional<Organization> find(UUID id) {
        return organizations.findByIdOptional(id);
    }

    /** The organization with this name (compared as names are unique: any case, spaces collapsed), if any. */
    @Transactional
    public Optional<Organization> findByName(String name) {
        return organizations.find("lower(name) = lower(?1)", OrganizationRepository.normalized(name))
                .firstResultOptional();
    }

    private void apply(Organization org, OrganizationRequest request) {
        Placement placement = checked(org.id, request);
        org.name = OrganizationRepository.normalized(request.name());
        org.description = request.description();
        if (request.descriptionTranslations() != null) {
            org.descriptionTranslations.clear();
            request.descriptionTranslations().forEach((language, text) -> org.descriptionTranslations.put(language, text.strip()));
        }
        org.website = request.website();
        org.contactName = request.contact() == null ? null : request.contact().name();
        org.email = request.contact() == null ? null : request.contact().email();
        org.phone = request.contact() == null ? null : request.contact().phone();
        org.street = request.address() == null ? null : request.address().street();
        org.city = request.address() == null ? null : request.address().city();
        org.state = request.address() == null ? null : request.address().state();
        org.postalCode = request.address() == null ? null : request.address().postalCode();
        org.latitude = placement.location() == null ? null : placement.location().latitude();
        org.longitude = placement.location() == null ? null : placement.location().longitude();
        org.locationPrecision = placement.location() == null ? LocationPrecision.exact : placement.location().precision();
        org.serviceRadiusKm = request.serviceRadiusKm();
        org.serviceRegions = placement.serviceRegions().toArray(String[]::new);
        org.staffLanguages = Vocab.distinct(request.staffLanguages());
        org.communitiesServed = Vocab.distinct(request.communitiesServed());
        org.leadership = Vocab.names(request.leadership());
    }
}
