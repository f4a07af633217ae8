package org.partnermatch.search;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of one facet (category codes, language codes, timings or costs), each numbered once, so a search
 * counts them in an array rather than a map. Numbers are never reused; values only accumulate.
 */
public final class FacetValues {

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private volatile String[] values = new String[0];

    /** The number of {@code value}, given it if new. */
    public int id(String value) {
        Integer id = ids.get(value);
        return id != null ? id : add(value);
    }

    private synchronized int add(String value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        String[] grown = Arrays.copyOf(values, values.length + 1);
        grown[values.length] = value;
        values = grown;
        ids.put(value, values.length - 1);
        return values.length - 1;
    }

    /** The number of {@code value}, or -1 when no record has had it. */
    public int find(String value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    public int[] ids(String[] values) {
        int[] ids = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ids[i] = id(values[i]);
        }
        return ids;
    }

    /** Every value so far, by number. */
    public String[] values() {
        return values;
    }
}
