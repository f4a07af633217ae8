package org.partnermatch.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.Filter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.Vocab;
import org.partnermatch.offering.OfferingDtos.OfferingRequest;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.school.SchoolService;
import org.partnermatch.search.SearchAnalytics;
import org.partnermatch.search.SearchEngine;
import org.partnermatch.search.SearchPage;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.ServedSchool;
import org.partnermatch.security.Caller;
import org.partnermatch.taxonomy.TaxonomyService;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Timing;
import org.partnermatch.vocabulary.VettingStatus;

/** Owns offerings: their categories, grades and capacity (never below what partnerships already use). */
@ApplicationScoped
public class OfferingService {

    private final OfferingRepository offerings;
    private final OfferingSearchRepository searches;
    private final SchoolService schools;
    private final OrganizationService organizations;
    private final TaxonomyService taxonomy;
    private final Caller caller;
    private final AuditService audit;
    private final SearchAnalytics analytics;
    private final SearchEngine engine;

    public OfferingService(OfferingRepository offerings, OfferingSearchRepository searches, SchoolService schools,
                           OrganizationService organizations, TaxonomyService taxonomy, Caller caller, AuditService audit,
                           SearchAnalytics analytics, SearchEngine engine) {
        this.analytics = analytics;
        this.engine = engine;
        this.offerings = offerings;
        this.searches = searches;
        this.schools = schools;
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        this.caller = caller;
        this.audit = audit;
    }

    /** Filters of the offering lists; null means "any". The last three are the organization's. */
    public record OfferingFilter(UUID organizationId, String category, Integer grade, String language, Timing timing,
                                 Cost cost, Modality modality, Boolean active, VettingStatus vettingStatus,
                                 Leadership leadership, String community) {

        public static OfferingFilter of(UUID organizationId, Boolean active) {
            return new OfferingFilter(organizationId, null, null, null, null, null, null, active, null, null, null);
        }
    }

    /**
     * Searches offerings: free text, filters, location, order and facet counts (see {@link OfferingSearchRepository}).
     * Outsiders see active offerings of approved organizations only (partners also their own organization's);
     * only district staff may ask for organizations that are not approved.
     * No transaction: a search reads the search index and sends one statement, on a connection of its own.
     */
    public SearchPage<OfferingResponse> search(OfferingFilter filter, SearchRequest search, PageQuery page) {
        if (!caller.district() && filter.vettingStatus() != null && filter.vettingStatus() != VettingStatus.approved) {
            throw ProblemException.forbidden("Only district staff may search offerings of organizations that are not approved.");
        }
        page.offset();
        Set<String> categories = filter.category() == null ? null : engine.category("category", filter.category());
        ServedSchool school = search.schoolId() == null ? null : schools.served("schoolId", search.schoolId());
        SearchPage<OfferingResponse> found = searches.search(new OfferingSearchRepository.Criteria(filter, categories,
                search, school, caller.district(), caller.organizationIds()), page);
        analytics.record("offering", search.text(), page.page(), found.totalItems());
        return found;
    }

    @Transactional
    public PageResponse<OfferingResponse> list(OfferingFilter filter, PageQuery page) {
        Set<String> categories = filter.category() == null ? null : taxonomy.expand("category", filter.category());
        Filter where = new Filter()
                .where("organizationId = :org", "org", filter.organizationId())
                .where("exists (select 1 from Offering f join f.categories c where f.id = o.id and c in :categories)",
                        "categories", categories)
                .where("gradeLow <= :grade and gradeHigh >= :grade", "grade",
                        filter.grade() == null ? null : filter.grade().shortValue())
                .where("array_contains(languages, :language)", "language", filter.language())
                .where("array_contains(timings, :timing)", "timing", filter.timing() == null ? null : filter.timing().name())
                .where("cost = :cost", "cost", filter.cost())
                .where("modality = :modality", "modality", filter.modality())
                .where("active = :active", "active", filter.active());
        if (!caller.district()) {
            where.where("((o.active = true and o.organizationId in (select g.id from Organization g"
                            + " where g.vettingStatus = :approved)) or o.organizationId in :ownOrganizations)")
                    .param("approved", VettingStatus.approved)
                    .param("ownOrganizations", Filter.orNone(caller.organizationIds()));
        }
        var query = offerings.find("from Offering o where " + where.query() + " order by name, id", where.params());
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), OfferingResponse::from, page, total);
    }

    /** Active offerings of approved organizations by name, then id: the public catalogue in bulk (the HSDS export). */
    @Transactional
    public PageResponse<Offering> publicCatalogue(PageQuery page) {
        return publicCatalogue(page, null, null, null);
    }

    /**
     * The public catalogue, optionally only offerings whose name or description holds {@code search} (lower case),
     * changed at or after {@code modifiedAfter}, or of one organization (the HSDS export's HSDA parameters).
     */
    @Transactional
    public PageResponse<Offering> publicCatalogue(PageQuery page, String search, Instant modifiedAfter,
                                                  UUID organizationId) {
        Filter where = new Filter().where("o.active = true")
                .where("o.organizationId in (select g.id from Organization g where g.vettingStatus = :approved)",
                        "approved", VettingStatus.approved)
                .where("(lower(o.name) like :search escape '\\' or lower(coalesce(o.description, '')) like :search escape '\\')", "search",
                        search == null ? null : "%" + search + "%")
                .where("o.updatedAt >= :after", "after", modifiedAfter)
                .where("o.organizationId = :organization", "organization", organizationId);
        var query = offerings.find("from Offering o where " + where.query() + " order by o.name, o.id", where.params());
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), offering -> offering, page, total);
    }

    /** Active offerings last confirmed before {@code cutoff}, of these organizations, oldest first. */
    @Transactional
    public java.util.List<Offering> notVerifiedSince(java.util.Collection<UUID> organizationIds, Instant cutoff) {
        if (organizationIds.isEmpty()) {
            return java.util.List.of();
        }
        return offerings.list("active = true and organizationId in ?1 and lastVerifiedAt < ?2 order by lastVerifiedAt, id",
                organizationIds, cutoff);
    }

    @Transactional
    public Offering get(UUID id) {
        return offerings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("offering", id));
    }

    /** Like {@link #get} but 404 for an inactive offering, or one of an unapproved organization, to outsiders. */
    @Transactional
    public Offering getVisible(UUID id) {
        Offering offering = get(id);
        if (caller.mayManageOrganization(offering.organizationId)) {
            return offering;
        }
        if (!offering.active || !organizations.visible(organizations.get(offering.organizationId))) {
            throw ProblemException.notFound("offering", id);
        }
        return offering;
    }

    /** 404 unless the caller may see the organization. */
    public void requireVisibleOrganization(UUID organizationId) {
        organizations.getVisible(organizationId);
    }

    /** 404 unless the organization exists: an unknown organization's offering list is not an empty list. */
    public void requireOrganization(UUID organizationId) {
        organizations.get(organizationId);
    }

    @Transactional
    public Offering create(UUID organizationId, OfferingRequest request) {
        requireOrganization(organizationId);
        caller.requireOrganization(organizationId);
        Offering offering = new Offering();
        offering.id = UUID.randomUUID();
        offering.organizationId = organizationId;
        apply(offering, request);
        markVerified(offering);
        offerings.persist(offering);
        offerings.flush();
        audit.record("offering.created", "offering", offering.id, null, OfferingResponse.from(offering));
        return offering;
    }

    @Transactional
    public Offering update(UUID id, OfferingRequest request, String ifMatch) {
        Offering offering = get(id);
        caller.requireOrganization(offering.organizationId);
        ETags.requireMatch(ifMatch, offering.version);
        OfferingResponse before = OfferingResponse.from(offering);
        apply(offering, request);
        markVerified(offering);
        offerings.flush();
        audit.record("offering.updated", "offering", offering.id, before, OfferingResponse.from(offering));
        return offering;
    }

    /**
     * The organization's staff (or district staff) confirm the offering is still correct: records when and who,
     * audited as offering.verified. An edit counts as a confirmation too (see {@link #update}).
     */
    @Transactional
    public Offering verify(UUID id) {
        Offering offering = get(id);
        caller.requireOrganization(offering.organizationId);
        OfferingResponse before = OfferingResponse.from(offering);
        markVerified(offering);
        offerings.flush();
        audit.record("offering.verified", "offering", offering.id, before, OfferingResponse.from(offering));
        return offering;
    }

    private void markVerified(Offering offering) {
        offering.lastVerifiedAt = Instant.now();
        offering.lastVerifiedBy = caller.subject();
    }

    /**
     * An imported record is as current as its publisher says (HSDS assured_date), else as of the import; a
     * publisher's older date never moves a later confirmation back.
     */
    private static void importedVerification(Offering offering, Instant assuredAt) {
        Instant at = assuredAt == null ? Instant.now() : assuredAt;
        if (offering.lastVerifiedAt == null || at.isAfter(offering.lastVerifiedAt)) {
            offering.lastVerifiedAt = at;
            offering.lastVerifiedBy = null;
        }
    }

    @Transactional
    public void delete(UUID id) {
        Offering offering = get(id);
        caller.requireOrganization(offering.organizationId);
        audit.record("offering.deleted", "offering", offering.id, OfferingResponse.from(offering), null);
        offerings.delete(offering);
        // Flush here so a partnership still referring to it is a 409 now, not a failure at commit.
        offerings.flush();
    }

    /**
     * An offering from an HSDS import, keeping its publisher's id; takes {@code preferredId} unless a record already
     * has it (see {@code OrganizationService.registerImported}). Runs inside the import's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Offering createImported(UUID organizationId, UUID preferredId, OfferingRequest request, String source,
                                   String externalId, Instant assuredAt) {
        Offering offering = new Offering();
        offering.id = preferredId != null && offerings.findById(preferredId) == null ? preferredId : UUID.randomUUID();
        offering.organizationId = organizationId;
        offering.externalSource = source;
        offering.externalId = externalId;
        apply(offering, request);
        importedVerification(offering, assuredAt);
        offerings.persist(offering);
        audit.record("offering.imported", "offering", offering.id, null, OfferingResponse.from(offering));
        return offering;
    }

    /** Writes a publisher's newer record over an offering (linking it when it was matched by name). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Offering updateImported(UUID id, OfferingRequest request, String source, String externalId,
                                   Instant assuredAt) {
        Offering offering = get(id);
        OfferingResponse before = OfferingResponse.from(offering);
        offering.externalSource = source;
        offering.externalId = externalId;
        apply(offering, request);
        importedVerification(offering, assuredAt);
        audit.record("offering.updated", "offering", offering.id, before, OfferingResponse.from(offering));
        return offering;
    }

    /** A name as the unique index compares an organization's offering names: trimmed, in any case. */
    public static String nameKey(String name) {
        return name.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The offering a publisher's record was imported into, if any. */
    @Transactional
    public Optional<Offering> findByExternalId(String source, String externalId) {
        return offerings.find("externalSource = ?1 and externalId = ?2", source, externalId).firstResultOptional();
    }

    /** The organization's offering with this name (any case), if any. */
    @Transactional
    public Optional<Offering> findByName(UUID organizationId, String name) {
        return offerings.find("organizationId = ?1 and lower(name) = lower(?2)", organizationId, name.trim())
                .firstResultOptional();
    }

    /**
     * The rules a valid request must also pass beyond its Bean Validation annotations, for this offering of the
     * organization (null for a new one). Changes nothing; imports call it to check a record before writing it.
     */
    public void check(UUID organizationId, Offering existing, OfferingRequest request) {
        if (!Grades.ordered(request.gradeLow(), request.gradeHigh())) {
            throw ProblemException.badRequest("gradeHigh", Grades.ORDER);
        }
        taxonomy.requireAllKnown("categories", request.categories());
        if ((request.gradeLow() == Grades.ADULT || request.gradeHigh() == Grades.ADULT)
                && request.categories().stream().noneMatch(taxonomy::isHousehold)) {
            // adult education serves parents: only household-level needs ask for it
            throw ProblemException.badRequest(request.gradeLow() == Grades.ADULT ? "gradeLow" : "gradeHigh",
                    "AE (adult education) is only for offerings in a household-level category such as basic "
                            + "needs, family engagement or early learning; none of this offering's categories is one");
        }
        if (offerings.nameTaken(organizationId, request.name(), existing == null ? null : existing.id)) {
            throw ProblemException.conflict("This organization already has an offering named '"
                    + request.name().trim() + "'.");
        }
        int used = existing == null ? 0 : existing.capacityUsed;
        if (request.capacity() < used) {
            throw ProblemException.badRequest("capacity", "must be at least the " + used
                    + " already taken by accepted partnerships");
        }
        CapacityUnit unit = request.capacityUnit() == null ? CapacityUnit.students : request.capacityUnit();
        if (used > 0 && existing.capacityUnit != null && unit != existing.capacityUnit) {
            throw ProblemException.badRequest("capacityUnit", "cannot change while partnerships use the capacity");
        }
    }

    /** Capacity one partnership takes: 1 for offerings counted in schools, else its students. */
    public int unitsFor(Offering offering, int studentsToServe) {
        return offering.capacityUnit == CapacityUnit.schools ? 1 : studentsToServe;
    }

    /**
     * Takes capacity for a partnership inside the caller's transaction (see {@link OfferingRepository#takeCapacity});
     * false when not enough is left. Audited as a capacity change of the offering.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeCapacity(UUID offeringId, int units, UUID partnershipId) {
        if (!offerings.takeCapacity(offeringId, units)) {
            return false;
        }
        OfferingRepository.CapacityNow now = offerings.capacityNow(offeringId);
        audit.record("offering.capacity_taken", "offering", offeringId,
                capacity(now.capacity(), now.used() - units, partnershipId),
                capacity(now.capacity(), now.used(), partnershipId));
        return true;
    }

    /** Gives capacity back when a partnership holding it is cancelled; audited like {@link #takeCapacity}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseCapacity(UUID offeringId, int units, UUID partnershipId) {
        if (!offerings.releaseCapacity(offeringId, units)) {
            throw new IllegalStateException("Offering " + offeringId + " holds less capacity than partnership "
                    + partnershipId + " releases");
        }
        OfferingRepository.CapacityNow now = offerings.capacityNow(offeringId);
        audit.record("offering.capacity_released", "offering", offeringId,
                capacity(now.capacity(), now.used() + units, partnershipId),
                capacity(now.capacity(), now.used(), partnershipId));
    }

    private static java.util.Map<String, Object> capacity(int capacity, int used, UUID partnershipId) {
        return java.util.Map.of("capacity", capacity, "capacityUsed", used, "partnershipId", partnershipId);
    }

    private void apply(Offering offering, OfferingRequest request) {
        check(offering.organizationId, offering, request);
        CapacityUnit unit = request.capacityUnit() == null ? CapacityUnit.students : request.capacityUnit();
        offering.name = request.name().trim();
        offering.description = request.description();
        if (request.descriptionTranslations() != null) {
            offering.descriptionTranslations.clear();
            request.descriptionTranslations().forEach((language, text) -> offering.descriptionTranslations.put(language, text.strip()));
        }
        offering.categories.clear();
        offering.categories.addAll(new LinkedHashSet<>(request.categories()));
        offering.gradeLow = request.gradeLow().shortValue();
        offering.gradeHigh = request.gradeHigh().shortValue();
        offering.timings = Vocab.names(request.timings());
        offering.modality = request.modality();
        offering.languages = Vocab.distinct(request.languages());
        offering.cost = request.cost();
        offering.capacity = request.capacity();
        offering.capacityUnit = unit;
        offering.active = request.active() == null || request.active();
    }
}
