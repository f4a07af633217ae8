package org.partnermatch.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.common.Address;
import org.partnermatch.common.ETags;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationDtos.Contact;
import org.partnermatch.organization.OrganizationDtos.OrganizationRequest;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.vocabulary.Leadership;

/**
 * Organizations from CSV rows, written through {@link OrganizationService} with the same rules as
 * {@code POST /organizations}: new ones start pending, and an update never touches vetting.
 */
@ApplicationScoped
class OrganizationRows implements RowKind<Organization, OrganizationRequest> {

    private static final Map<String, String> ALIASES = Aliases.of(Map.ofEntries(
            Map.entry("id", "id, partnermatch id, organization id"),
            Map.entry("name", "name, organization, organization name, org name, organisation, organisation name"),
            Map.entry("description", "description, about, mission, summary"),
            Map.entry("website", "website, web site, url, web, homepage"),
            Map.entry("contactName", "contact, contact name, contact person"),
            Map.entry("email", "email, e-mail, contact email, contact e-mail"),
            Map.entry("phone", "phone, telephone, phone number, contact phone"),
            Map.entry("street", "street, address, street address, address 1, address line 1"),
            Map.entry("city", "city, town"),
            Map.entry("state", "state, st, state code"),
            Map.entry("postalCode", "zip, zip code, zipcode, postal code, postcode"),
            Map.entry("latitude", "latitude, lat"),
            Map.entry("longitude", "longitude, lon, lng, long"),
            Map.entry("serviceRadiusKm", "service radius km, service radius, radius km, radius"),
            Map.entry("serviceRegions", "service regions, regions, region, regions served"),
            Map.entry("staffLanguages", "staff languages, languages, languages spoken"),
            Map.entry("communitiesServed", "communities served, communities, community"),
            Map.entry("leadership", "leadership, leadership identity, led by")));

    private final OrganizationService organizations;

    OrganizationRows(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public String kind() {
        return "organizations";
    }

    @Override
    public Map<String, String> aliases() {
        return ALIASES;
    }

    @Override
    public Optional<Organization> find(UUID id) {
        return organizations.find(id);
    }

    @Override
    public Optional<Organization> findByName(String name) {
        return organizations.findByName(name);
    }

    @Override
    public UUID id(Organization org) {
        return org.id;
    }

    @Override
    public OrganizationRequest asRequest(Organization org) {
        return OrganizationRequest.from(org);
    }

    @Override
    public OrganizationRequest read(Cells cells, OrganizationRequest base) {
        Contact oldContact = base == null ? null : base.contact();
        String contactName = cells.name("contactName", oldContact == null ? null : oldContact.name());
        String email = cells.text("email", oldContact == null ? null : oldContact.email());
        String phone = cells.text("phone", oldContact == null ? null : oldContact.phone());
        Contact contact = contactName == null && email == null && phone == null ? null
                : new Contact(contactName, email, phone);
        Address old = base == null ? null : base.address();
        String street = cells.text("street", old == null ? null : old.street());
        String city = cells.text("city", old == null ? null : old.city());
        String state = cells.text("state", old == null ? null : old.state());
        String postalCode = cells.text("postalCode", old == null ? null : old.postalCode());
        Address address = street == null && city == null && state == null && postalCode == null ? null
                : new Address(street, city, state == null ? null : state.toUpperCase(Locale.ROOT), postalCode);
        return new OrganizationRequest(
                cells.name("name", base == null ? null : base.name()),
                cells.text("description", base == null ? null : base.description()),
                cells.text("website", base == null ? null : base.website()),
                contact, address,
                cells.decimal("latitude", base == null ? null : base.latitude()),
                cells.decimal("longitude", base == null ? null : base.longitude()),
                cells.bigDecimal("serviceRadiusKm", base == null ? null : base.serviceRadiusKm()),
                cells.list("serviceRegions", base == null ? null : base.serviceRegions()),
                cells.languages("staffLanguages", base == null ? null : base.staffLanguages()),
                cells.list("communitiesServed", base == null ? null : base.communitiesServed()),
                cells.enums("leadership", base == null ? null : base.leadership(), Leadership.class));
    }

    @Override
    public String name(OrganizationRequest request) {
        return request.name();
    }

    @Override
    public void check(UUID id, OrganizationRequest request) {
        organizations.check(id, request);
    }

    @Override
    public String field(String path) {
        String plain = path.replaceAll("\\[[0-9]+]", "");
        return switch (plain) {
            case "contact.name" -> "contactName";
            case "contact", "contact.email" -> "email";
            case "contact.phone" -> "phone";
            case "address" -> "street";
            default -> plain.substring(plain.lastIndexOf('.') + 1);
        };
    }

    @Override
    public boolean same(OrganizationRequest current, OrganizationRequest row) {
        return Objects.equals(current.normalized(), organizations.asStored(row).normalized());
    }

    @Override
    public Organization create(OrganizationRequest request) {
        return organizations.register(request);
    }

    @Override
    public Organization update(Organization org, OrganizationRequest request) {
        return organizations.update(org.id, request, ETags.of(org.version));
    }
}
