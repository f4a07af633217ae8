package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A statement with facet counts, run again and again on one pooled connection, stays an unnamed statement, planned
 * for its values each time: it never becomes a named server-side statement, which PostgreSQL may switch to a generic
 * plan (see {@link Sql#prepare(Connection, boolean)}). Other search statements keep the driver's default.
 */
@QuarkusTest
class SearchStatementPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void statementsWithFacetCountsAreNeverPreparedOnTheServer() throws Exception {
        Sql counts = Sql.of("SELECT count(*) AS counts_marker FROM offering o WHERE o.cost = ? AND o.id <> ?", "free",
                UUID.randomUUID());
        Sql page = Sql.of("SELECT count(*) AS page_marker FROM category k WHERE k.code <> ?", "x");
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < 12; i++) {
                run(counts.prepare(connection, true));
                run(page.prepare(connection));
            }
            StringBuilder named = new StringBuilder();
            try (PreparedStatement statement = connection.prepareStatement("SELECT statement FROM pg_prepared_statements");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    named.append(rows.getString(1)).append('\n');
                }
            }
            // the page statement shows that the check sees what the driver prepares on the server
            assertThat(named.toString()).contains("page_marker").doesNotContain("counts_marker");
        }
    }

    private static void run(PreparedStatement statement) throws Exception {
        try (statement; ResultSet rows = statement.executeQuery()) {
            rows.next();
        }
    }
}
