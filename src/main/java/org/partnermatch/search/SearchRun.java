package org.partnermatch.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.partnermatch.common.PageQuery;

/**
 * The one way a search runs, for offerings and organizations alike: the page query (hits and their total in one
 * statement, over what the search index found for the text) and facet counts when asked — in the page query's own
 * statement where the search can count them there, in a second one otherwise.
 */
public final class SearchRun {

    private SearchRun() {
    }

    /** What differs between the searches: their SQL and how a row becomes a hit. */
    public interface Queries<T> {
        Sql page(int limit, int offset);

        /**
         * The page query whose rows also carry the facet counts (columns {@link Facets#NAMES}, {@link Facets#VALUES},
         * {@link Facets#HITS}), or null when this search counts them in a statement of its own ({@link #facets}).
         */
        default Sql pageWithFacets(int limit, int offset) {
            return null;
        }

        /** Facet counts as rows of (facet, value, hits), when {@link #pageWithFacets} is null. */
        default Sql facets() {
            throw new UnsupportedOperationException("this search counts facets with its page");
        }

        T hit(ResultSet row) throws SQLException;
    }

    public static <T> SearchPage<T> run(Connection connection, SearchRequest search, PageQuery page, Queries<T> queries)
            throws SQLException {
        Hits<T> hits = hits(connection, queries, page, search.facets());
        FacetCounts facets = !search.facets() ? null
                : hits.facets() != null ? hits.facets() : Facets.read(connection, queries.facets());
        return SearchPage.of(hits.items(), page.page(), page.size(), hits.total(), facets);
    }

    private record Hits<T>(long total, List<T> items, FacetCounts facets) {
    }

    /** The page, its total and, when asked and the search can count them with its page, the facet counts. */
    private static <T> Hits<T> hits(Connection connection, Queries<T> queries, PageQuery page, boolean facetsAsked)
            throws SQLException {
        Sql sql = facetsAsked ? queries.pageWithFacets(page.size(), page.offset()) : null;
        boolean withFacets = sql != null;
        if (sql == null) {
            sql = queries.page(page.size(), page.offset());
        }
        try (PreparedStatement statement = sql.prepare(connection, withFacets); ResultSet rows = statement.executeQuery()) {
            long total = 0;
            List<T> items = new ArrayList<>();
            FacetCounts facets = null;
            while (rows.next()) {
                total = rows.getLong("total");
                if (withFacets && facets == null) { // every row carries the same counts
                    facets = Facets.read(rows);
                }
                if (rows.getObject("id") != null) { // the count-only row of an empty or past-the-end page
                    items.add(queries.hit(rows));
                }
            }
            return new Hits<>(total, items, facets);
        }
    }
}
