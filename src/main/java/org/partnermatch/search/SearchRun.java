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
 * statement), a fall-back to names that look alike when the words matched nothing, and facet counts when asked.
 */
public final class SearchRun {

    private SearchRun() {
    }

    /** What differs between the searches: their SQL and how a row becomes a hit. */
    public interface Queries<T> {
        Sql page(boolean fuzzy, int limit, int offset);

        Sql facets(boolean fuzzy);

        T hit(ResultSet row, boolean fuzzy) throws SQLException;
    }

    public static <T> SearchPage<T> run(Connection connection, SearchRequest search, PageQuery page, Queries<T> queries)
            throws SQLException {
        boolean fuzzy = false;
        Hits<T> hits = hits(connection, queries, false, page);
        if (hits.total() == 0 && search.text() != null) {
            SearchSql.enableResemblance(connection);
            fuzzy = true;
            hits = hits(connection, queries, true, page);
        }
        FacetCounts facets = search.facets() ? Facets.read(connection, queries.facets(fuzzy)) : null;
        return SearchPage.of(hits.items(), page.page(), page.size(), hits.total(), facets);
    }

    private record Hits<T>(long total, List<T> items) {
    }

    private static <T> Hits<T> hits(Connection connection, Queries<T> queries, boolean fuzzy, PageQuery page)
            throws SQLException {
        try (PreparedStatement statement = queries.page(fuzzy, page.size(), page.offset()).prepare(connection);
             ResultSet rows = statement.executeQuery()) {
            long total = 0;
            List<T> items = new ArrayList<>();
            while (rows.next()) {
                total = rows.getLong("total");
                if (rows.getObject("id") != null) { // the count-only row of an empty or past-the-end page
                    items.add(queries.hit(rows, fuzzy));
                }
            }
            return new Hits<>(total, items);
        }
    }
}
