package org.partnermatch;

import io.quarkus.runtime.QuarkusApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.partnermatch.security.DevTokens;
import org.partnermatch.security.Roles;

/**
 * The training run behind the packaged service's class-data sharing archive ({@code app-cds.jsa}, JDK AppCDS).
 *
 * <p>{@code mvn package} and the container build run the packaged jar once as {@code java
 * -XX:ArchiveClassesAtExit=app-cds.jsa -Xlog:class+load=info:file=<log>:none -jar quarkus-run.jar cds-training}
 * on a throwaway embedded database. This application then sends the requests a fresh replica first answers
 * (health, directory reads, search, matching with each role's token, a refused write, a web page), links every
 * class the run loaded, and returns, so the JVM writes at exit an archive of those classes already parsed and
 * verified. A service started with {@code -XX:SharedArchiveFile=app-cds.jsa} maps them instead of reading them
 * from the jars; start-up on an external database drops by about a quarter (docs/operations.md, "Start-up").
 *
 * <p>Linking is the step that makes the archive worth having: the JDK archives only linked classes, and Quarkus
 * loads thousands of classes at start-up (annotations, signatures) that it never initializes. Reflecting on a
 * class's methods links it without running its static initializer.
 */
public class CdsTraining implements QuarkusApplication {

    /** The system property naming the {@code -Xlog:class+load} file of this run. */
    static final String CLASS_LOG = "partnermatch.cds.class-log";

    private static final Logger LOG = Logger.getLogger(CdsTraining.class);
    private static final String SCHOOL = DevTokens.DEMO_SCHOOL;
    private static final String ORGANIZATION = DevTokens.DEMO_ORGANIZATION;
    private static final String NEED = "0e000000-0000-4000-8000-000000000001";
    private static final int READY_WAIT_SECONDS = 60;

    @Override
    public int run(String... args) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
        int managementPort = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        List<String> failures = exercise("http://127.0.0.1:" + port, "http://127.0.0.1:" + managementPort);
        if (!failures.isEmpty()) {
            // the packaged service did not answer as it should: fail the build rather than ship a poor archive
            LOG.errorf("Class-data sharing training: the service answered wrongly: %s", failures);
            return 1;
        }
        String classLog = System.getProperty(CLASS_LOG);
        if (classLog != null) {
            int linked = linkLoadedClasses(Path.of(classLog), CdsTraining.class.getClassLoader());
            LOG.infof("Class-data sharing training: %d classes loaded from jars linked for the archive", linked);
        }
        return 0;
    }

    /**
     * One request of each kind a replica answers first. Returns what went wrong: readiness not 200, a request that got
     * no answer, a 5xx, or a 401 (the demo tokens refused: the matching requests would have taught nothing).
     */
    private static List<String> exercise(String base, String management) throws InterruptedException {
        Map<String, String> tokens = DevTokens.issue();
        String principal = tokens.get(Roles.PRINCIPAL);
        String district = tokens.get(Roles.DISTRICT);
        String partner = tokens.get(Roles.PARTNER);
        List<HttpRequest> requests = List.of(
                get(management + "/q/health/ready", null),
                get(management + "/q/health/live", null),
                get(base + "/api/v1/categories", null),
                get(base + "/api/v1/schools?region=Southeast&titleI=true&size=3", null),
                get(base + "/api/v1/schools/" + SCHOOL + "/needs", null),
                get(base + "/api/v1/offerings?language=so&grade=7&timing=after_school", null),
                get(base + "/api/v1/offerings?q=math+tutoring+somali&facets=true", null),
                get(base + "/api/v1/organizations?vettingStatus=pending", district),
                get(base + "/api/v1/needs/" + NEED + "/matches?limit=3", principal),
                get(base + "/api/v1/schools/" + SCHOOL + "/matches?limit=5", principal),
                get(base + "/api/v1/organizations/" + ORGANIZATION + "/opportunities?limit=5", partner),
                get(base + "/api/v1/schools/not-a-uuid", null),
                // refused by validation (studentsAffected 0, grades reversed): nothing is written
                HttpRequest.newBuilder(URI.create(base + "/api/v1/schools/" + SCHOOL + "/needs"))
                        .header("Authorization", "Bearer " + principal).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"category\":\"math\",\"title\":\"x\","
                                + "\"gradeLow\":8,\"gradeHigh\":3,\"studentsAffected\":0,\"priority\":\"high\"}"))
                        .build(),
                get(base + "/", null));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new ArrayList<>();
        awaitReady(client, management);
        for (HttpRequest request : requests) {
            String what = request.method() + " " + request.uri().getPath();
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                LOG.infof("Training request %s %s: %d", request.method(), request.uri(), status);
                boolean readiness = request.uri().getPath().equals("/q/health/ready");
                if (status >= 500 || status == 401 || readiness && status != 200) {
                    failures.add(what + " answered " + status);
                }
            } catch (IOException e) {
                failures.add(what + " failed: " + e.getMessage());
            }
        }
        return failures;
    }

    /**
     * Waits (at most {@value #READY_WAIT_SECONDS} s) until readiness answers 200: the search index loads beside the
     * start, so the service may be started and not yet ready. The first request of the run then checks it.
     */
    private static void awaitReady(HttpClient client, String management) throws InterruptedException {
        HttpRequest ready = get(management + "/q/health/ready", null);
        long deadline = System.nanoTime() + Duration.ofSeconds(READY_WAIT_SECONDS).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet: try again
            }
            Thread.sleep(100);
        }
    }

    private static HttpRequest get(String uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    /**
     * Links every class the log says was loaded from a jar or directory (not mapped from an archive already), through
     * {@code loader}; returns how many it linked. Classes that are not visible from {@code loader} (hidden classes,
     * generated proxies) are skipped.
     */
    static int linkLoadedClasses(Path classLog, ClassLoader loader) {
        List<String> lines;
        try {
            lines = Files.readAllLines(classLog);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the class-load log " + classLog, e);
        }
        int linked = 0;
        for (String line : lines) {
            String name = loadedFromFile(line);
            if (name == null) {
                continue;
            }
            try {
                Class.forName(name, false, loader).getDeclaredMethods();
                linked++;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // not visible from this loader or not linkable here; the archive simply leaves it out
            }
        }
        return linked;
    }

    /** The class name of a {@code -Xlog:class+load} line (decorations off) whose class came from a file, else null. */
    static String loadedFromFile(String line) {
        int source = line.indexOf(" source: ");
        if (source <= 0 || !line.startsWith("file:", source + 9) && !line.startsWith("jar:", source + 9)
                && !line.startsWith("jrt:", source + 9)) {
            return null;
        }
        String name = line.substring(0, source).trim();
        return name.indexOf('/') >= 0 || name.contains("$$Lambda") ? null : name;
    }
}
