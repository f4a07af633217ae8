package org.partnermatch.matching.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
        if (!(args instanceof Args)) { // Args are checked and immutable already
            Object[] pairs = new Object[args.size() * 2];
            int i = 0;
            for (Map.Entry<String, Object> e : args.entrySet()) {
                pairs[i++] = e.getKey();
                pairs[i++] = e.getValue();
            }
            args = new Args(pairs, true);
        }
    }

    /** A reason from its key, English sentence and arguments given as name, value, name, value… */
    static Reason of(String key, String text, Object... namesAndValues) {
        return new Reason(key, namesAndValues.length == 0 ? NO_ARGS : new Args(namesAndValues, false), text);
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

    private static final Args NO_ARGS = new Args(new Object[0], false);

    /**
     * Arguments as an immutable map over name, value pairs in order: reasons are built for every result shown, so
     * they cost one small array rather than a hash map each.
     */
    private static final class Args extends AbstractMap<String, Object> {

        private final Object[] pairs;

        /** @param copyLists copy list values (a caller's lists); the core's own are built for one reason only */
        Args(Object[] pairs, boolean copyLists) {
            if (pairs.length % 2 != 0) {
                throw new IllegalArgumentException("arguments come in name, value pairs");
            }
            for (int i = 0; i < pairs.length; i += 2) {
                if (!(pairs[i] instanceof String name)) {
                    throw new IllegalArgumentException("argument names are strings");
                }
                for (int j = 0; j < i; j += 2) {
                    if (pairs[j].equals(name)) {
                        throw new IllegalArgumentException("argument " + name + " given twice");
                    }
                }
                pairs[i + 1] = checked(name, pairs[i + 1], copyLists);
            }
            this.pairs = pairs;
        }

        @Override
        public Object get(Object name) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(name)) {
                    return pairs[i + 1];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object name) {
            return get(name) != null;
        }

        @Override
        public int size() {
            return pairs.length / 2;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < pairs.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= pairs.length) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, Object> e = new SimpleImmutableEntry<>((String) pairs[next], pairs[next + 1]);
                            next += 2;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return pairs.length / 2;
                }
            };
        }
    }

    private static Object checked(String name, Object value, boolean copyLists) {
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
            return copyLists ? List.copyOf(list) : Collections.unmodifiableList(list);
        }
        throw new IllegalArgumentException("argument " + name + " must be a string, number, boolean or list of strings");
    }
}
