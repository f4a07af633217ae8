package org.partnermatch.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Timing;

/**
 * Facet counts as a search tallies them, one value at a time; {@link #counts()} gives them largest first. Every
 * timing and cost is listed, 0 included; categories and languages only with results.
 */
public final class Facets {

    public static final String CATEGORY = "category";
    public static final String LANGUAGE = "language";
    public static final String TIMING = "timing";
    public static final String COST = "cost";

    private final Map<String, Map<String, Long>> counts = new HashMap<>();

    public Facets() {
        for (String facet : List.of(CATEGORY, LANGUAGE, TIMING, COST)) {
            counts.put(facet, new HashMap<>());
        }
        for (Timing timing : Timing.values()) {
            counts.get(TIMING).put(timing.name(), 0L);
        }
        for (Cost cost : Cost.values()) {
            counts.get(COST).put(cost.name(), 0L);
        }
    }

    /** One more result for {@code value} of {@code facet}. */
    public void count(String facet, String value) {
        counts.get(facet).merge(value, 1L, Long::sum);
    }

    /** One more result for each of {@code values} (distinct) of {@code facet}. */
    public void count(String facet, String[] values) {
        Map<String, Long> facetCounts = counts.get(facet);
        for (String value : values) {
            facetCounts.merge(value, 1L, Long::sum);
        }
    }

    public FacetCounts counts() {
        return new FacetCounts(sorted(counts.get(CATEGORY)), sorted(counts.get(LANGUAGE)),
                sorted(counts.get(TIMING)), sorted(counts.get(COST)));
    }

    /** Largest count first, then by value. */
    static Map<String, Long> sorted(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
