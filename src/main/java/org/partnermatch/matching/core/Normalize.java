package org.partnermatch.matching.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Defensive copies and normalisation for the input records' compact constructors. */
final class Normalize {

    private Normalize() {
    }

    /** Lower-cased, trimmed, blank-free immutable copy of a set of codes (languages, regions, categories). */
    static Set<String> codes(Collection<String> in) {
        if (in == null || in.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : in) {
            if (s != null && !s.isBlank()) {
                out.add(s.trim().toLowerCase(Locale.ROOT));
            }
        }
        return ordered(out);
    }

    /**
     * An immutable copy that keeps the order and takes an array's room: the index holds a few of these small sets
     * on each of tens of thousands of records, where an unmodifiable {@link LinkedHashSet} costs about five times as
     * much. Lookups scan the array, which for a handful of values is as quick as hashing.
     */
    static Set<String> ordered(Set<String> in) {
        if (in.isEmpty()) {
            return Set.of();
        }
        String[] values = in.toArray(String[]::new);
        return new java.util.AbstractSet<>() {
            @Override
            public java.util.Iterator<String> iterator() {
                return java.util.Arrays.asList(values).iterator();
            }

            @Override
            public int size() {
                return values.length;
            }

            @Override
            public boolean contains(Object o) {
                for (String value : values) {
                    if (value.equals(o)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** Trimmed, blank-free immutable copy of free phrases, case kept for display. */
    static Set<String> phrases(Collection<String> in) {
        if (in == null || in.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : in) {
            if (s != null && !s.isBlank()) {
                out.add(s.trim());
            }
        }
        return ordered(out);
    }

    static <E extends Enum<E>> Set<E> enums(Collection<E> in, Class<E> type) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (in != null) {
            for (E e : in) {
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    static <E extends Enum<E>> int mask(Set<E> in) {
        int mask = 0;
        for (E e : in) {
            mask |= 1 << e.ordinal();
        }
        return mask;
    }

    static String lowerOrNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    static String[] sorted(Collection<String> in) {
        List<String> list = new ArrayList<>(in);
        Collections.sort(list);
        return list.toArray(new String[0]);
    }

    static double requirePercent(double value, String what) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(what + " must be between 0 and 100, was " + value);
        }
        return value;
    }
}
