package org.partnermatch.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organization search as it was before the search index (PostgreSQL full text over the V10 documents), kept
 * only to compare relevance with ({@link SearchRelevanceTest}): every word must match (english stemming, the last
 * word also as a prefix, three everyday synonym groups), ranked by {@code ts_rank_cd}; when nothing matches, every
 * word must be found in the document or resemble (pg_trgm, 0.5) the name of the organization or of one of its
 * active offerings, ranked by the text's resemblance to those names. Public view: approved organizations only.
 */
final class LegacyFullTextSearch {

    private static final String WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";
    private static final Map<String, List<String>> SYNONYMS = synonyms(
            List.of("kid", "kids", "child", "children", "student", "youth"),
            List.of("teen", "teens", "teenager", "teenagers", "youth"),
            List.of("parent", "parents", "family", "families", "caregiver", "caregivers"));

    private LegacyFullTextSearch() {
    }

    /** The ids of the first {@code limit} organizations, among those whose id starts with {@code idPrefix}. */
    static List<String> organizations(Connection connection, String q, String idPrefix, int limit)
            throws SQLException {
        List<String> words = SearchText.parse("q", q).words();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            groups.add(group(words.get(i), i == words.size() - 1));
        }
        String tsquery = String.join(" & ", groups);
        List<String> found = ids(connection, "SELECT g.id FROM organization g WHERE g.search_document @@ to_tsquery("
                + "'english', ?) AND g.vetting_status = 'approved' AND g.id::text LIKE ? ORDER BY ts_rank_cd(" + WEIGHTS
                + ", g.search_document, to_tsquery('english', ?), 32) DESC, g.name, g.id LIMIT ?",
                tsquery, idPrefix + "%", tsquery, limit);
        if (!found.isEmpty()) {
            return found;
        }
        // the typo fall-back: every word found in the document or resembling a name
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)");
            Set<String> every = null;
            for (String word : words) {
                Set<String> ids = new LinkedHashSet<>(ids(connection, "SELECT n.id FROM organization n"
                        + " WHERE n.search_document @@ to_tsquery('english', ?)", group(word, true)));
                if (word.length() >= 4) {
                    ids.addAll(ids(connection, "SELECT n.id FROM organization n WHERE ? <% n.name", word));
                    ids.addAll(ids(connection, "SELECT f.organization_id FROM offering f WHERE f.active AND ? <% f.name",
                            word));
                }
                if (every == null) {
                    every = ids;
                } else {
                    every.retainAll(ids);
                }
            }
            if (every == null || every.isEmpty()) {
                return List.of();
            }
            String plain = String.join(" ", words);
            return ids(connection, "SELECT g.id FROM organization g WHERE g.id::text = ANY (?) AND g.vetting_status ="
                    + " 'approved' AND g.id::text LIKE ? ORDER BY greatest(word_similarity(?, g.name), (SELECT"
                    + " max(word_similarity(?, f.name)) FROM offering f WHERE f.organization_id = g.id AND f.active))"
                    + " DESC NULLS LAST, g.name, g.id LIMIT ?", every.toArray(String[]::new), idPrefix + "%", plain,
                    plain, limit);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String group(String word, boolean prefix) {
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(word);
        alternatives.addAll(SYNONYMS.getOrDefault(word, List.of()));
        return "(" + alternatives.stream().map(w -> prefix && w.length() >= 3 ? w + ":*" : w)
                .collect(Collectors.joining(" | ")) + ")";
    }

    private static List<String> ids(Connection connection, String sql, Object... values) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    @SafeVarargs
    private static Map<String, List<String>> synonyms(List<String>... groups) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (List<String> group : groups) {
            for (String word : group) {
                map.put(word, group.stream().filter(w -> !w.equals(word)).toList());
            }
        }
        return Map.copyOf(map);
    }
}
