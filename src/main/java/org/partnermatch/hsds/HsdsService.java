package org.partnermatch.hsds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.partnermatch.common.DistrictTime;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.hsds.HsdsDtos.Address;
import org.partnermatch.hsds.HsdsDtos.Attribute;
import org.partnermatch.hsds.HsdsDtos.CostOption;
import org.partnermatch.hsds.HsdsDtos.HsdsPage;
import org.partnermatch.hsds.HsdsDtos.Language;
import org.partnermatch.hsds.HsdsDtos.Location;
import org.partnermatch.hsds.HsdsDtos.Service;
import org.partnermatch.hsds.HsdsDtos.ServiceArea;
import org.partnermatch.hsds.HsdsDtos.TaxonomyTerm;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.taxonomy.CategoryDtos.CategoryResponse;
import org.partnermatch.taxonomy.TaxonomyService;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Languages;

/**
 * The public directory as Open Referral HSDS 3.0: approved organizations and the active offerings of approved
 * organizations. Built from what anonymous callers may already read; contact persons are left out entirely.
 */
@ApplicationScoped
public class HsdsService {

    private final OrganizationService organizations;
    private final OfferingService offerings;
    private final TaxonomyService taxonomy;

    public HsdsService(OrganizationService organizations, OfferingService offerings, TaxonomyService taxonomy) {
        this.organizations = organizations;
        this.offerings = offerings;
        this.taxonomy = taxonomy;
    }

    @Transactional
    public HsdsPage<HsdsDtos.Organization> organizations(HsdaQuery query, URI base) {
        PageResponse<Organization> found = organizations.approved(query.zeroBased(), query.search(),
                query.modifiedAfter());
        List<HsdsDtos.Organization> contents = found.items().stream().map(org -> organization(org, base)).toList();
        return HsdsPage.of(contents, query.pageNumber(), query.perPage(), found.totalItems());
    }

    @Transactional
    public HsdsPage<Service> services(HsdaQuery query, UUID organizationId, URI base) {
        PageResponse<Offering> found = offerings.publicCatalogue(query.zeroBased(), query.search(),
                query.modifiedAfter(), organizationId);
        PageQuery page = query.zeroBased();
        Set<UUID> organizationIds = found.items().stream().map(o -> o.organizationId).collect(Collectors.toSet());
        Map<UUID, Organization> owners = organizations.byIds(organizationIds);
        Map<String, CategoryResponse> categories = categories();
        List<Service> contents = found.items().stream()
                .map(offering -> service(offering, owners.get(offering.organizationId), categories, base)).toList();
        return HsdsPage.of(contents, page.page() + 1, page.size(), found.totalItems());
    }

    private HsdsDtos.Organization organization(Organization org, URI base) {
        List<Attribute> attributes = new ArrayList<>();
        for (String leadership : list(org.leadership)) {
            attributes.add(attribute(org.id, "organization", "leadership", HsdsVocabulary.value("leadership", leadership),
                    leadership));
        }
        for (String community : list(org.communitiesServed)) {
            attributes.add(attribute(org.id, "organization", "community_served",
                    HsdsVocabulary.property("community_served"), community));
        }
        return new HsdsDtos.Organization(org.id, org.name, org.description == null ? "" : org.description,
                web(org.website), base.resolve("api/v1/organizations/" + org.id).toString(), locations(org), attributes);
    }

    /** The organization's own place, when it gives one: coordinates, and the address when complete. */
    private static List<Location> locations(Organization org) {
        boolean fullAddress = org.street != null && org.city != null && org.state != null && org.postalCode != null;
        if (org.latitude == null && !fullAddress) {
            return List.of();
        }
        UUID locationId = HsdsVocabulary.id("location", org.id.toString());
        List<Language> languages = list(org.staffLanguages).stream()
                .map(code -> new Language(HsdsVocabulary.id("location-language", org.id.toString(), code), null,
                        locationId, Languages.name(code), code))
                .toList();
        List<Address> addresses = fullAddress ? List.of(new Address(HsdsVocabulary.id("address", org.id.toString()),
                locationId, org.street, org.city, org.state, org.postalCode, "US", "physical")) : List.of();
        return List.of(new Location(locationId, "physical", org.id, org.name, org.latitude, org.longitude, languages,
                addresses));
    }

    private static Service service(Offering offering, Organization org, Map<String, CategoryResponse> categories,
                                   URI base) {
        String id = offering.id.toString();
        List<Language> languages = list(offering.languages).stream()
                .map(code -> new Language(HsdsVocabulary.id("service-language", id, code), offering.id, null,
                        Languages.name(code), code))
                .toList();
        List<ServiceArea> areas = new ArrayList<>();
        if (offering.modality.needsPresence() && org != null) {
            for (String region : list(org.serviceRegions)) {
                areas.add(new ServiceArea(HsdsVocabulary.id("service-area", id, region), offering.id, region,
                        "In person in the " + region + " region."));
            }
            if (org.serviceRadiusKm != null) {
                areas.add(new ServiceArea(HsdsVocabulary.id("service-area", id, "radius"), offering.id,
                        "Within " + org.serviceRadiusKm.stripTrailingZeros().toPlainString() + " km",
                        "In person within " + org.serviceRadiusKm.stripTrailingZeros().toPlainString() + " km of "
                                + org.latitude + ", " + org.longitude + "."));
            }
        }
        String cost = HsdsVocabulary.label(offering.cost.name());
        List<CostOption> costs = List.of(new CostOption(HsdsVocabulary.id("cost", id), offering.id,
                offering.cost.name(), cost));

        List<Attribute> attributes = new ArrayList<>();
        for (String code : offering.categories) {
            CategoryResponse category = categories.get(code);
            if (category != null) {
                attributes.add(attribute(offering.id, "service", "category", HsdsVocabulary.category(category.code(),
                        category.name(), category.description(), category.parentCode()), null));
            }
        }
        String grades = Grades.range(offering.gradeLow, offering.gradeHigh);
        attributes.add(attribute(offering.id, "service", "grades", HsdsVocabulary.property("grades"), grades));
        for (String timing : list(offering.timings)) {
            attributes.add(attribute(offering.id, "service", "timing", HsdsVocabulary.value("timing", timing), timing));
        }
        attributes.add(attribute(offering.id, "service", "modality",
                HsdsVocabulary.value("modality", offering.modality.name()), offering.modality.name()));
        attributes.add(attribute(offering.id, "service", "cost", HsdsVocabulary.value("cost", offering.cost.name()),
                offering.cost.name()));
        attributes.add(attribute(offering.id, "service", "capacity", HsdsVocabulary.property("capacity"),
                Integer.toString(offering.capacity)));
        attributes.add(attribute(offering.id, "service", "capacity_unit",
                HsdsVocabulary.value("capacity_unit", offering.capacityUnit.name()), offering.capacityUnit.name()));
        attributes.add(attribute(offering.id, "service", "capacity_remaining",
                HsdsVocabulary.property("capacity_remaining"),
                Integer.toString(Math.max(offering.capacity - offering.capacityUsed, 0))));
        return new Service(offering.id, offering.organizationId, offering.name, offering.description,
                base.resolve("api/v1/offerings/" + id).toString(), "active",
                eligibility(offering.gradeLow, offering.gradeHigh), cost,
                offering.updatedAt, java.time.LocalDate.ofInstant(offering.lastVerifiedAt,
                        DistrictTime.zone()), languages, areas, costs, attributes);
    }

    private static Attribute attribute(UUID linkId, String entity, String type, TaxonomyTerm term, String value) {
        return new Attribute(HsdsVocabulary.id("attribute", linkId.toString(), term.code(), value == null ? "" : value),
                linkId, type, entity, term.id(), value, term);
    }

    private Map<String, CategoryResponse> categories() {
        Map<String, CategoryResponse> byCode = new HashMap<>();
        for (CategoryResponse top : taxonomy.tree()) {
            byCode.put(top.code(), top);
            top.children().forEach(child -> byCode.put(child.code(), child));
        }
        return byCode;
    }

    /** An http(s) website as given; anything else is left out rather than exported as an invalid URI. */
    private static String web(String website) {
        return website != null && website.matches("^https?://\\S+$") ? website : null;
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(List.of(values)));
    }

    /** HSDS eligibility_description: "Students in grades 6-8.", "Parents and other adults (adult education)." */
    static String eligibility(int low, int high) {
        if (low == Grades.ADULT) {
            return "Parents and other adults (adult education).";
        }
        return "Students in " + Grades.phrase(low, Math.min(high, Grades.MAX))
                + (high == Grades.ADULT ? ", and parents and other adults (adult education)." : ".");
    }
}
