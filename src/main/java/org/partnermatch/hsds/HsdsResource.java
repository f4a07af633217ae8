package org.partnermatch.hsds;

import java.util.UUID;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.common.Responses;
import org.partnermatch.hsds.HsdsDtos.HsdsPage;
import org.partnermatch.hsds.HsdsDtos.Service;

@Path("/api/v1/exports/hsds")
@Tag(name = "Exports", description = "The public directory as Open Referral HSDS 3.0")
@Produces(MediaType.APPLICATION_JSON)
public class HsdsResource {

    private final HsdsService hsds;

    public HsdsResource(HsdsService hsds) {
        this.hsds = hsds;
    }

    @GET
    @Path("/organizations")
    @PermitAll
    @Operation(summary = "Approved organizations as HSDS 3.0 organizations",
            description = "Paged as HSDA pages (page from 1, per_page ≤ 100; search, modified_after) in HSDS's "
                    + "paginated shape, by name. Public data only: the same "
                    + "as the anonymous directory shows, without contact persons. Leadership identity and communities "
                    + "served are HSDS attributes with PartnerMatch taxonomy terms (see README). Anyone may call it.")
    public RestResponse<HsdsPage<HsdsDtos.Organization>> organizations(@BeanParam HsdaQuery query,
                                                                        @Context UriInfo uri) {
        return Responses.page(hsds.organizations(query, uri.getBaseUri()), uri, "page", "per_page", 1);
    }

    @GET
    @Path("/services")
    @PermitAll
    @Operation(summary = "Active offerings of approved organizations as HSDS 3.0 services",
            description = "Paged as HSDA pages (page from 1, per_page ≤ 100; search, modified_after, organization_id) "
                    + "in HSDS's paginated shape, by name. Categories, grades, timing, "
                    + "modality, cost and capacity are HSDS attributes with PartnerMatch taxonomy terms; languages, "
                    + "service areas and cost options use HSDS's own objects. Anyone may call it.")
    public RestResponse<HsdsPage<Service>> services(@BeanParam HsdaQuery query,
            @Parameter(description = "Only this organization's services.",
                    example = "0a000000-0000-4000-8000-000000000003") @QueryParam("organization_id") UUID organizationId,
            @Context UriInfo uri) {
        return Responses.page(hsds.services(query, organizationId, uri.getBaseUri()), uri,
                "page", "per_page", 1);
    }
}
