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
import org.partnermatch.security.DemoKeys;
import org.partnermatch.security.DemoModeConfigSource;

/**
 * Entry point of the packaged service. When no JDBC URL is configured it starts an embedded PostgreSQL 17 whose
 * data lives under {@code partnermatch.embedded.data-dir} (default {@code ./data}), points Quarkus at it, switches
 * and stops the database after Quarkus has shut down; with the argument {@code demo} it also switches demo mode on
 * (demo directory, demo roles, Swagger UI, loopback only). With {@code QUARKUS_DATASOURCE_JDBC_URL} set, nothing
 * embedded is started and demo mode is refused. {@code dev-tokens} prints demo tokens;
 * {@code cds-training} is the build's class-data sharing training run ({@link CdsTraining}).
 */
@QuarkusMain
public class PartnerMatchMain {

    private static final Logger LOG = Logger.getLogger(PartnerMatchMain.class);

    /** The arguments only a build with its demo parts answers; the production artifact (-Pproduction) has none. */
    private static final java.util.Set<String> DEMO_COMMANDS = java.util.Set.of("demo", "dev-tokens", "cds-training");

    public static void main(String... args) {
        if (args.length > 0 && DEMO_COMMANDS.contains(args[0]) && !demoIncluded()) {
            // Straight to stderr: the log manager is not set up before Quarkus starts.
            System.err.printf("'%s' is not available: this is the production build of PartnerMatch, which leaves out "
                    + "the demo (demo data, demo sign-in, dev tokens). Start it without arguments and with "
                    + "QUARKUS_DATASOURCE_JDBC_URL set, or build without -Pproduction for the demo "
                    + "(docs/operations.md).%n", args[0]);
            System.exit(2);
        }
        if (args.length > 0 && args[0].equals("dev-tokens")) {
            // The demo key of the data directory a demo started on; made there by its first demo start.
            Path keys = DemoKeys.directoryOf(Path.of(setting("partnermatch.embedded.data-dir", "./data")));
            if (!Files.isRegularFile(keys.resolve("privateKey.pem"))) {
                LOG.errorf("No demo key in %s: start the service with 'demo' once first (same data directory).",
                        keys.toAbsolutePath());
                System.exit(2);
            }
            System.setProperty(DemoKeys.DIRECTORY_PROPERTY, keys.toAbsolutePath().toString());
            org.partnermatch.security.DevTokens.print();
            return;
        }
        if (args.length > 0 && args[0].equals("cds-training")) {
            System.exit(train());
        }
        boolean demo = args.length > 0 && args[0].equals("demo");
        String[] rest = demo ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        if (EmbeddedDatabase.externalDatabaseConfigured()) {
            if (demo) {
                LOG.error("Demo mode runs on its own embedded database only: unset QUARKUS_DATASOURCE_JDBC_URL, or "
                        + "start without 'demo'.");
                System.exit(2);
            }
            Quarkus.run(rest);
            return;
        }
        Path dataDir = Path.of(setting("partnermatch.embedded.data-dir", "./data"));
        if (demo && !enterDemoMode(dataDir)) {
            System.exit(2);
        }
        if (!demo) {
            LOG.info("Embedded PostgreSQL without demo mode: people sign in through the OpenID Connect provider you "
                    + "configure (QUARKUS_OIDC_AUTH_SERVER_URL ...; see docs/identity.md). Start with the argument "
                    + "'demo' to try the demo directory with one-click demo roles instead.");
        }
        System.exit(runEmbedded(dataDir, ServeUntilStopped.class, rest));
    }

    /**
     * Demo mode, asked for explicitly with the argument {@code demo}: the demo directory, one-click demo roles signed
     * with this installation's demo key (made beside the data on the first demo start), Swagger UI, and — unless QUARKUS_HTTP_HOST says otherwise — only this machine may
     * connect, since anyone reaching a demo can act as district staff. Refused when an identity provider or a
     * service-token key is configured: a demo never mixes its key with real ones.
     */
    private static boolean enterDemoMode(Path dataDir) {
        for (String key : new String[] {"mp.jwt.verify.publickey.location", "mp.jwt.verify.publickey",
                "mp.jwt.verify.issuer", "quarkus.oidc.auth-server-url"}) {
            if (!setting(key, "").isEmpty()) {
                LOG.errorf("Demo mode uses its own demo key and demo sign-in, but %s is configured. Unset it for a "
                        + "demo, or start without 'demo'.", key.toUpperCase().replace('.', '_').replace('-', '_'));
                return false;
            }
        }
        DemoKeys.use(DemoKeys.directoryOf(dataDir));
        System.setProperty(DemoModeConfigSource.DEMO_MODE, "true");
        setIfAbsent("quarkus.http.host", "127.0.0.1");
        setIfAbsent("quarkus.management.host", "127.0.0.1");
        setIfAbsent("quarkus.swagger-ui.enabled", "true");
        LOG.infof("DEMO MODE: demo directory and one-click demo roles (anyone who can connect may act as district "
                + "staff). Listening on %s only, health and metrics on %s; set QUARKUS_HTTP_HOST and "
                + "QUARKUS_MANAGEMENT_HOST to change that.", setting("quarkus.http.host", "127.0.0.1"),
                setting("quarkus.management.host", "127.0.0.1"));
        return true;
    }

    /**
     * The class-data sharing training run (see {@link CdsTraining}): the service on a throwaway embedded database
     * with the demo directory, on a free port, answering one request of each kind and then stopping.
     */
    private static int train() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("partnermatch-cds-training");
            try (ServerSocket socket = new ServerSocket(0); ServerSocket management = new ServerSocket(0)) {
                System.setProperty("quarkus.http.port", Integer.toString(socket.getLocalPort()));
                System.setProperty("quarkus.management.port", Integer.toString(management.getLocalPort()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Pinned, whatever the environment of the build says: system properties win over environment variables.
        System.setProperty("partnermatch.embedded.port", "0");
        System.setProperty("quarkus.http.host", "127.0.0.1");
        System.setProperty("quarkus.management.host", "127.0.0.1");
        System.setProperty("partnermatch.demo-data", "true");
        DemoKeys.use(DemoKeys.directoryOf(dataDir));
        System.setProperty(DemoModeConfigSource.DEMO_MODE, "true");
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
        LOG.infof("Embedded PostgreSQL 17 on 127.0.0.1/::1 port %d, data in %s; the service connects as the role %s "
                + "(not a superuser), passwords in %s", database.port(), dataDir.toAbsolutePath(), database.username(),
                database.credentialsFile());

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

    /**
     * Whether this artifact carries its demo parts: the production build (-Pproduction, see docs/operations.md)
     * leaves out the dev-token signer and the demo data, and with them every command that needs them.
     */
    static boolean demoIncluded() {
        ClassLoader loader = PartnerMatchMain.class.getClassLoader();
        return loader.getResource("org/partnermatch/security/DevTokens.class") != null
                && loader.getResource("demo/demo-data.sql") != null;
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
