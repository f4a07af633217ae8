package org.partnermatch.audit;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.partnermatch.audit.AuditDtos.AuditEventResponse;
import org.partnermatch.audit.AuditService.AuditFilter;
import org.partnermatch.common.PageQuery;
import org.partnermatch.common.PageResponse;
import org.partnermatch.common.QueryParams;
import org.partnermatch.common.Responses;
import org.partnermatch.security.Roles;

@Path("/api/v1")
@Tag(name = "Audit", description = "Who changed what and when (district staff)")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Path("/audit")
    @RolesAllowed(Roles.DISTRICT)
    @Operation(summary = "Read the audit trail (district)", description = "Newest first; filter by entity, actor or action.")
    public RestResponse<PageResponse<AuditEventResponse>> list(
            @Parameter(description = "school, need, organization, offering, partnership ...", example = "need") @QueryParam("entityType") @Size(max = 40) String entityType,
            @Parameter(description = "Id of the changed record.") @QueryParam("entityId") @Size(max = 64) String entityId,
            @Parameter(description = "Token subject of the caller.", example = "principal-demo") @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "e.g. need.updated, organization.vetted.", example = "organization.vetted") @QueryParam("action") @Size(max = 40) String action,
            @BeanParam PageQuery page, @Context UriInfo uri) {
        return Responses.page(audit.list(new AuditFilter(QueryParams.text(entityType), QueryParams.text(entityId),
                QueryParams.text(actor), QueryParams.text(action)), page), uri);
    }
}
