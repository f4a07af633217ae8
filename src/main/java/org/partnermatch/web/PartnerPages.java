package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnermatch.common.Address;
import org.partnermatch.common.DistrictConventions;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.QueryParams;
import org.partnermatch.matching.MatchDtos.OpportunitiesResponse;
import org.partnermatch.matching.MatchingService;
import org.partnermatch.offering.Offering;
import org.partnermatch.offering.OfferingDtos.OfferingRequest;
import org.partnermatch.offering.OfferingDtos.OfferingResponse;
import org.partnermatch.offering.OfferingService;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.organization.Organization;
import org.partnermatch.organization.OrganizationDtos.Contact;
import org.partnermatch.organization.OrganizationDtos.OrganizationRequest;
import org.partnermatch.organization.OrganizationDtos.OrganizationResponse;
import org.partnermatch.organization.OrganizationService;
import org.partnermatch.partnership.PartnershipService;
import org.partnermatch.partnership.PartnershipService.PartnershipFilter;
import org.partnermatch.security.Roles;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.PartnershipState;
import org.partnermatch.vocabulary.Timing;

/** The partner's view: register or edit the organization and its offerings, opportunities, and requests to answer. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PartnerPages {

    private final Pages pages;
    private final WebSession session;
    private final Validator validator;
    private final OrganizationService organizations;
    private final OfferingService offerings;
    private final MatchingService matching;
    private final PartnershipService partnerships;
    private final WebNames names;
    private final Maps maps;

    @CheckedTemplate(basePath = "web", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        /**
         * The organization's own page.
         *
         * @param waiting            requests waiting for an answer
         * @param others             every other partnership
         * @param opportunities      schools whose open needs fit the offerings; null when they could not be found
         * @param opportunityProblem why there are no opportunities to show; or null
         */
        static native TemplateInstance partner(OrganizationResponse org, List<OfferingResponse> offerings,
                                               List<WebNames.PartnershipView> waiting,
                                               List<WebNames.PartnershipView> others,
                                               OpportunitiesResponse opportunities, String opportunityProblem);

        /** @param org the organization being edited; null on the registration form */
        static native TemplateInstance organizationForm(OrganizationResponse org, FormView form, Maps.Picker picker,
                                                        List<DescriptionTranslations.Area> translations);

        /** @param offering the offering being edited; null on the form that adds one */
        static native TemplateInstance offeringForm(OrganizationResponse org, OfferingResponse offering, FormView form,
                                                    List<DescriptionTranslations.Area> translations);
    }

    public PartnerPages(Pages pages, WebSession session, Validator validator, OrganizationService organizations,
                        OfferingService offerings, MatchingService matching, PartnershipService partnerships,
                        WebNames names, Maps maps) {
        this.pages = pages;
        this.session = session;
        this.validator = validator;
        this.organizations = organizations;
        this.offerings = offerings;
        this.matching = matching;
        this.partnerships = partnerships;
        this.names = names;
        this.maps = maps;
    }

    /**
     * The partner's start: their organization; with several, the account page to choose; with none (or asking for
     * {@code ?new}), the registration form — open to anyone signed in, who becomes the new organization's owner.
     */
    @GET
    @Path("partner")
    @RolesAllowed({Roles.PARTNER, Roles.USER})
    public Response partner(@jakarta.ws.rs.QueryParam("new") String registerAnother) {
        if (registerAnother == null) {
            Optional<UUID> own = session.caller().organizationId();
            if (own.isPresent() && exists(own.get())) {
                return Pages.seeOther("/organizations/" + own.get() + "/manage");
            }
            if (session.caller().organizationIds().size() > 1) {
                return Pages.seeOther("/account");
            }
        }
        return Response.ok(organizationPage(null, FormView.empty()).render()).build();
    }

    @POST
    @Path("organizations/register")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT, Roles.USER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        return form.writeOrRedisplay(validator, organizationRequest(form),
                valid -> Pages.seeOther("/organizations/" + organizations.register(valid).id + "/manage?registered"),
                view -> organizationPage(null, view));
    }

    @GET
    @Path("organizations/{id}/manage")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    public TemplateInstance manage(@PathParam("id") String id) {
        Organization org = organizations.get(QueryParams.id("id", id));
        session.caller().requireOrganization(org.id);
        OpportunitiesResponse opportunities = null;
        String opportunityProblem = null;
        try {
            opportunities = matching.forOrganization(org.id, Map.of(), SchoolPages.MATCHES_SHOWN);
        } catch (ProblemException e) {
            opportunityProblem = e.getMessage();
        }
        var all = partnerships.list(new PartnershipFilter(null, null, org.id, null), new PageQuery(0, 50)).items();
        return pages.page(Templates.partner(organizations.view(org),
                offerings.list(OfferingFilter.of(org.id, null), new PageQuery(0, 100)).items(),
                names.partnerships(all.stream().filter(p -> p.state() == PartnershipState.requested).toList()),
                names.partnerships(all.stream().filter(p -> p.state() != PartnershipState.requested).toList()),
                opportunities, opportunityProblem), org.name);
    }

    @GET
    @Path("organizations/{id}/edit")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    public TemplateInstance editOrganization(@PathParam("id") String id) {
        Organization org = organizations.get(QueryParams.id("id", id));
        session.caller().requireOrganization(org.id);
        OrganizationResponse o = organizations.view(org);
        FormView form = FormView.empty().set("name", o.name()).set("description", o.description())
                .set("website", o.website()).set("latitude", o.latitude()).set("longitude", o.longitude())
                .set("serviceRadius", DistrictConventions.distanceUnit().fromKm(o.serviceRadiusKm())).set("serviceRegions", o.serviceRegions())
                .set("staffLanguages", WebForm.languageNames(o.staffLanguages())).set("communitiesServed", o.communitiesServed())
                .set("leadership", o.leadership()).set("version", o.version());
        DescriptionTranslations.fill(form, o.descriptionTranslations());
        if (o.contact() != null) {
            form.set("contact.name", o.contact().name()).set("contact.email", o.contact().email())
                    .set("contact.phone", o.contact().phone());
        }
        if (o.address() != null) {
            form.set("address.street", o.address().street()).set("address.city", o.address().city())
                    .set("address.state", o.address().state()).set("address.postalCode", o.address().postalCode());
        }
        return organizationPage(o, form);
    }

    @POST
    @Path("organizations/{id}/edit")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateOrganization(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID orgId = QueryParams.id("id", id);
        return form.writeOrRedisplay(validator, organizationRequest(form), valid -> {
            organizations.update(orgId, valid, form.ifMatch());
            return Pages.seeOther("/organizations/" + orgId + "/manage?saved");
        }, view -> {
            Organization org = organizations.get(orgId);
            session.caller().requireOrganization(org.id);
            return organizationPage(organizations.view(org), view);
        });
    }

    @GET
    @Path("organizations/{id}/offerings/new")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    public TemplateInstance newOffering(@PathParam("id") String id) {
        Organization org = organizations.get(QueryParams.id("id", id));
        session.caller().requireOrganization(org.id);
        return offeringPage(org, null, FormView.empty().set("active", "true").set("modality", Modality.in_person)
                .set("cost", Cost.free));
    }

    @POST
    @Path("organizations/{id}/offerings/new")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOffering(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        Organization org = organizations.get(QueryParams.id("id", id));
        return form.writeOrRedisplay(validator, offeringRequest(form), valid -> {
            offerings.create(org.id, valid);
            return Pages.seeOther("/organizations/" + org.id + "/manage?offering-added");
        }, view -> {
            session.caller().requireOrganization(org.id);
            return offeringPage(org, null, view);
        });
    }

    @GET
    @Path("offerings/{id}/edit")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    public TemplateInstance editOffering(@PathParam("id") String id) {
        Offering offering = offerings.get(QueryParams.id("id", id));
        session.caller().requireOrganization(offering.organizationId);
        OfferingResponse o = OfferingResponse.from(offering);
        FormView form = FormView.empty().set("name", o.name()).set("description", o.description())
                .set("categories", o.categories()).set("gradeLow", o.gradeLow()).set("gradeHigh", o.gradeHigh())
                .set("timings", o.timings()).set("modality", o.modality()).set("languages", WebForm.languageNames(o.languages()))
                .set("cost", o.cost()).set("capacity", o.capacity()).set("capacityUnit", o.capacityUnit())
                .set("version", o.version());
        DescriptionTranslations.fill(form, o.descriptionTranslations());
        if (o.active()) {
            form.set("active", "true");
        }
        return offeringPage(organizations.get(offering.organizationId), o, form);
    }

    @POST
    @Path("offerings/{id}/edit")
    @RolesAllowed({Roles.PARTNER, Roles.DISTRICT})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateOffering(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID offeringId = QueryParams.id("id", id);
        return form.writeOrRedisplay(validator, offeringRequest(form), valid -> {
            Offering saved = offerings.update(offeringId, valid, form.ifMatch());
            return Pages.seeOther("/organizations/" + saved.organizationId + "/manage?offering-saved");
        }, view -> {
            Offering offering = offerings.get(offeringId);
            session.caller().requireOrganization(offering.organizationId);
            return offeringPage(organizations.get(offering.organizationId), OfferingResponse.from(offering), view);
        });
    }

    private boolean exists(UUID id) {
        try {
            organizations.get(id);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private TemplateInstance organizationPage(OrganizationResponse existing, FormView form) {
        return pages.page(Templates.organizationForm(existing, form, maps.picker(),
                        DescriptionTranslations.areas(existing == null ? null : existing.descriptionTranslations(), form)),
                existing == null ? pages.msg().partner_register_title() : pages.msg().partner_edit_title(existing.name()));
    }

    private TemplateInstance offeringPage(Organization org, OfferingResponse existing, FormView form) {
        return pages.page(Templates.offeringForm(organizations.view(org), existing, form,
                        DescriptionTranslations.areas(existing == null ? null : existing.descriptionTranslations(), form)),
                existing == null ? pages.msg().partner_add_offering_title()
                        : pages.msg().partner_edit_title(existing.name()));
    }

    private static OrganizationRequest organizationRequest(WebForm form) {
        Contact contact = form.text("contact.name") == null && form.text("contact.email") == null
                && form.text("contact.phone") == null ? null
                : new Contact(form.text("contact.name"), form.text("contact.email"), form.text("contact.phone"));
        Address address = form.text("address.street") == null && form.text("address.city") == null
                && form.text("address.state") == null && form.text("address.postalCode") == null ? null
                : new Address(form.text("address.street"), form.text("address.city"), form.usState("address.state"),
                form.text("address.postalCode"));
        return new OrganizationRequest(form.text("name"), form.text("description"), form.website("website"), contact,
                address, form.decimal("latitude"), form.decimal("longitude"), form.distanceKm("serviceRadius", "serviceRadiusKm"),
                form.all("serviceRegions"), form.languages("staffLanguages"), form.commaList("communitiesServed"),
                form.choices("leadership", Leadership.class), form.translations(DescriptionTranslations.FIELD));
    }

    private static OfferingRequest offeringRequest(WebForm form) {
        return new OfferingRequest(form.text("name"), form.text("description"), form.all("categories"),
                form.integer("gradeLow"), form.integer("gradeHigh"), form.choices("timings", Timing.class),
                form.choice("modality", Modality.class), form.languages("languages"), form.choice("cost", Cost.class),
                form.integer("capacity"), form.choice("capacityUnit", CapacityUnit.class), form.checked("active"),
                form.translations(DescriptionTranslations.FIELD));
    }
}
