package org.partnermatch;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.partnermatch.common.EmbeddedDatabase;
import org.partnermatch.security.DemoModeConfigSource;

/**
 * Entry point of the packaged service. When no JDBC URL is configured it starts an embedded PostgreSQL 17 whose
 * data lives under {@code partnermatch.embedded.data-dir} (default {@code ./data}), points Quarkus at it, switches
 * the demo conveniences on (demo data, Swagger UI, dev tokens) and stops the database after Quarkus has shut down.
 * With {@code QUARKUS_DATASOURCE_JDBC_URL} set, nothing embedded is started. {@code dev-tokens} prints demo tokens;
 * {@code cds-training} is the build's class-data sharing training run ({@link CdsTraining}).
 */
@QuarkusMain
public class PartnerMatchMain {

    private static final Logger LOG = Logger.getLogger(PartnerMatchMain.class);

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("dev-tokens")) {
            org.partnermatch.security.DevTokens.print();
            return;
        }
        if (args.length > 0 && args[0].equals("cds-training")) {
            System.exit(train());
        }
        if (EmbeddedDatabase.externalDatabaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        Path dataDir = Path.of(setting("partnermatch.embedded.data-dir", "./data"));
        System.exit(runEmbedded(dataDir, ServeUntilStopped.class, args));
    }

    /**
     * The class-data sharing training run (see {@link CdsTraining}): the service on a throwaway embedded database
     * with the demo directory, on a free port, answering one request of each kind and then stopping.
     */
    private static int train() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("partnermatch-cds-training");
            try (ServerSocket socket = new ServerSocket(0)) {
                System.setProperty("quarkus.http.port", Integer.toString(socket.getLocalPort()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Pinned, whatever the environment of the build says: system properties win over environment variables.
        System.setProperty("partnermatch.embedded.port", "0");
        System.setProperty("quarkus.http.host", "127.0.0.1");
        System.setProperty("partnermatch.demo-data", "true");
        System.setProperty("mp.jwt.verify.issuer", DemoModeConfigSource.DEMO_ISSUER);
        System.setProperty("mp.jwt.verify.publickey.location", DemoModeConfigSource.DEMO_PUBLIC_KEY);
        try {
            return runEmbedded(dataDir, CdsTraining.class);
        } finally {
            try {
                deleteTree(dataDir);
            } catch (IOException | UncheckedIOException e) {
                LOG.warnf("Could not delete the training database in %s: %s", dataDir, e.getMessage());
            }
        }
    }

    /** Quarkus on an embedded PostgreSQL whose data lives under {@code dataDir}; returns the exit code. */
    private static int runEmbedded(Path dataDir, Class<? extends QuarkusApplication> application, String... args) {
        int port = Integer.parseInt(setting("partnermatch.embedded.port", "0"));
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("postgres"), port);
        database.exportToQuarkusConfig();
        System.setProperty("partnermatch.embedded.active", "true");
        setIfAbsent("quarkus.swagger-ui.enabled", "true");
        LOG.infof("Embedded PostgreSQL 17 on port %d, data in %s", database.port(), dataDir.toAbsolutePath());

        // Quarkus shuts down from its own shutdown hook on SIGTERM; the database must outlive it, so our hook waits
        // until Quarkus.run has returned on the main thread and only then stops PostgreSQL.
        CountDownLatch quarkusStopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                quarkusStopped.await(45, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            database.close();
        }, "embedded-postgres-stop"));

        int[] exitCode = {0};
        try {
            Quarkus.run(application, (code, failure) -> exitCode[0] = code, args);
        } finally {
            database.close();
            quarkusStopped.countDown();
        }
        return exitCode[0];
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Serves requests until the process is asked to stop. */
    public static class ServeUntilStopped implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }

    private static String setting(String key, String defaultValue) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null
                && System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_')) == null) {
            System.setProperty(key, value);
        }
    }
}
