package org.partnermatch.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Timing;

/**
 * Reads facet counts: from rows of (facet, value, hits), or from three parallel array columns of a page query's row
 * ({@link #NAMES}, {@link #VALUES}, {@link #HITS}: the same triples, aggregated).
 */
public final class Facets {

    /** Column of a page query's rows: the facet of each count (text[]). */
    public static final String NAMES = "facet_names";
    /** Column of a page query's rows: the value of each count (text[]). */
    public static final String VALUES = "facet_values";
    /** Column of a page query's rows: each count (bigint[]). */
    public static final String HITS = "facet_hits";

    private Facets() {
    }

    public static FacetCounts read(Connection connection, Sql sql) throws SQLException {
        Map<String, Map<String, Long>> counts = empty();
        try (PreparedStatement statement = sql.prepare(connection, true); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.get(rows.getString(1)).put(rows.getString(2), rows.getLong(3));
            }
        }
        return of(counts);
    }

    /** The counts in the current row's {@link #NAMES}, {@link #VALUES} and {@link #HITS} (null arrays: none). */
    public static FacetCounts read(ResultSet row) throws SQLException {
        Map<String, Map<String, Long>> counts = empty();
        Object[] names = array(row.getArray(NAMES));
        Object[] values = array(row.getArray(VALUES));
        Object[] hits = array(row.getArray(HITS));
        for (int i = 0; i < names.length; i++) {
            counts.get((String) names[i]).put((String) values[i], ((Number) hits[i]).longValue());
        }
        return of(counts);
    }

    /** Every facet with no counts, but every timing and cost at 0: those list each value. */
    private static Map<String, Map<String, Long>> empty() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (String facet : List.of("category", "language", "timing", "cost")) {
            counts.put(facet, new HashMap<>());
        }
        for (Timing timing : Timing.values()) {
            counts.get("timing").put(timing.name(), 0L);
        }
        for (Cost cost : Cost.values()) {
            counts.get("cost").put(cost.name(), 0L);
        }
        return counts;
    }

    private static FacetCounts of(Map<String, Map<String, Long>> counts) {
        return new FacetCounts(sorted(counts.get("category")), sorted(counts.get("language")),
                sorted(counts.get("timing")), sorted(counts.get("cost")));
    }

    private static Object[] array(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
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
