package org.partnermatch.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnermatch.common.EmbeddedDatabase;

/** The packaged service as a separate process, as it runs in production (external database, real tokens). */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;
    private final double startupSeconds;

    /**
     * The JVM options the deploy manifests recommend for a small replica (see deploy/README.md): a bounded heap and
     * the serial collector, which keep the resident set small on a 2-core machine. Override with -Dbench.jvm="...".
     */
    static final String DEFAULT_JVM_OPTIONS = "-Xms64m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m "
            + "-XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:MinHeapFreeRatio=10 "
            + "-XX:MaxHeapFreeRatio=30";

    /** The class-data sharing archive that {@code mvn package} trains (see CdsTraining); the README runs with it. */
    static final Path CDS_ARCHIVE = Path.of("target/quarkus-app/app-cds.jsa");

    /** The packaged service, named as the README's run command names it (the archive records that path). */
    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    /**
     * The JVM options the service process runs with, as the reports print them: the archive is used when it was
     * built, unless -Dbench.cds=false.
     */
    static String jvmOptions() {
        String options = System.getProperty("bench.jvm", DEFAULT_JVM_OPTIONS).trim();
        return Boolean.parseBoolean(System.getProperty("bench.cds", "true")) && archiveBuilt()
                ? options + " " + ARCHIVE_OPTIONS : options;
    }

    /**
     * With -Xshare:on an archive the JVM cannot use (another JDK, a jar rebuilt after it) stops the service at launch
     * instead of quietly measuring a start without it.
     */
    static final String ARCHIVE_OPTIONS = "-Xshare:on -XX:SharedArchiveFile=" + CDS_ARCHIVE;

    /** Whether package trained the archive after the jar it runs was built. */
    static boolean archiveBuilt() {
        try {
            return Files.exists(CDS_ARCHIVE) && Files.getLastModifiedTime(CDS_ARCHIVE)
                    .compareTo(Files.getLastModifiedTime(JAR)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private ServiceProcess(Process process, int port, int managementPort, double startupSeconds) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.startupSeconds = startupSeconds;
    }

    public static ServiceProcess start(String jdbcUrl, int port, Path log, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        return start(jdbcUrl, port, log, extraEnv, jvmOptions());
    }

    /** The service on an embedded database, as its own role (not the superuser). */
    public static ServiceProcess start(EmbeddedDatabase db, int port, Path log, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        return start(db, port, log, extraEnv, jvmOptions());
    }

    public static ServiceProcess start(EmbeddedDatabase db, int port, Path log, Map<String, String> extraEnv,
            String jvmOptions) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_USERNAME", db.username(), "QUARKUS_DATASOURCE_PASSWORD", db.password()));
        env.putAll(extraEnv);
        return start(db.jdbcUrl(), port, log, env, jvmOptions);
    }

    /**
     * The service with these JVM options (space-separated) instead of {@link #jvmOptions()}; it logs in as
     * postgres/postgres (an external test server) unless {@code extraEnv} says otherwise.
     */
    public static ServiceProcess start(String jdbcUrl, int port, Path log, Map<String, String> extraEnv, String jvmOptions)
            throws IOException, InterruptedException {
        return start(jdbcUrl, port, log, extraEnv, jvmOptions, Path.of(""));
    }

    /**
     * The packaged service of the checkout at {@code checkout} (its {@link #JAR}, run from there, so that relative
     * paths such as its archive's are its own), with these JVM options.
     */
    public static ServiceProcess start(String jdbcUrl, int port, Path log, Map<String, String> extraEnv, String jvmOptions,
            Path checkout) throws IOException, InterruptedException {
        if (!Files.exists(checkout.resolve(JAR))) {
            throw new IllegalStateException("Build the service first: mvn -B -DskipTests package");
        }
        // the JDK that runs the benchmark (Maven's), which is also the one package trained the archive with
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toAbsolutePath().toFile()).directory(checkout.toAbsolutePath().toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        int managementPort = freePort();
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        // as the deploy manifests set it: glibc's per-thread malloc arenas (64 MB each) otherwise hold on to tens of MB
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("PARTNERMATCH_DEMO_DATA", "false");
        env.put("PARTNERMATCH_LIMITS_WRITES_ENABLED", "false");
        env.put("PARTNERMATCH_LIMITS_READS_ENABLED", "false");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", new File("src/test/resources/test-keys/publicKey.pem").toURI().toString());
        env.put("MP_JWT_VERIFY_ISSUER", "partnermatch-test");
        env.putAll(extraEnv);
        long t0 = System.nanoTime();
        Process process = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited; see " + log);
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + managementPort + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return new ServiceProcess(process, port, managementPort, (System.nanoTime() - t0) / 1e9);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The service did not become ready; see " + log);
    }

    public String base() {
        return "http://localhost:" + port;
    }

    /** The management interface: health and metrics. */
    public String management() {
        return "http://localhost:" + managementPort;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** From launch until /q/health/ready answered 200 (includes JVM start and migrations). */
    public double startupSeconds() {
        return startupSeconds;
    }

    public long pid() {
        return process.pid();
    }

    /** CPU time the service process has used so far (user + system, all threads), from /proc; -1 if unreadable. */
    public long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            // fields after the command name, which is in parentheses and may hold spaces: utime is 14th, stime 15th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** USER_HZ, which Linux fixes at 100 for /proc on every architecture this runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** Current and peak resident set size in MB, from /proc. */
    public long[] rssMb() {
        try {
            long rss = 0;
            long hwm = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            return new long[] {rss, hwm};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }

    /** {@code kill -9}: no shutdown hooks, no flushing, open transactions die with the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** SIGTERM, as an orchestrator stops a pod; returns at once (see {@link #awaitExit}). */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; its exit code, or null when it is still running after {@code timeout}. */
    public Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
