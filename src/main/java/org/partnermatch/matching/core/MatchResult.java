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
 * @param explanations   the same reasons with their message keys and arguments, in the same order
 */
public record MatchResult(
        UUID needId,
        UUID schoolId,
        UUID offeringId,
        UUID organizationId,
        double total,
        List<FactorScore> factors,
        List<String> reasons,
        List<Reason> explanations) {

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
        explanations = List.copyOf(explanations);
        if (explanations.size() != reasons.size()) {
            throw new IllegalArgumentException("one explanation per reason");
        }
    }

    /** A match whose reasons are sentences alone (key {@code sentence}). */
    public MatchResult(UUID needId, UUID schoolId, UUID offeringId, UUID organizationId, double total,
                       List<FactorScore> factors, List<String> reasons) {
        this(needId, schoolId, offeringId, organizationId, total, factors, reasons,
                reasons.stream().map(Reason::sentence).toList());
    }

    /** A match from its explained reasons: the sentences are their English. */
    static MatchResult explained(UUID needId, UUID schoolId, UUID offeringId, UUID organizationId, double total,
                                 List<FactorScore> factors, List<Reason> explanations) {
        List<String> sentences = new java.util.ArrayList<>(explanations.size());
        for (Reason r : explanations) {
            sentences.add(r.text());
        }
        return new MatchResult(needId, schoolId, offeringId, organizationId, total, factors, sentences, explanations);
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
