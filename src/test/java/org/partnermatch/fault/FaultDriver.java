package org.partnermatch.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.partnermatch.bench.ServiceProcess;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

/**
 * The fault scenarios behind {@code src/test/fault/fault-tests.sh} (not part of the test run): the packaged service
 * as its own process on a throwaway PostgreSQL cluster that the script owns, with real RS256 tokens.
 * <ol>
 *   <li>the database stops under load: readiness goes DOWN, liveness stays UP, requests answer 503 problem+json with
 *   Retry-After within the pool's acquisition timeout (no 500s, no hangs); the database comes back: the same process
 *   recovers;</li>
 *   <li>{@code kill -9} in the middle of Idempotency-Key partnership requests: after a restart every acknowledged
 *   write is there exactly once, and retrying every attempted write with its key leaves exactly one of each;</li>
 *   <li>SIGTERM under load: requests in flight when the signal arrives finish with their normal answer.</li>
 * </ol>
 * Prints one PASS/FAIL line per check with its figures, and fails (non-zero exit) when any check fails.
 */
public final class FaultDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    /** quarkus.datasource.jdbc.acquisition-timeout of the service. */
    private static final Duration ACQUISITION_TIMEOUT = Duration.ofSeconds(5);
    /** A request taking longer than this counts as hung. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);

    record Check(String name, boolean passed, String figures) {
    }

    /** One answer: status (-1 when no HTTP answer came), content type, Retry-After, body; times in nanos. */
    record Outcome(long start, long end, int status, String contentType, String retryAfter, String body, String error) {
        double millis() {
            return (end - start) / 1e6;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private final List<Check> checks = new ArrayList<>();
    private final String jdbcUrl;
    private final String pgStart;
    private final String pgStop;
    private final Path out;
    private final String district = Tokens.district();

    private FaultDriver(String jdbcUrl, String pgStart, String pgStop, Path out) {
        this.jdbcUrl = jdbcUrl;
        this.pgStart = pgStart;
        this.pgStop = pgStop;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(options.getOrDefault("out", "target/fault"));
        Files.createDirectories(out);
        FaultDriver driver = new FaultDriver(options.get("jdbc"), options.get("pg-start"), options.get("pg-stop"), out);
        driver.run();
    }

    private void run() throws Exception {
        int port = freePort();
        ServiceProcess service = ServiceProcess.start(jdbcUrl, port, out.resolve("service-1.log"), Map.of());
        try {
            System.out.printf(Locale.ROOT, "service up in %.1f s on port %d%n", service.startupSeconds(), port);
            Seed seed = seed(service.base());
            databaseOutage(service, seed);
            service = killDuringKeyedWrites(service, seed, port);
            sigtermUnderLoad(service, seed);
        } finally {
            service.close();
        }
        System.out.println();
        System.out.println("Fault tests");
        boolean all = true;
        for (Check check : checks) {
            System.out.printf("  %s  %-62s %s%n", check.passed() ? "PASS" : "FAIL", check.name(), check.figures());
            all &= check.passed();
        }
        long passed = checks.stream().filter(Check::passed).count();
        System.out.printf("%s: %d of %d checks passed%n", all ? "PASS" : "FAIL", passed, checks.size());
        if (!all) {
            throw new IllegalStateException("fault tests failed");
        }
    }

    // ---- data ----------------------------------------------------------------------------------------------

    /**
     * {@code planSchool} is the scope of the SIGTERM phase's plans: its own school with {@link #PLAN_NEEDS} needs, so
     * a plan's size (needs × offerings) does not depend on how many needs the outage phase managed to add to
     * {@code school} (about 600, which with 400 offerings comes close to the allocation's 250,000-pair limit).
     */
    record Seed(UUID school, UUID need, UUID organization, List<UUID> offerings, UUID planSchool) {
    }

    private static final int PLAN_NEEDS = 100;

    private Seed seed(String base) throws Exception {
        UUID school = created(send(base, "POST", "/api/v1/schools", district, Api.school(), Map.of()));
        UUID need = created(send(base, "POST", "/api/v1/schools/" + school + "/needs", district, Api.need(), Map.of()));
        UUID organization = created(send(base, "POST", "/api/v1/organizations", district, Api.organization(), Map.of()));
        Outcome vetted = send(base, "POST", "/api/v1/organizations/" + organization + "/vetting", district,
                Map.of("status", "approved", "note", "on file"), Map.of());
        if (vetted.status() != 200) {
            throw new IllegalStateException("vetting failed: " + vetted);
        }
        List<UUID> offerings = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 400; i++) {
            pool.execute(() -> {
                Map<String, Object> body = Api.offering();
                body.put("capacity", 1000);
                try {
                    offerings.add(created(send(base, "POST", "/api/v1/organizations/" + organization + "/offerings",
                            district, body, Map.of())));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        List<UUID> sorted = new ArrayList<>(offerings);
        Collections.sort(sorted);
        UUID planSchool = created(send(base, "POST", "/api/v1/schools", district, Api.school(), Map.of()));
        for (int i = 0; i < PLAN_NEEDS; i++) {
            created(send(base, "POST", "/api/v1/schools/" + planSchool + "/needs", district, Api.need(), Map.of()));
        }
        System.out.printf("seeded 2 schools, %d needs, 1 organization, %d offerings%n", 1 + PLAN_NEEDS, sorted.size());
        return new Seed(school, need, organization, sorted, planSchool);
    }

    // ---- (a) database outage ---------------------------------------------------------------------------------

    private void databaseOutage(ServiceProcess service, Seed seed) throws Exception {
        String base = service.base();
        List<String> reads = List.of("/api/v1/schools/" + seed.school(), "/api/v1/needs/" + seed.need(),
                "/api/v1/schools?size=5", "/api/v1/offerings?organizationId=" + seed.organization() + "&size=5");
        Load load = new Load(6, i -> i % 5 == 4
                ? request(base, "POST", "/api/v1/schools/" + seed.school() + "/needs", district, Api.need(), Map.of())
                : request(base, "GET", reads.get(i % reads.size()), district, null, Map.of()));
        load.start();
        Thread.sleep(3_000);
        long stopped = System.nanoTime();
        shell(pgStop);
        long stopDone = System.nanoTime();
        double readyDownAfter = waitForReady(service.management(), 503, Duration.ofSeconds(30), stopped);
        List<Integer> live = new ArrayList<>();
        while (System.nanoTime() - stopped < Duration.ofSeconds(12).toNanos()) {
            live.add(send(service.management(), "GET", "/q/health/live", null, null, Map.of()).status());
            Thread.sleep(500);
        }
        long restarted = System.nanoTime();
        shell(pgStart);
        double readyUpAfter = waitForReady(service.management(), 200, Duration.ofSeconds(60), restarted);
        long readyAgain = System.nanoTime();
        Thread.sleep(3_000);
        List<Outcome> outcomes = load.stop();

        List<Outcome> during = outcomes.stream().filter(o -> o.start() >= stopDone && o.end() <= restarted).toList();
        long unavailable = during.stream().filter(o -> o.status() == 503).count();
        long wellFormed = during.stream().filter(o -> o.status() == 503 && o.problem() && o.retryAfter() != null
                && problemStatus(o) == 503).count();
        long servers = outcomes.stream().filter(o -> o.status() >= 500 && o.status() != 503).count();
        long unexpected = outcomes.stream().filter(o -> o.status() / 100 != 2 && o.status() != 503).count();
        long hung = outcomes.stream().filter(o -> o.status() == -1).count();
        double max = outcomes.stream().mapToDouble(Outcome::millis).max().orElse(0);
        double maxDuring = during.stream().mapToDouble(Outcome::millis).max().orElse(0);
        List<Outcome> after = outcomes.stream().filter(o -> o.start() >= readyAgain).toList();
        long afterOk = after.stream().filter(o -> o.status() / 100 == 2).count();

        check("outage: /q/health/ready goes DOWN (503)", readyDownAfter >= 0,
                String.format(Locale.ROOT, "after %.2f s", readyDownAfter));
        check("outage: /q/health/live stays UP", !live.isEmpty() && live.stream().allMatch(s -> s == 200),
                live.size() + " probes, statuses " + new java.util.TreeSet<>(live));
        check("outage: requests answer 503 problem+json with Retry-After", unavailable > 0 && wellFormed == unavailable,
                wellFormed + " of " + unavailable + " 503s well-formed; " + during.size() + " requests during the outage");
        check("outage: no 500s, no other errors, no hangs", servers == 0 && unexpected == 0 && hung == 0,
                String.format(Locale.ROOT, "%d requests %s; 5xx other than 503: %d; other non-2xx: %d; no answer: %d",
                        outcomes.size(), statuses(outcomes), servers, unexpected, hung));
        check("outage: every answer within the acquisition timeout (5 s)",
                max <= ACQUISITION_TIMEOUT.toMillis() + 1_000,
                String.format(Locale.ROOT, "slowest %.0f ms (during the outage %.0f ms)", max, maxDuring));
        check("outage: recovers without a restart once PostgreSQL is back", readyUpAfter >= 0 && !after.isEmpty()
                        && afterOk == after.size(),
                String.format(Locale.ROOT, "ready again %.2f s after the start; then %d of %d requests 2xx",
                        readyUpAfter, afterOk, after.size()));
    }

    private double waitForReady(String base, int status, Duration limit, long since) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (send(base, "GET", "/q/health/ready", null, null, Map.of()).status() == status) {
                return (System.nanoTime() - since) / 1e9;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    // ---- (b) kill -9 during keyed writes ---------------------------------------------------------------------

    private ServiceProcess killDuringKeyedWrites(ServiceProcess service, Seed seed, int port) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<Integer, UUID> acknowledged = new ConcurrentHashMap<>();
        Map<Integer, Boolean> attempted = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        String base = service.base();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (int w = 0; w < 8; w++) {
            writers.execute(() -> {
                int i;
                while (!killed.get() && (i = next.getAndIncrement()) < seed.offerings().size()) {
                    attempted.put(i, true);
                    Outcome o = send(base, "POST", "/api/v1/partnerships", district, partnership(seed, i),
                            Map.of("Idempotency-Key", key(run, i)));
                    if (o.status() == 201) {
                        acknowledged.put(i, id(o));
                    }
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        service.kill();
        killed.set(true);
        writers.shutdown();
        writers.awaitTermination(1, TimeUnit.MINUTES);
        int ackedAtKill = acknowledged.size();
        System.out.printf("kill -9 after %d acknowledged of %d attempted keyed writes%n", ackedAtKill, attempted.size());

        ServiceProcess restarted = ServiceProcess.start(jdbcUrl, port, out.resolve("service-2.log"), Map.of());
        System.out.printf(Locale.ROOT, "restarted in %.1f s%n", restarted.startupSeconds());
        String after = restarted.base();
        long present = 0;
        for (UUID id : acknowledged.values()) {
            if (send(after, "GET", "/api/v1/partnerships/" + id, district, null, Map.of()).status() == 200) {
                present++;
            }
        }
        int sameId = 0;
        int replayedUnacknowledged = 0;
        int createdOnRetry = 0;
        int retryFailures = 0;
        for (int i : new java.util.TreeSet<>(attempted.keySet())) {
            Outcome o = send(after, "POST", "/api/v1/partnerships", district, partnership(seed, i),
                    Map.of("Idempotency-Key", key(run, i)));
            if (o.status() != 201) {
                retryFailures++;
                continue;
            }
            boolean replayed = "true".equals(o.error());
            if (acknowledged.containsKey(i)) {
                if (acknowledged.get(i).equals(id(o)) && replayed) {
                    sameId++;
                }
            } else if (replayed) {
                replayedUnacknowledged++;
            } else {
                createdOnRetry++;
            }
        }
        Map<UUID, Integer> rows = partnershipsPerOffering(seed.school());
        long duplicates = rows.values().stream().filter(n -> n > 1).count();
        long missing = attempted.keySet().stream().filter(i -> !rows.containsKey(seed.offerings().get(i))).count();

        check("kill -9: every acknowledged write survives", present == ackedAtKill && ackedAtKill > 0,
                present + " of " + ackedAtKill + " acknowledged partnerships found after restart");
        check("kill -9: retries of acknowledged writes replay the same record", sameId == ackedAtKill,
                sameId + " of " + ackedAtKill + " replayed with the same id (Idempotent-Replayed: true)");
        check("kill -9: exactly once after retrying every attempted key",
                duplicates == 0 && missing == 0 && retryFailures == 0 && rows.size() == attempted.size(),
                String.format("%d attempted, %d rows, %d duplicates, %d missing, %d retries failed; unacknowledged: "
                                + "%d had committed (replayed), %d created on retry",
                        attempted.size(), rows.size(), duplicates, missing, retryFailures, replayedUnacknowledged,
                        createdOnRetry));
        return restarted;
    }

    private static String key(String run, int i) {
        return "fault-" + run + "-" + i;
    }

    private static Map<String, Object> partnership(Seed seed, int i) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schoolId", seed.school());
        body.put("offeringId", seed.offerings().get(i));
        body.put("needIds", List.of(seed.need()));
        body.put("message", "Fault test " + i);
        body.put("studentsToServe", 1);
        body.put("startDate", "2027-02-01");
        body.put("endDate", "2027-06-15");
        return body;
    }

    private Map<UUID, Integer> partnershipsPerOffering(UUID school) throws Exception {
        Map<UUID, Integer> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement s = c.prepareStatement(
                     "SELECT offering_id, count(*) FROM partnership WHERE school_id = ? GROUP BY offering_id")) {
            s.setObject(1, school);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }
            }
        }
        return rows;
    }

    // ---- (c) SIGTERM under load --------------------------------------------------------------------------------

    private void sigtermUnderLoad(ServiceProcess service, Seed seed) throws Exception {
        String base = service.base();
        List<String> reads = List.of("/api/v1/schools/" + seed.school() + "/matches",
                "/api/v1/needs/" + seed.need() + "/matches", "/api/v1/schools/" + seed.school(),
                "/api/v1/offerings?q=math&size=20");
        Load load = new Load(8, i -> i % 6 == 5
                ? request(base, "POST", "/api/v1/allocations", district, Map.of("schoolIds", List.of(seed.planSchool())), Map.of())
                : request(base, "GET", reads.get(i % reads.size()), district, null, Map.of()));
        load.start();
        Thread.sleep(3_000);
        long signalled = System.nanoTime();
        service.terminate();
        // clients keep coming for 2 s, as they do until a load balancer drops the instance
        Thread.sleep(2_000);
        List<Outcome> outcomes = load.stop();
        Integer exit = service.awaitExit(Duration.ofSeconds(45));
        double shutdownSeconds = (System.nanoTime() - signalled) / 1e9;
        // sent before the signal (a 5 ms margin for the bytes to reach the server)
        List<Outcome> inFlight = outcomes.stream()
                .filter(o -> o.start() < signalled - 5_000_000 && o.end() >= signalled).toList();
        // a normal answer: 2xx, or 429 from the planner (plans are built one at a time; this load asks for more)
        java.util.function.Predicate<Outcome> normal = o -> o.status() / 100 == 2 || o.status() == 429;
        long inFlightOk = inFlight.stream().filter(normal).count();
        long before = outcomes.stream().filter(o -> o.start() < signalled - 5_000_000).count();
        long beforeOk = outcomes.stream().filter(o -> o.start() < signalled - 5_000_000 && normal.test(o)).count();
        long busy = outcomes.stream().filter(o -> o.status() == 429).count();
        List<Outcome> later = outcomes.stream().filter(o -> o.start() >= signalled - 5_000_000).toList();
        long laterServerErrors = later.stream().filter(o -> o.status() >= 500 && o.status() != 503).count();

        check("SIGTERM: requests in flight finish normally", inFlightOk == inFlight.size() && beforeOk == before,
                String.format("%d in flight at the signal, %d answered 2xx or 429; %d of %d sent before it 2xx or 429 "
                        + "(%d plans in all told to retry: 429)", inFlight.size(), inFlightOk, beforeOk, before, busy));
        check("SIGTERM: the process exits within the shutdown timeout (30 s)", exit != null && shutdownSeconds <= 31,
                String.format(Locale.ROOT, "exit code %s after %.2f s", exit, shutdownSeconds));
        check("SIGTERM: requests after the signal are answered or refused, never 500", laterServerErrors == 0,
                String.format("%d later requests, by status (-1 = refused): %s", later.size(), statuses(later)));
    }

    // ---- load and HTTP ---------------------------------------------------------------------------------------

    /** Closed-loop load with {@code threads} clients until {@link #stop}; records every outcome. */
    private static final class Load {
        private final int threads;
        private final IntFunction<HttpRequest> requests;
        private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger next = new AtomicInteger();
        private ExecutorService pool;

        Load(int threads, IntFunction<HttpRequest> requests) {
            this.threads = threads;
            this.requests = requests;
        }

        void start() {
            pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    while (running.get()) {
                        Outcome o = exchange(requests.apply(next.getAndIncrement()));
                        outcomes.add(o);
                        if (o.status() == -1 && o.error() != null && o.error().contains("Connect")) {
                            pause(50); // the service is gone: do not spin
                        }
                    }
                });
            }
        }

        List<Outcome> stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            return new ArrayList<>(outcomes);
        }
    }

    private static HttpRequest request(String base, String method, String path, String token, Object body,
                                       Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(CLIENT_TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        try {
            if (body == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return builder.build();
    }

    private static Outcome send(String base, String method, String path, String token, Object body,
                                Map<String, String> headers) {
        return exchange(request(base, method, path, token, body, headers));
    }

    /** One exchange; for a replayed idempotent answer {@code error} carries "true" (Idempotent-Replayed). */
    private static Outcome exchange(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(start, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(),
                    response.headers().firstValue("Idempotent-Replayed").orElse(null));
        } catch (Exception e) {
            return new Outcome(start, System.nanoTime(), -1, null, null, null, e.getClass().getSimpleName());
        }
    }

    private static Map<Integer, Long> statuses(List<Outcome> outcomes) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return counts;
    }

    private static UUID created(Outcome o) {
        if (o.status() != 201) {
            throw new IllegalStateException("expected 201, got " + o.status() + " " + o.body());
        }
        return id(o);
    }

    private static UUID id(Outcome o) {
        try {
            JsonNode node = JSON.readTree(o.body());
            return UUID.fromString(node.path("id").asText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int problemStatus(Outcome o) {
        try {
            return JSON.readTree(o.body()).path("status").asInt();
        } catch (Exception e) {
            return -1;
        }
    }

    private void check(String name, boolean passed, String figures) {
        checks.add(new Check(name, passed, figures));
        System.out.printf("%s  %s: %s%n", passed ? "PASS" : "FAIL", name, figures);
    }

    private static void shell(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("command failed: " + command);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
