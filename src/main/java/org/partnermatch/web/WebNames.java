package org.partnermatch.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.partnership.PartnershipDtos.PartnershipResponse;
import org.partnermatch.school.SchoolService;

/** Names for the ids a partnership carries, so pages say "Aki Kurose Middle School", not a UUID. */
@ApplicationScoped
public class WebNames {

    private final SchoolService schools;
    private final OrganizationService organizations;
    private final OfferingService offerings;

    public WebNames(SchoolService schools, OrganizationService organizations, OfferingService offerings) {
        this.schools = schools;
        this.organizations = organizations;
        this.offerings = offerings;
    }

    /** A partnership as pages list it. */
    public record PartnershipView(PartnershipResponse p, String schoolName, String organizationName,
                                  String offeringName) {
    }

    public List<PartnershipView> partnerships(List<PartnershipResponse> list) {
        Map<UUID, String> cache = new HashMap<>();
        return list.stream().map(p -> new PartnershipView(p,
                cache.computeIfAbsent(p.schoolId(), id -> schools.get(id).name),
                cache.computeIfAbsent(p.organizationId(), id -> organizations.get(id).name),
                cache.computeIfAbsent(p.offeringId(), id -> offerings.get(id).name))).toList();
    }

    public String organizationName(UUID id) {
        return organizations.get(id).name;
    }

    public PartnershipView partnership(PartnershipResponse p) {
        return partnerships(List.of(p)).get(0);
    }
}
