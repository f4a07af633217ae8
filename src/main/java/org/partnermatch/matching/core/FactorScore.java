package org.partnermatch.matching.core;

import java.util.Objects;

/**
 * One soft factor of a match.
 *
 * @param factor      which factor
 * @param score       0..1
 * @param weight      the factor's weight (≥ 0) in the scorer that produced it
 * @param explanation why: its message key and arguments, and its English sentence ({@link #reason()})
 */
public record FactorScore(MatchFactor factor, double score, double weight, Reason explanation) {

    public FactorScore {
        Objects.requireNonNull(factor, "factor");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException(factor.key() + " score must lie in [0, 1], was " + score);
        }
        if (!(weight >= 0)) {
            throw new IllegalArgumentException(factor.key() + " weight must be >= 0, was " + weight);
        }
        explanation = explanation == null ? Reason.sentence("") : explanation;
    }

    /** A factor explained by a sentence alone (key {@code sentence}). */
    public FactorScore(MatchFactor factor, double score, double weight, String reason) {
        this(factor, score, weight, Reason.sentence(reason));
    }

    /** The short, concrete English sentence ("Staff speak Somali (1 of 1 requested)"). */
    public String reason() {
        return explanation.text();
    }

    /** The factor's name as used in configuration and on the wire ("cultural_fit"). */
    public String name() {
        return factor.key();
    }

    /** score × weight: this factor's share of the total before normalisation. */
    public double weighted() {
        return score * weight;
    }
}
