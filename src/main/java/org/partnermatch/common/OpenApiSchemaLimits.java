package org.partnermatch.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What the contract says about sizes and formats that the annotations cannot say themselves: the longest text of a
 * UUID, date or date-time (so every string a client sends has a bound), the size limit of a CSV import body
 * ({@code partnermatch.limits.import-size}), parameter defaults as their own type ({@code page} defaults to
 * {@code 0}, not {@code "0"}), and the bearer scheme's token rules (RFC 8725).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiSchemaLimits implements OASFilter {

    /** {@code partnermatch.limits.import-size} (16M): the largest CSV file an import reads. */
    static final int IMPORT_BYTES = 16 * 1024 * 1024;

    static final String BEARER = "Bearer JWT, RS256-signed: district service tokens (issuer and key set by "
            + "mp.jwt.verify.*) or the district's OpenID Connect provider's access tokens. Verified as RFC8725 (JSON "
            + "Web Token Best Current Practices) asks: the algorithm is fixed by the server, never taken from the token "
            + "(\"none\" and HMAC are refused), the signature, issuer and expiry are checked, and a token must say when "
            + "it was issued and live at most partnermatch.tokens.max-lifetime (24 hours by default).";

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getFormat() != null && schema.getMaxLength() == null && isString(schema)) {
            switch (schema.getFormat()) {
                case "uuid" -> schema.minLength(36).maxLength(36);
                case "date" -> schema.maxLength(10);
                case "date-time" -> schema.maxLength(35);
                default -> {
                }
            }
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getDefaultValue() instanceof String text && schema.getType() != null) {
            if (schema.getType().contains(Schema.SchemaType.INTEGER)) {
                schema.setDefaultValue(new BigDecimal(text).toBigIntegerExact());
            } else if (schema.getType().contains(Schema.SchemaType.BOOLEAN)) {
                schema.setDefaultValue(Boolean.valueOf(text));
            }
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                        continue;
                    }
                    for (Map.Entry<String, MediaType> media : operation.getRequestBody().getContent().getMediaTypes()
                            .entrySet()) {
                        Schema body = media.getValue().getSchema();
                        if (media.getKey().startsWith("text/") && body != null && isString(body)
                                && body.getMaxLength() == null) {
                            body.maxLength(IMPORT_BYTES);
                        }
                    }
                }
            }
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            for (SecurityScheme scheme : openAPI.getComponents().getSecuritySchemes().values()) {
                if ("JWT".equalsIgnoreCase(scheme.getBearerFormat())) {
                    scheme.setDescription(BEARER);
                }
            }
        }
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }
}
