package org.partnermatch.matching.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One non-negative weight per soft factor. The total score is the weighted sum of the factor scores divided by the
 * sum of the weights, so only the ratios between weights matter, and a weight of 0 switches a factor off.
 *
 * <p>Defaults ({@link #defaults()}), chosen so that "is this the right kind of help" dominates and "is it easy to
 * arrange" refines:
 * <table>
 *   <caption>Default weights</caption>
 *   <tr><th>factor</th><th>weight</th><th>why</th></tr>
 *   <tr><td>category</td><td>3</td><td>an exact category is the strongest signal of the right help</td></tr>
 *   <tr><td>text</td><td>2</td><td>the need's own words: "Black male students", "algebra"</td></tr>
 *   <tr><td>grades</td><td>1</td><td>partial grade coverage still helps</td></tr>
 *   <tr><td>languages</td><td>2</td><td>families must be able to talk to the partner</td></tr>
 *   <tr><td>timing</td><td>1.5</td><td>a program at the wrong time cannot be used</td></tr>
 *   <tr><td>distance</td><td>1</td><td>travel time, only for in-person delivery</td></tr>
 *   <tr><td>cost</td><td>1</td><td>free is best where families cannot pay</td></tr>
 *   <tr><td>capacity</td><td>1</td><td>room for the students affected</td></tr>
 *   <tr><td>cultural_fit</td><td>1.5</td><td>shared languages, communities, community leadership</td></tr>
 *   <tr><td>track_record</td><td>0.5</td><td>smoothed so new partners are not punished</td></tr>
 *   <tr><td>priority</td><td>1</td><td>lifts urgent needs when results of several needs are compared</td></tr>
 *   <tr><td>responsiveness</td><td>0.5</td><td>acceptance rate and answer time, smoothed like the track record</td></tr>
 * </table>
 */
public record MatchWeights(
        double category,
        double text,
        double grades,
        double languages,
        double timing,
        double distance,
        double cost,
        double capacity,
        double culturalFit,
        double trackRecord,
        double priority,
        double responsiveness) {

    /** The default weight of {@code responsiveness}, for the constructor without it. */
    public static final double DEFAULT_RESPONSIVENESS = 0.5;

    private static final MatchWeights DEFAULTS = new MatchWeights(3, 2, 1, 2, 1.5, 1, 1, 1, 1.5, 0.5, 1,
            DEFAULT_RESPONSIVENESS);

    /** Weights with the default responsiveness weight. */
    public MatchWeights(double category, double text, double grades, double languages, double timing,
            double distance, double cost, double capacity, double culturalFit, double trackRecord, double priority) {
        this(category, text, grades, languages, timing, distance, cost, capacity, culturalFit, trackRecord, priority,
                DEFAULT_RESPONSIVENESS);
    }

    /** @throws IllegalArgumentException naming the factor when a weight is negative or not finite, or all are 0 */
    public MatchWeights {
        double sum = 0;
        double[] values = {category, text, grades, languages, timing, distance, cost, capacity, culturalFit,
            trackRecord, priority, responsiveness};
        MatchFactor[] factors = MatchFactor.values();
        for (int i = 0; i < values.length; i++) {
            requireValid(factors[i], values[i]);
            sum += values[i];
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one matching weight must be greater than 0");
        }
    }

    /** The documented default weights. */
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
        double[] w = toArray();
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            MatchFactor factor = MatchFactor.byName(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown matching weight '" + e.getKey() + "'; known factors: " + knownNames()));
            if (e.getValue() == null) {
                throw new IllegalArgumentException("matching weight '" + factor.key() + "' has no value");
            }
            requireValid(factor, e.getValue());
            w[factor.ordinal()] = e.getValue();
        }
        return fromArray(w);
    }

    /** The weight of one factor. */
    public double weight(MatchFactor factor) {
        return switch (factor) {
            case CATEGORY -> category;
            case TEXT -> text;
            case GRADES -> grades;
            case LANGUAGES -> languages;
            case TIMING -> timing;
            case DISTANCE -> distance;
            case COST -> cost;
            case CAPACITY -> capacity;
            case CULTURAL_FIT -> culturalFit;
            case TRACK_RECORD -> trackRecord;
            case PRIORITY -> priority;
            case RESPONSIVENESS -> responsiveness;
        };
    }

    /** Sum of all weights (always greater than 0). */
    public double total() {
        double sum = 0;
        for (double w : toArray()) {
            sum += w;
        }
        return sum;
    }

    /** Weights by factor key, in factor order. */
    public Map<String, Double> asMap() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MatchFactor f : MatchFactor.values()) {
            out.put(f.key(), weight(f));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Weights indexed by {@link MatchFactor#ordinal()}. */
    double[] toArray() {
        double[] w = new double[MatchFactor.values().length];
        for (MatchFactor f : MatchFactor.values()) {
            w[f.ordinal()] = weight(f);
        }
        return w;
    }

    private static MatchWeights fromArray(double[] w) {
        return new MatchWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11]);
    }

    private static void requireValid(MatchFactor factor, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "matching weight '" + factor.key() + "' must be a finite number >= 0, was " + value);
        }
    }

    private static String knownNames() {
        return Arrays.stream(MatchFactor.values()).map(MatchFactor::key).collect(Collectors.joining(", "));
    }
}
