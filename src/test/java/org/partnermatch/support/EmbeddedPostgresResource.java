package org.partnermatch.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.partnermatch.common.EmbeddedDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/** One real PostgreSQL 17 for the whole test suite, in a throwaway directory under target/. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;
    private static Path directory;

    @Override
    public synchronized Map<String, String> start() {
        if (database == null) {
            try {
                Files.createDirectories(Path.of("target"));
                directory = Files.createTempDirectory(Path.of("target"), "test-postgres-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // the credentials file lands beside the data directory, so both go with the throwaway directory
            database = EmbeddedDatabase.start(directory.resolve("postgres"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresResource::shutdown));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    /** The JDBC URL of the suite's database (no user in it), for tests that look at rows directly. */
    public static String jdbcUrl() {
        return database.jdbcUrl();
    }

    /** The role the service connects as (owns the schema, not a superuser). */
    public static String username() {
        return database.username();
    }

    public static String password() {
        return database.password();
    }

    /**
     * A data source on the suite's database as the service's role, apart from the service's own pool: for a second
     * replica's stack (its index and change feed), named in {@code pg_stat_activity} by {@code applicationName}.
     */
    public static PGSimpleDataSource dataSource(String applicationName) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(username());
        dataSource.setPassword(password());
        dataSource.setApplicationName(applicationName);
        return dataSource;
    }

    /** A connection as the service's role: what tests use to look at or arrange rows. */
    public static Connection connect() throws SQLException {
        return database.connect();
    }

    /** A superuser connection, only for bulk loads that switch triggers off (session_replication_role). */
    public static Connection connectAsSuperuser() throws SQLException {
        return database.connectAsSuperuser();
    }

    public static Path credentialsFile() {
        return database.credentialsFile();
    }

    @Override
    public void stop() {
        // Kept running across Quarkus restarts (test profiles); stopped by the JVM shutdown hook.
    }

    private static synchronized void shutdown() {
        if (database != null) {
            database.close();
            database = null;
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort: target/ is build output anyway
            }
        }
    }
}
