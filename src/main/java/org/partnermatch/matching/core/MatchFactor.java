package org.partnermatch.matching.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The soft factors of a match, each scored 0..1. {@link #key()} is the name used in configuration, in
 * {@link MatchWeights#withOverrides} and on the wire.
 */
public enum MatchFactor {
    /** Exact category 1.0, parent or child 0.5. */
    CATEGORY("category"),
    /** Share of the need's key words found in the offering and organization texts. */
    TEXT("text"),
    /** Share of the need's grades the offering covers. */
    GRADES("grades"),
    /** Share of the requested languages the offering or its staff speak. */
    LANGUAGES("languages"),
    /** Share of the requested times the offering runs at. */
    TIMING("timing"),
    /** Nearness of the organization to the school; virtual offerings need no travel. */
    DISTANCE("distance"),
    /** Free, sliding scale or fee, tempered at schools where cost is less of a barrier. */
    COST("cost"),
    /** Whether the offering has room for the students affected. */
    CAPACITY("capacity"),
    /** Shared home languages and communities, and self-declared community leadership. */
    CULTURAL_FIT("cultural_fit"),
    /** Smoothed average of past partnership ratings. */
    TRACK_RECORD("track_record"),
    /** How pressing the school says the need is. */
    PRIORITY("priority"),
    /** Smoothed share of requests the organization accepted, and how quickly it usually answers. */
    RESPONSIVENESS("responsiveness");

    private final String key;

    MatchFactor(String key) {
        this.key = key;
    }

    /** The configuration and wire name: lower snake case, e.g. "cultural_fit". */
    public String key() {
        return key;
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
