package org.partnermatch.matching.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How well one offering fits one need.
 *
 * @param needId         the need
 * @param schoolId       the need's school
 * @param offeringId     the offering
 * @param organizationId the offering's organization
 * @param total          weighted score, 0..1
 * @param factors        every factor, in {@link MatchFactor} order
 * @param reasons        the factors' sentences, biggest contribution first (factors weighted 0 left out)
 */
public record MatchResult(
        UUID needId,
        UUID schoolId,
        UUID offeringId,
        UUID organizationId,
        double total,
        List<FactorScore> factors,
        List<String> reasons) {

    public MatchResult {
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(organizationId, "organizationId");
        if (!(total >= 0 && total <= 1)) {
            throw new IllegalArgumentException("total must lie in [0, 1], was " + total);
        }
        factors = List.copyOf(factors);
        reasons = List.copyOf(reasons);
    }

    /** The total on a 0–100 scale, rounded to one decimal. */
    public double percent() {
        return Math.round(total * 1000.0) / 10.0;
    }

    /** One factor's score, if present. */
    public Optional<FactorScore> factor(MatchFactor factor) {
        for (FactorScore f : factors) {
            if (f.factor() == factor) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
