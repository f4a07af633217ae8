package org.partnermatch.search;

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

/** Reads facet counts from rows of (facet, value, hits). */
public final class Facets {

    private Facets() {
    }

    public static FacetCounts read(Connection connection, Sql sql) throws SQLException {
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
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.get(rows.getString(1)).put(rows.getString(2), rows.getLong(3));
            }
        }
        return new FacetCounts(sorted(counts.get("category")), sorted(counts.get("language")),
                sorted(counts.get("timing")), sorted(counts.get("cost")));
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
