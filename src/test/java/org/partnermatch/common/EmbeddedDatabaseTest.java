package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The zero-install default keeps its data across restarts. */
class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "restart-");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0);
             Connection c = DriverManager.getConnection(first.jdbcUrl(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v TEXT)");
            s.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, 0);
             Connection c = DriverManager.getConnection(second.jdbcUrl(), "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void externalUrlMeansNothingEmbedded() {
        String previous = System.getProperty("quarkus.datasource.jdbc.url");
        try {
            System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/x");
            assertThat(EmbeddedDatabase.externalDatabaseConfigured()).isTrue();
        } finally {
            if (previous == null) {
                System.clearProperty("quarkus.datasource.jdbc.url");
            } else {
                System.setProperty("quarkus.datasource.jdbc.url", previous);
            }
        }
    }
}
