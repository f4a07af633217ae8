package org.partnermatch.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.partnermatch.search.Sql;

/** PostgreSQL's plan for a statement built with {@link Sql}, as text. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** {@code EXPLAIN <options> <sql>}; options such as {@code "(ANALYZE, BUFFERS)"}, or empty for the plan alone. */
    public static String explain(Connection connection, Sql sql, String options) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement statement = Sql.of("EXPLAIN " + options + (options.isEmpty() ? "" : " ")).add(sql)
                .prepare(connection);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
