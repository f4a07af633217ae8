package org.partnermatch.matching;

import java.util.UUID;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnermatch.matching.MatchDtos.NeedMatchesResponse;
import org.partnermatch.matching.MatchDtos.OpportunitiesResponse;
import org.partnermatch.matching.MatchDtos.SchoolMatchesResponse;
import org.partnermatch.security.Roles;

@Path("/api/v1")
@Tag(name = "Matching", description = "Ranked partners for schools' needs, and opportunities for partners, with reasons")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final MatchingService matching;
    private final MatchingConfig config;

    public MatchResource(MatchingService matching, MatchingConfig config) {
        this.matching = matching;
        this.config = config;
    }

    @GET
    @Path("/needs/{id}/matches")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(summary = "Rank offerings for one open need",
            description = "Organizations ranked by their best fitting offering, which comes first with its score, factor "
                    + "scores and reasons; the organization's other fitting offerings follow under it. Only approved "
                    + "organizations' active offerings with capacity left, in a matching category (or its parent/child), "
                    + "for overlapping grades, and inside the service area unless virtual. District staff or the "
                    + "school's principal.")
    public NeedMatchesResponse forNeed(@PathParam("id") UUID id, @BeanParam MatchParams params, @Context UriInfo uri) {
        return matching.forNeed(id, MatchParams.overrides(uri), params.limit(config.defaultLimit()));
    }

    @GET
    @Path("/schools/{id}/matches")
    @RolesAllowed({Roles.DISTRICT, Roles.PRINCIPAL})
    @Operation(summary = "Rank organizations for all of a school's open needs",
            description = "An organization's score is the priority-weighted share of the school's open needs it covers "
                    + "well, so a partner covering several high-priority needs ranks above one covering a single "
                    + "low-priority need. Each result lists the needs it covers and the offering it would use for each. "
                    + "District staff or the school's principal.")
    @APIResponse(responseCode = "200", description = "The school's ranked partners.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolMatchesResponse.class)))
    public Response forSchool(@PathParam("id") UUID id, @BeanParam MatchParams params, @Context UriInfo uri,
                              @Context HttpHeaders headers) {
        // the JSON is written, compressed and remembered by the service: repeated requests send the same bytes
        MatchingService.SchoolMatchesJson json = matching.forSchoolJson(id,
                MatchParams.overrides(uri), params.limit(config.defaultLimit()));
        boolean gzip = acceptsGzip(headers.getRequestHeaders().get(HttpHeaders.ACCEPT_ENCODING));
        // the JSON itself goes out as a Vert.x buffer over the remembered bytes: written to the socket without a copy
        Response.ResponseBuilder response = Response.ok(gzip ? json.gzip()
                        : Buffer.buffer(Unpooled.wrappedBuffer(json.plain())),
                MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return gzip ? response.encoding("gzip").build() : response.build();
    }

    /** Whether an Accept-Encoding header lists gzip (or *) without refusing it (q=0). */
    static boolean acceptsGzip(java.util.List<String> acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String header : acceptEncoding) {
            for (String coding : header.split(",")) {
                String[] parts = coding.trim().split(";");
                String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
                if (!name.equals("gzip") && !name.equals("*")) {
                    continue;
                }
                boolean refused = false;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].trim().replace(" ", "");
                    refused |= parameter.matches("q=0(\\.0{0,3})?");
                }
                if (!refused) {
                    return true;
                }
            }
        }
        return false;
    }

    @GET
    @Path("/organizations/{id}/opportunities")
    @RolesAllowed({Roles.DISTRICT, Roles.PARTNER})
    @Operation(summary = "Schools whose open needs the organization's offerings fit, equity first",
            description = "Ranked by fit × (0.6 + 0.4 × need index / 100): among comparable fits, higher-need schools "
                    + "(Title I, free/reduced lunch, English learners) come first. District staff or the organization's "
                    + "partner staff.")
    public OpportunitiesResponse forOrganization(@PathParam("id") UUID id, @BeanParam MatchParams params,
                                                 @Context UriInfo uri) {
        return matching.forOrganization(id, MatchParams.overrides(uri),
                params.limit(config.defaultLimit()));
    }
}
