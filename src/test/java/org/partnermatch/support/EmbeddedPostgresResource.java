package org.partnermatch.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.partnermatch.common.EmbeddedDatabase;

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
            database = EmbeddedDatabase.start(directory, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresResource::shutdown));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", "postgres");
    }

    /** The JDBC URL of the suite's database, for tests that look at rows directly. */
    public static String jdbcUrl() {
        return database.jdbcUrl();
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
