package org.partnermatch.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, the body of every error response ({@code application/problem+json}). {@code type},
 * {@code title} and {@code status} are always there; an empty detail, instance or violation list is left out.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is a URI reference documented in the README.")
public record Problem(
        @Schema(examples = "/problems/validation") String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "name: must not be blank") @JsonInclude(JsonInclude.Include.NON_EMPTY) String detail,
        @Schema(examples = "/api/v1/schools") @JsonInclude(JsonInclude.Include.NON_EMPTY) String instance,
        @Schema(description = "For 400 validation problems: each offending field and what is wrong with it.")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a JSON property path (e.g. {@code gradeLow}, {@code languages[1]}) or a parameter name. */
    public record Violation(@Schema(examples = "gradeLow") String field,
                            @Schema(examples = "must be between -1 (PK) and 12") String message) {
    }
}
