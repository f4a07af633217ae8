package org.partnermatch.matching.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One non-negative weight per soft factor ({@link MatchFactor}). The total score is the weighted sum of the factor
 * scores divided by the sum of the weights, so only the ratios between weights matter, and a weight of 0 switches a
 * factor off. The defaults are the registry's ({@link MatchFactor#defaultWeight()}). Immutable.
 */
public final class MatchWeights {

    private static final MatchWeights DEFAULTS = new MatchWeights(
            Arrays.stream(MatchFactor.values()).mapToDouble(MatchFactor::defaultWeight).toArray());

    /** Indexed by {@link MatchFactor#ordinal()}. */
    private final double[] byFactor;

    /** @throws IllegalArgumentException naming the factor when a weight is negative or not finite, or all are 0 */
    private MatchWeights(double[] byFactor) {
        double sum = 0;
        for (MatchFactor f : MatchFactor.values()) {
            requireValid(f, byFactor[f.ordinal()]);
            sum += byFactor[f.ordinal()];
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one matching weight must be greater than 0");
        }
        this.byFactor = byFactor;
    }

    /**
     * Weights given in {@link MatchFactor} order, one per factor.
     *
     * @throws IllegalArgumentException for the wrong count, or naming the factor whose weight is negative or not
     *     finite, or when all are 0
     */
    public static MatchWeights of(double... inFactorOrder) {
        if (inFactorOrder.length != MatchFactor.values().length) {
            throw new IllegalArgumentException("expected " + MatchFactor.values().length + " matching weights (" + knownNames()
                    + "), got " + inFactorOrder.length);
        }
        return new MatchWeights(inFactorOrder.clone());
    }

    /** The registry's default weights. */
    public static MatchWeights defaults() {
        return DEFAULTS;
    }

    /** The default weights with some overridden by factor name; see {@link #withOverrides}. */
    public static MatchWeights defaultsWith(Map<String, Double> overrides) {
        return DEFAULTS.withOverrides(overrides);
    }

    /**
     * These weights with some replaced, by factor name ({@link MatchFactor#key()}; kebab or camel case accepted).
     *
     * @throws IllegalArgumentException naming the factor for an unknown name or a negative, missing or non-finite
     *     value
     */
    public MatchWeights withOverrides(Map<String, Double> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return this;
        }
        double[] w = byFactor.clone();
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            MatchFactor factor = MatchFactor.byName(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown matching weight '" + e.getKey() + "'; known factors: " + knownNames()));
            if (e.getValue() == null) {
                throw new IllegalArgumentException("matching weight '" + factor.key() + "' has no value");
            }
            requireValid(factor, e.getValue());
            w[factor.ordinal()] = e.getValue();
        }
        return new MatchWeights(w);
    }

    /** The weight of one factor. */
    public double weight(MatchFactor factor) {
        return byFactor[factor.ordinal()];
    }

    /** Sum of all weights (always greater than 0). */
    public double total() {
        double sum = 0;
        for (double w : byFactor) {
            sum += w;
        }
        return sum;
    }

    /** Weights by factor key, in factor order. */
    public Map<String, Double> asMap() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MatchFactor f : MatchFactor.values()) {
            out.put(f.key(), byFactor[f.ordinal()]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Weights indexed by {@link MatchFactor#ordinal()} (a copy). */
    double[] toArray() {
        return byFactor.clone();
    }

    /** The factors' names, comma-separated, in registry order. */
    public static String knownNames() {
        return Arrays.stream(MatchFactor.values()).map(MatchFactor::key).collect(Collectors.joining(", "));
    }

    private static void requireValid(MatchFactor factor, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "matching weight '" + factor.key() + "' must be a finite number >= 0, was " + value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchWeights other && Arrays.equals(byFactor, other.byFactor);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(byFactor);
    }

    @Override
    public String toString() {
        return "MatchWeights" + asMap();
    }
}
