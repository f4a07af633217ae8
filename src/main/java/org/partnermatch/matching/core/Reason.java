package org.partnermatch.matching.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Why a factor scored as it did, in two forms built together: a stable message {@link #key} with its {@link #args}
 * (codes and numbers, for pages that write the reason in the reader's language), and the English {@link #text} the
 * API has always returned ("Related category: Reading and literacy (you asked for Math tutoring)").
 *
 * <p>Arguments are JSON-shaped: strings, whole numbers, decimals, booleans and lists of strings. Category arguments
 * are taxonomy codes, languages ISO 639 codes, timings and leadership {@code Timing}/{@code Leadership} names,
 * distances kilometres, grades the numbers of {@code Grades}, dates ISO days in the district's time zone; free text
 * (key words, a region, communities an organization names) is passed as written. {@link #KEYS} lists every key.
 *
 * @param key  stable message key, {@code factor.case} ("category.sibling")
 * @param args named arguments in a stable order
 * @param text the English sentence
 */
public record Reason(String key, Map<String, Object> args, String text) {

    /** Every key a reason may carry; pages hold a message for each (see docs/matching.md). */
    public static final Set<String> KEYS = Set.of(
            "category.exact", "category.sibling", "category.broader", "category.narrower", "category.none",
            "text.no_terms", "text.none", "text.mentions",
            "grades.none", "grades.all", "grades.some",
            "languages.none_requested", "languages.none", "languages.spoken",
            "timing.any", "timing.not_listed", "timing.none", "timing.runs",
            "distance.virtual", "distance.region", "distance.inside_area", "distance.away_in_region",
            "cost.free", "cost.sliding_scale", "cost.fee",
            "capacity.schools", "capacity.students",
            "cultural_fit.no_home_languages", "cultural_fit.led", "cultural_fit.none_shared", "cultural_fit.shared",
            "track_record.none", "track_record.rated",
            "priority.urgent", "priority.high", "priority.medium", "priority.low",
            "responsiveness.none", "responsiveness.none_answered", "responsiveness.usual",
            "overdue.ranked_lower", "overdue.ask",
            "sentence");

    public Reason {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Map<String, Object> copy = new LinkedHashMap<>();
        args.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "argument name"), checked(name, value)));
        args = Collections.unmodifiableMap(copy);
    }

    /** A reason from its key, English sentence and arguments given as name, value, name, value… */
    static Reason of(String key, String text, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name, value pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Reason(key, args, text);
    }

    /**
     * A sentence with no key of its own (key {@code sentence}, argument {@code text}): pages show it as written, in
     * English.
     */
    public static Reason sentence(String text) {
        String t = text == null ? "" : text;
        return new Reason("sentence", Map.of("text", t), t);
    }

    /** The argument, or null when the reason has none by that name. */
    public Object arg(String name) {
        return args.get(name);
    }

    private static Object checked(String name, Object value) {
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String)) {
                    throw new IllegalArgumentException("argument " + name + " must list strings");
                }
            }
            return List.copyOf(list);
        }
        throw new IllegalArgumentException("argument " + name + " must be a string, number, boolean or list of strings");
    }
}
