package org.partnermatch.matching.core;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.partnermatch.vocabulary.DistanceUnit;

/**
 * The soft factors of a match, each scored 0..1: the one registry of what a factor is called ({@link #key()}, used in
 * configuration, in {@link MatchWeights#withOverrides}, in request parameters and on the wire), how much it counts by
 * default ({@link #defaultWeight()}), how it is scored ({@link #score}) and how it is explained ({@link #explain}).
 * Weights, request parameters, the contract and explanations all read this list; adding a factor is adding a constant
 * here (and its term in {@link MatchScorer}'s scan, which {@code MatchScorerPropertiesTest} holds to these formulas).
 *
 * <p>The default weights are chosen so that "is this the right kind of help" dominates and "is it easy to arrange"
 * refines; only their ratios matter, and 0 switches a factor off.
 */
public enum MatchFactor {

    /** Exact category 1.0, parent or child 0.5, sibling 0.25 ({@link CategoryScores}). */
    CATEGORY("category", 3, "an exact category is the strongest signal of the right help",
            p -> p.categoryScores().score(p.relation()),
            p -> Reasons.category(p.need(), p.candidate())),
    /** Share of the need's key words found in the offering and organization texts. */
    TEXT("text", 2, "the need's own words: \"Black male students\", \"algebra\"",
            p -> FactorFormulas.text(p.need(), p.candidate()),
            p -> Reasons.text(p.need(), p.candidate())),
    /** Share of the need's grades the offering covers. */
    GRADES("grades", 1, "partial grade coverage still helps",
            p -> FactorFormulas.grades(p.need(), p.candidate()),
            p -> Reasons.grades(p.need(), p.candidate())),
    /** Share of the requested languages the offering or its staff speak. */
    LANGUAGES("languages", 2, "families must be able to talk to the partner",
            p -> FactorFormulas.languages(p.need(), p.candidate()),
            p -> Reasons.languages(p.need(), p.candidate())),
    /** Share of the requested times the offering runs at. */
    TIMING("timing", 1.5, "a program at the wrong time cannot be used",
            p -> FactorFormulas.timing(p.need(), p.candidate()),
            p -> Reasons.timing(p.need(), p.candidate())),
    /** Nearness of the organization to the school; virtual offerings need no travel. */
    DISTANCE("distance", 1, "travel time, only for in-person delivery",
            p -> FactorFormulas.distance(p.candidate().modality(), p.km(), p.candidate().radiusKm()),
            p -> Reasons.distance(p.need(), p.candidate(), p.km(), p.distanceUnit())),
    /** Free, sliding scale or fee, tempered at schools where cost is less of a barrier. */
    COST("cost", 1, "free is best where families cannot pay",
            p -> FactorFormulas.cost(p.candidate().cost(), p.need().costMattersLess()),
            p -> Reasons.cost(p.need(), p.candidate())),
    /** Whether the offering has room for the students affected. */
    CAPACITY("capacity", 1, "room for the students affected",
            p -> FactorFormulas.capacity(p.candidate().capacityUnit(), p.candidate().capacityRemaining(),
                    p.need().need().studentsAffected()),
            p -> Reasons.capacity(p.need(), p.candidate())),
    /** Shared home languages and communities, and self-declared community leadership. */
    CULTURAL_FIT("cultural_fit", 1.5, "shared languages, communities, community leadership",
            p -> FactorFormulas.culturalFit(p.need(), p.candidate()),
            p -> Reasons.culturalFit(p.need(), p.candidate())),
    /** Smoothed average of past partnership ratings. */
    TRACK_RECORD("track_record", 0.5, "smoothed so new partners are not punished",
            p -> p.candidate().trackRecordScore(),
            p -> Reasons.trackRecord(p.candidate())),
    /** How pressing the school says the need is. */
    PRIORITY("priority", 1, "lifts urgent needs when results of several needs are compared",
            p -> p.need().need().priority().weight(),
            p -> Reasons.priority(p.need().need().priority())),
    /** Smoothed share of requests the organization accepted, and how quickly it usually answers. */
    RESPONSIVENESS("responsiveness", 0.5, "acceptance rate and answer time, smoothed like the track record",
            p -> p.candidate().responsivenessScore(),
            p -> Reasons.responsiveness(p.candidate().organization().responsiveness()));

    private final String key;
    private final double defaultWeight;
    private final String why;
    private final ToDoubleFunction<Pair> formula;
    private final Function<Pair, Reason> reason;

    MatchFactor(String key, double defaultWeight, String why, ToDoubleFunction<Pair> formula,
            Function<Pair, Reason> reason) {
        this.key = key;
        this.defaultWeight = defaultWeight;
        this.why = why;
        this.formula = formula;
        this.reason = reason;
    }

    /** The configuration and wire name: lower snake case, e.g. "cultural_fit". */
    public String key() {
        return key;
    }

    /** The weight this factor has unless the district's configuration or a request says otherwise. */
    public double defaultWeight() {
        return defaultWeight;
    }

    /** Why the factor counts as much as it does by default, in a few words (for documentation and the contract). */
    public String why() {
        return why;
    }

    /** The factor's score for a pair, 0..1. */
    double score(Pair p) {
        return formula.applyAsDouble(p);
    }

    /** The factor's reason for a pair: its key, arguments and sentence. */
    Reason explain(Pair p) {
        return reason.apply(p);
    }

    /**
     * What the factors read: a need and an eligible candidate, with what the hard constraints already worked out (the
     * best category relation; the distance in km, NaN when not needed or unknown) and the scorer's settings.
     */
    record Pair(PreparedNeed need, MatchCandidate candidate, CategoryRelation relation, double km,
            CategoryScores categoryScores, DistanceUnit distanceUnit) {
    }

    /**
     * The factor with this name. Snake, kebab and camel case are all accepted, case-insensitively ("cultural_fit",
     * "cultural-fit", "culturalFit"), since configuration sources spell keys differently.
     */
    public static Optional<MatchFactor> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = squash(name);
        for (MatchFactor f : values()) {
            if (squash(f.key).equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '_' && c != '-' && !Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
