package org.partnermatch.matching;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.QueryParams;
import org.partnermatch.matching.core.MatchFactor;

/**
 * Query parameters of the matching endpoints: {@code limit}, and per-request weight overrides
 * {@code weight.<factor>=<number ≥ 0>} (0 switches a factor off). Unknown {@code weight.*} names are a 400.
 */
public class MatchParams {

    private static final String PREFIX = "weight.";
    private static final String WEIGHT_DOC = "Override this factor's weight for this request (a number ≥ 0; 0 ignores the factor).";

    @QueryParam("limit")
    @Min(1)
    @Max(100)
    @Parameter(description = "How many results (1-100, default 20).", example = "10")
    Integer limit;

    @QueryParam("weight.category") @Parameter(description = WEIGHT_DOC + " Default 3.", example = "3") @DecimalMin("0") @DecimalMax("1000") Double category;
    @QueryParam("weight.text") @Parameter(description = WEIGHT_DOC + " Default 2.", example = "2") @DecimalMin("0") @DecimalMax("1000") Double text;
    @QueryParam("weight.grades") @Parameter(description = WEIGHT_DOC + " Default 1.", example = "1") @DecimalMin("0") @DecimalMax("1000") Double grades;
    @QueryParam("weight.languages") @Parameter(description = WEIGHT_DOC + " Default 2.", example = "4") @DecimalMin("0") @DecimalMax("1000") Double languages;
    @QueryParam("weight.timing") @Parameter(description = WEIGHT_DOC + " Default 1.5.", example = "1.5") @DecimalMin("0") @DecimalMax("1000") Double timing;
    @QueryParam("weight.distance") @Parameter(description = WEIGHT_DOC + " Default 1.", example = "1") @DecimalMin("0") @DecimalMax("1000") Double distance;
    @QueryParam("weight.cost") @Parameter(description = WEIGHT_DOC + " Default 1.", example = "2") @DecimalMin("0") @DecimalMax("1000") Double cost;
    @QueryParam("weight.capacity") @Parameter(description = WEIGHT_DOC + " Default 1.", example = "1") @DecimalMin("0") @DecimalMax("1000") Double capacity;
    @QueryParam("weight.cultural_fit") @Parameter(description = WEIGHT_DOC + " Default 1.5.", example = "1.5") @DecimalMin("0") @DecimalMax("1000") Double culturalFit;
    @QueryParam("weight.track_record") @Parameter(description = WEIGHT_DOC + " Default 0.5.", example = "0.5") @DecimalMin("0") @DecimalMax("1000") Double trackRecord;
    @QueryParam("weight.priority") @Parameter(description = WEIGHT_DOC + " Default 1.", example = "1") @DecimalMin("0") @DecimalMax("1000") Double priority;

    public int limit(int defaultLimit) {
        int value = limit == null ? defaultLimit : limit;
        if (value < 1 || value > 100) {
            throw ProblemException.badRequest("limit", "must be between 1 and 100");
        }
        return value;
    }

    /** The weight overrides present in the request, by factor key; every weight.* parameter is checked. */
    public static Map<String, Double> overrides(UriInfo uri) {
        Map<String, Double> overrides = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.startsWith(PREFIX)) {
                return;
            }
            String factor = name.substring(PREFIX.length());
            MatchFactor known = MatchFactor.byName(factor).orElseThrow(() -> ProblemException.badRequest(name,
                    "unknown factor; known: category, text, grades, languages, timing, distance, cost, capacity, "
                            + "cultural_fit, track_record, priority"));
            Double value = QueryParams.optionalDouble(name, values.get(values.size() - 1));
            if (value == null || value < 0 || value > 1000) {
                throw ProblemException.badRequest(name, "must be a number from 0 to 1000");
            }
            overrides.put(known.key(), value);
        });
        return overrides;
    }
}
