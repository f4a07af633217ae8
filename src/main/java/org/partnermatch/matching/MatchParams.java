package org.partnermatch.matching;

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
import org.partnermatch.matching.core.MatchWeights;

/**
 * Query parameters of the matching endpoints: {@code limit}, and per-request weight overrides
 * {@code weight.<factor>=<number ≥ 0>} (0 switches a factor off), one per factor of the registry
 * ({@link MatchFactor}), read by name ({@link #overrides}) and declared in the contract by
 * {@link MatchWeightParameters}. Unknown {@code weight.*} names are a 400.
 */
public class MatchParams {

    private static final String PREFIX = "weight.";
    /** The largest weight a request may give. */
    static final double MAX_WEIGHT = 1000;

    @QueryParam("limit")
    @Min(1)
    @Max(100)
    @Parameter(description = "How many results (1-100, default 20).", example = "10")
    Integer limit;

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
                    "unknown factor; known: " + MatchWeights.knownNames()));
            Double value = QueryParams.optionalDouble(name, values.get(values.size() - 1));
            if (value == null) {
                throw ProblemException.badRequest(name, "must be a number");
            }
            if (value < 0 || value > MAX_WEIGHT) {
                throw ProblemException.badRequest(name, "must be between 0 and " + (long) MAX_WEIGHT);
            }
            overrides.put(known.key(), value);
        });
        return overrides;
    }
}
