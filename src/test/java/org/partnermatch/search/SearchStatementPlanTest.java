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
 * A search statement run again and again on one pooled connection stays an unnamed statement, planned for its values
 * each time: it never becomes a named server-side statement, which PostgreSQL may switch to a generic plan (see
 * {@link Sql#prepare}).
 */
@QuarkusTest
class SearchStatementPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void searchStatementsAreNeverPreparedOnTheServer() throws Exception {
        Sql sql = Sql.of("SELECT count(*) FROM offering o WHERE o.cost = ? AND o.id <> ?", "free",
                UUID.randomUUID());
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < 12; i++) {
                try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
                    rows.next();
                }
            }
            // the same text through a plain prepared statement does become one after five runs: the check can see it
            for (int i = 0; i < 6; i++) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM category WHERE code <> ?")) {
                    statement.setString(1, "x");
                    statement.executeQuery().close();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%FROM offering o WHERE o.cost%'"
                            + " OR statement LIKE '%FROM category WHERE code%'");
                 ResultSet rows = statement.executeQuery()) {
                StringBuilder named = new StringBuilder();
                while (rows.next()) {
                    named.append(rows.getString(1)).append('\n');
                }
                assertThat(named.toString()).contains("FROM category").doesNotContain("FROM offering o");
            }
        }
    }
}
