package org.partnermatch.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.audit.AuditService;
import org.partnermatch.common.ETags;
import org.partnermatch.common.Filter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.Vocab;
import org.partnermatch.organization.OrganizationDtos.OrganizationRequest;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationDtos.VettingRequest;
import org.partnermatch.security.Caller;
import org.partnermatch.taxonomy.TaxonomyService;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.VettingStatus;

/** Owns organizations: registration (always pending), profile updates, and district vetting. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final TaxonomyService taxonomy;
    private final Caller caller;
    private final AuditService audit;

    public OrganizationService(OrganizationRepository organizations, TaxonomyService taxonomy, Caller caller,
                               AuditService audit) {
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        this.caller = caller;
        this.audit = audit;
    }

    /** Filters of the organization list; null means "any". */
    public record OrganizationFilter(VettingStatus vettingStatus, String language, String category,
                                     Leadership leadership, String region, String nameContains) {
    }

    @Transactional
    public PageResponse<OrganizationResponse> list(OrganizationFilter filter, PageQuery page) {
        if (!caller.district() && filter.vettingStatus() != null && filter.vettingStatus() != VettingStatus.approved) {
            throw ProblemException.forbidden("Only district staff may list organizations that are not approved.");
        }
        Set<String> categories = filter.category() == null ? null : taxonomy.expand("category", filter.category());
        Filter where = new Filter()
                .where("vettingStatus = :vetting", "vetting", filter.vettingStatus())
                .where("array_contains(staffLanguages, :language)", "language", filter.language())
                .where("array_contains(leadership, :leadership)", "leadership",
                        filter.leadership() == null ? null : filter.leadership().name())
                .where("array_contains(serviceRegions, :region)", "region", filter.region())
                .where("exists (select 1 from Offering f join f.categories c where f.organizationId = o.id"
                        + " and c in :categories)", "categories", categories)
                .where("lower(name) like :name", "name", filter.nameContains() == null ? null
                        : "%" + filter.nameContains().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        if (!caller.district()) {
            where.where("(vettingStatus = :approved or id = :ownOrganization)")
                    .param("approved", VettingStatus.approved)
                    .param("ownOrganization", caller.organizationId().orElse(new UUID(0, 0)));
        }
        var query = organizations.find("from Organization o where " + where.query() + " order by o.name, o.id",
                where.params());
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(), this::view, page, total);
    }

    /** The organization as this caller may see it: contact details only for signed-in callers. */
    public OrganizationResponse view(Organization org) {
        return OrganizationResponse.from(org, !caller.anonymous());
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
        // An identity provider may assign the organization's id up front (organization_id claim); use it then.
        org.id = caller.organizationId().orElseGet(UUID::randomUUID);
        if (organizations.findById(org.id) != null) {
            throw ProblemException.conflict("Your organization is already registered; update it instead.");
        }
        org.vettingStatus = VettingStatus.pending;
        apply(org, request);
        organizations.persist(org);
        organizations.flush();
        audit.record("organization.registered", "organization", org.id, null, OrganizationResponse.from(org, true));
        return org;
    }

    @Transactional
    public Organization update(UUID id, OrganizationRequest request, String ifMatch) {
        Organization org = get(id);
        caller.requireOrganization(org.id);
        ETags.requireMatch(ifMatch, org.version);
        OrganizationResponse before = OrganizationResponse.from(org, true);
        apply(org, request);
        organizations.flush();
        audit.record("organization.updated", "organization", org.id, before, OrganizationResponse.from(org, true));
        return org;
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

    private void apply(Organization org, OrganizationRequest request) {
        if (organizations.nameTaken(request.name(), org.id)) {
            throw ProblemException.conflict("An organization named '" + request.name().trim() + "' already exists.");
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw ProblemException.badRequest(request.latitude() == null ? "latitude" : "longitude",
                    "latitude and longitude go together");
        }
        if (request.serviceRadiusKm() != null && request.latitude() == null) {
            throw ProblemException.badRequest("serviceRadiusKm", "needs latitude and longitude as its centre");
        }
        org.name = request.name().trim();
        org.description = request.description();
        org.website = request.website();
        org.contactName = request.contact() == null ? null : request.contact().name();
        org.email = request.contact() == null ? null : request.contact().email();
        org.phone = request.contact() == null ? null : request.contact().phone();
        org.street = request.address() == null ? null : request.address().street();
        org.city = request.address() == null ? null : request.address().city();
        org.state = request.address() == null ? null : request.address().state();
        org.postalCode = request.address() == null ? null : request.address().postalCode();
        org.latitude = request.latitude();
        org.longitude = request.longitude();
        org.serviceRadiusKm = request.serviceRadiusKm();
        org.serviceRegions = Vocab.distinct(request.serviceRegions());
        org.staffLanguages = Vocab.distinct(request.staffLanguages());
        org.communitiesServed = Vocab.distinct(request.communitiesServed());
        org.leadership = Vocab.names(request.leadership());
    }
}
