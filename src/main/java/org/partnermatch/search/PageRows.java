package org.partnermatch.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The one statement a search sends to PostgreSQL: the rows of a page's hits, by primary key, returned in the page's
 * order (a hit deleted since the index saw it is left out).
 */
public final class PageRows {

    private PageRows() {
    }

    /** Work with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a connection of its own, taken from {@code dataSource} and given back after. A search needs
     * no transaction: outside one, its page's statement is all it sends (no begin and commit around it).
     */
    public static <T> T onOwnConnection(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The page's rows could not be read", e);
        }
    }

    /** Maps a row of a page to a result, given the hit it is for. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(ResultSet row, SearchHits.Hit hit) throws SQLException;
    }

    /**
     * Runs {@code select}, a statement with one parameter (the page's ids, {@code uuid[]}) and an {@code id} column,
     * and maps its rows in the page's order.
     */
    public static <T> List<T> read(Connection connection, String select, List<SearchHits.Hit> page, Mapper<T> mapper)
            throws SQLException {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, T> byId = new HashMap<>();
        Map<UUID, SearchHits.Hit> hits = new HashMap<>();
        page.forEach(hit -> hits.put(hit.id(), hit));
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setArray(1, connection.createArrayOf("uuid", page.stream().map(SearchHits.Hit::id).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject("id", UUID.class);
                    byId.put(id, mapper.map(rows, hits.get(id)));
                }
            }
        }
        List<T> items = new ArrayList<>(page.size());
        for (SearchHits.Hit hit : page) {
            T item = byId.get(hit.id());
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** {@code value} rounded half up to {@code decimals} (null stays null). */
    public static Double rounded(Double value, int decimals) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
