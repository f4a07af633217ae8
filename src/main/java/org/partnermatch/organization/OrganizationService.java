package org.partnermatch.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.common.ETags;
import org.partnermatch.common.Filter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.Vocab;
import org.partnermatch.organization.OrganizationDtos.OrganizationRequest;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationDtos.VettingRequest;
import org.partnermatch.taxonomy.TaxonomyService;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.VettingStatus;

/** Owns organizations: registration (always pending), profile updates, and district vetting. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final TaxonomyService taxonomy;

    public OrganizationService(OrganizationRepository organizations, TaxonomyService taxonomy) {
        this.organizations = organizations;
        this.taxonomy = taxonomy;
    }

    /** Filters of the organization list; null means "any". */
    public record OrganizationFilter(VettingStatus vettingStatus, String language, String category,
                                     Leadership leadership, String region, String nameContains) {
    }

    @Transactional
    public PageResponse<OrganizationResponse> list(OrganizationFilter filter, PageQuery page, boolean withContact) {
        Set<String> categories = filter.category() == null ? null : taxonomy.expand("category", filter.category());
        Filter where = new Filter()
                .where("vettingStatus = :vetting", "vetting", filter.vettingStatus())
                .where("array_contains(staffLanguages, :language)", "language", filter.language())
                .where("array_contains(leadership, :leadership)", "leadership",
                        filter.leadership() == null ? null : filter.leadership().name())
                .where("array_contains(serviceRegions, :region)", "region", filter.region())
                .where("exists (select 1 from Offering f join f.categories c where f.organizationId = id"
                        + " and c in :categories)", "categories", categories)
                .where("lower(name) like :name", "name", filter.nameContains() == null ? null
                        : "%" + filter.nameContains().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        var query = organizations.find(where.query() + " order by name, id", where.params());
        long total = query.count();
        return PageResponse.of(query.page(page.page(), page.size()).list(),
                org -> OrganizationResponse.from(org, withContact), page, total);
    }

    @Transactional
    public Organization get(UUID id) {
        return organizations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("organization", id));
    }

    @Transactional
    public Organization register(OrganizationRequest request) {
        Organization org = new Organization();
        org.id = UUID.randomUUID();
        org.vettingStatus = VettingStatus.pending;
        apply(org, request);
        organizations.persist(org);
        organizations.flush();
        return org;
    }

    @Transactional
    public Organization update(UUID id, OrganizationRequest request, String ifMatch) {
        Organization org = get(id);
        ETags.requireMatch(ifMatch, org.version);
        apply(org, request);
        organizations.flush();
        return org;
    }

    @Transactional
    public Organization vet(UUID id, VettingRequest request) {
        Organization org = get(id);
        org.vettingStatus = request.status();
        org.vettingNote = request.note();
        org.vettedAt = Instant.now();
        organizations.flush();
        return org;
    }

    @Transactional
    public void delete(UUID id) {
        organizations.delete(get(id));
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
