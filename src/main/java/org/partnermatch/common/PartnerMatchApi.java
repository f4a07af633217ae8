package org.partnermatch.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API as a whole, for the OpenAPI contract. */
@OpenAPIDefinition(
        info = @Info(title = "PartnerMatch API", version = "1.0.0",
                description = "Matches a school district's schools with community-based organizations (CBOs): "
                        + "schools state their students' needs, CBOs register what they offer, and a matching "
                        + "service ranks partners with reasons, centering students furthest from educational justice. "
                        + "Errors are RFC 9457 problem+json. Lists are paged (page, size ≤ 100) with Link headers. "
                        + "Updates need If-Match with the ETag from a read.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        components = @Components(
                schemas = @Schema(name = "Problem", implementation = Problem.class),
                securitySchemes = @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "RS256 JWT from the district identity provider. `groups`: district, principal "
                                + "or partner; principals carry `school_id`, partners `organization_id`.")))
public class PartnerMatchApi extends Application {
}
