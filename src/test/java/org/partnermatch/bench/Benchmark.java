package org.partnermatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.HdrHistogram.Histogram;
import org.partnermatch.common.EmbeddedDatabase;
import org.partnermatch.support.Tokens;

/**
 * The benchmark suite (not part of the test run). For each scale it builds a synthetic district in a fresh
 * PostgreSQL 17, starts the packaged service as its own process on it, and measures each scenario at a fixed rate
 * (latency without coordinated omission) and at saturation, with the process's peak RSS. Writes
 * target/bench/report.md and report.json.
 *
 * <pre>
 * mvn -B -DskipTests package
 * mvn -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.partnermatch.bench.Benchmark \
 *     -Dexec.args="--offerings 1000,20000,100000 --rate 100 --seconds 30"
 * # some scenarios only (names start with these), e.g. how matching grows with the directory
 * ... -Dexec.args="--offerings 1000,10000,100000 --only pk-get,need,school,opportunities"
 * # mixed workload: every scenario at once by weight, 200 req/s for 10 minutes, errors and RSS per interval
 * ... -Dexec.args="--offerings 20000 --mixed 200 --seconds 600"   (--warmup 240: that much of the mix first, apart)
 * </pre>
 */
public final class Benchmark {

    private Benchmark() {
    }

    record Row(int offerings, String scenario, double rate, long requests, long errors, double p50, double p99,
               double max, double saturation, double startup, long rssMb, long peakRssMb, double serviceCpuUs,
               double driverCpuUs) {
    }

    /** The median of column {@code column} of {@code samples}. */
    static double median(List<double[]> samples, int column) {
        double[] values = samples.stream().mapToDouble(sample -> sample[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** This driver's own CPU time (all its threads). */
    static long driverCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        List<Integer> scales = new ArrayList<>();
        for (String s : options.getOrDefault("offerings", "1000,20000,100000").split(",")) {
            scales.add(Integer.parseInt(s.trim()));
        }
        double rate = Double.parseDouble(options.getOrDefault("rate", "100"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "30"));
        double saturationSeconds = Double.parseDouble(options.getOrDefault("saturation-seconds", "10"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int rounds = Math.max(1, Integer.parseInt(options.getOrDefault("rounds", "1")));
        ACCEPT_ENCODING = options.get("accept-encoding");
        // --only "pk-get,school matches": scenarios whose names start with one of these (all when absent)
        List<String> only = options.containsKey("only") ? List.of(options.get("only").split(",")) : List.of("");
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        if (options.containsKey("mixed")) {
            runMixed(scales.get(0), Double.parseDouble(options.get("mixed")), seconds,
                    Double.parseDouble(options.getOrDefault("interval", Double.toString(Math.max(5, seconds / 20)))),
                    Double.parseDouble(options.getOrDefault("warmup", "0")), out);
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (int offerings : scales) {
            rows.addAll(runScale(offerings, rate, seconds, saturationSeconds, clients, rounds, only, out));
            write(rows, out, rate, seconds, rounds);
        }
        System.out.println(Files.readString(out.resolve("report.md")));
    }

    private static List<Row> runScale(int offerings, double rate, double seconds, double saturationSeconds, int clients,
                                      int rounds, List<String> only,
                                      Path out) throws Exception {
        Path dir = out.resolve("pg-" + offerings);
        deleteRecursively(dir);
        List<Row> rows = new ArrayList<>();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            int port = freePort();
            generate(db, offerings, port, out);
            Scenarios.Ids ids = ids(db);
            try (ServiceProcess service = ServiceProcess.start(db, port, out.resolve("service-" + offerings + ".log"), Map.of())) {
                System.out.printf("[%d] service ready in %.2f s%n", offerings, service.startupSeconds());
                LoadDriver driver = new LoadDriver(service.base(), Tokens.district(), ACCEPT_ENCODING);
                Map<String, IntPredicate> chosen = new LinkedHashMap<>();
                new Scenarios(driver, ids).all().forEach((name, operation) -> {
                    if (only.stream().anyMatch(prefix -> name.startsWith(prefix.trim()))) {
                        chosen.put(name, operation);
                    }
                });
                Map<String, LoadDriver.Result> fixedRuns = new LinkedHashMap<>();
                Map<String, List<double[]>> saturations = new LinkedHashMap<>();
                // the fixed rate once; then saturation round after round over every scenario, so that a slower or
                // faster spell of the host falls on all of them alike (the medians are reported)
                for (int round = 0; round < rounds; round++) {
                    for (Map.Entry<String, IntPredicate> scenario : chosen.entrySet()) {
                        IntPredicate operation = scenario.getValue();
                        if (round == 0) {
                            driver.warm(operation, 300);
                            fixedRuns.put(scenario.getKey(),
                                    driver.fixedRate(scenario.getKey(), operation, rate, seconds, 32));
                        }
                        long serviceCpu = service.cpuNanos();
                        long driverCpu = driverCpuNanos();
                        LoadDriver.Result saturated =
                                driver.saturate(scenario.getKey(), operation, clients, saturationSeconds);
                        double perRequest = 1000.0 * Math.max(1, saturated.requests());
                        double[] sample = {saturated.throughput(), (service.cpuNanos() - serviceCpu) / perRequest,
                                (driverCpuNanos() - driverCpu) / perRequest, saturated.errors()};
                        saturations.computeIfAbsent(scenario.getKey(), k -> new ArrayList<>()).add(sample);
                        Histogram h = fixedRuns.get(scenario.getKey()).latency();
                        System.out.printf(Locale.ROOT, "[%d] round %d %-36s p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  "
                                        + "saturation %7.0f req/s  CPU per request: service %.0f µs, driver %.0f µs%n",
                                offerings, round + 1, scenario.getKey(), h.getValueAtPercentile(50) / 1000.0,
                                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, sample[0], sample[1],
                                sample[2]);
                    }
                }
                long[] rss = service.rssMb();
                for (String scenario : chosen.keySet()) {
                    LoadDriver.Result fixed = fixedRuns.get(scenario);
                    List<double[]> samples = saturations.get(scenario);
                    long saturationErrors = (long) samples.stream().mapToDouble(sample -> sample[3]).sum();
                    Histogram h = fixed.latency();
                    rows.add(new Row(offerings, scenario, rate, fixed.requests(), fixed.errors() + saturationErrors,
                            h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                            h.getMaxValue() / 1000.0, median(samples, 0), service.startupSeconds(), rss[0], rss[1],
                            median(samples, 1), median(samples, 2)));
                }
            }
        }
        deleteRecursively(dir);
        return rows;
    }

    /** Migrates the empty database with a first start of the service, then generates the district into it. */
    static void generate(EmbeddedDatabase db, int offerings, int port, Path out) throws Exception {
        try (ServiceProcess first = ServiceProcess.start(db, port, out.resolve("service-" + offerings + "-migrate.log"), Map.of())) {
            System.out.printf("[%d] schema ready%n", offerings);
        }
        long t0 = System.nanoTime();
        try (Connection c = db.connect()) {
            SyntheticDistrict.generate(c, SyntheticDistrict.Scale.ofOfferings(offerings));
        }
        System.out.printf("[%d] district generated in %.1f s%n", offerings, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Mixed workload: every scenario at once, drawn by weight ({@link Scenarios#MIX}), at a fixed total rate for
     * {@code seconds}, reported per interval (requests, errors, latency, RSS) to show that errors stay at zero and
     * memory stays flat. {@code warmup} seconds of the same mix at the same rate go first, reported on their own line
     * and not counted (what a replica's JIT does in its first minutes under load is then apart from what it holds).
     * Writes target/bench/mixed.md and mixed.json.
     */
    private static void runMixed(int offerings, double rate, double seconds, double interval, double warmup, Path out)
            throws Exception {
        Path dir = out.resolve("pg-mixed-" + offerings);
        deleteRecursively(dir);
        StringBuilder md = new StringBuilder("# PartnerMatch mixed workload\n\n");
        StringBuilder json = new StringBuilder("{\"intervals\": [\n");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            int port = freePort();
            generate(db, offerings, port, out);
            Scenarios.Ids ids = ids(db);
            try (ServiceProcess service = ServiceProcess.start(db, port, out.resolve("service-mixed.log"), Map.of())) {
                LoadDriver driver = new LoadDriver(service.base(), Tokens.district(), ACCEPT_ENCODING);
                Map<String, java.util.concurrent.atomic.AtomicLong> errors = Scenarios.errorCounts();
                IntPredicate mixed = new Scenarios(driver, ids).mixed(errors);
                driver.warm(mixed, 300);
                int base = 0;
                String warmed = "";
                if (warmup > 0) {
                    errors.clear();
                    IntPredicate warmOps = i -> mixed.test(300 + i);
                    LoadDriver.Result w = driver.fixedRate("mixed warm-up", warmOps, rate, warmup, 64);
                    base = 300 + (int) w.requests();
                    warmed = String.format(Locale.ROOT, " After a warm-up of %.0f s of the same mix (not counted below): "
                            + "%,d requests, %d errors %s, p50 %.2f ms, p99 %.2f ms.", warmup, w.requests(), w.errors(),
                            errors, w.latency().getValueAtPercentile(50) / 1000.0,
                            w.latency().getValueAtPercentile(99) / 1000.0);
                    System.out.println(warmed.trim());
                }
                errors.clear();
                md.append(String.format(Locale.ROOT, "%,d offerings; %.0f req/s for %.0f s, mix %s; one service process "
                        + "(%s), start-up %.2f s.%s%n%n", offerings, rate, seconds, Scenarios.MIX, ServiceProcess.jvmOptions(),
                        service.startupSeconds(), warmed));
                md.append("| t s | requests | errors | p50 ms | p99 ms | max ms | RSS MB |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
                long total = 0;
                long failed = 0;
                long firstRss = -1;
                long lastRss = -1;
                for (double t = 0; t < seconds - 1e-9; t += interval) {
                    double slice = Math.min(interval, seconds - t);
                    int offset = base;
                    IntPredicate sliceOps = i -> mixed.test(offset + i);
                    LoadDriver.Result r = driver.fixedRate("mixed", sliceOps, rate, slice, 64);
                    base += (int) r.requests();
                    long rss = service.rssMb()[0];
                    firstRss = firstRss < 0 ? rss : firstRss;
                    lastRss = rss;
                    total += r.requests();
                    failed += r.errors();
                    Histogram h = r.latency();
                    String line = String.format(Locale.ROOT, "| %.0f | %d | %d | %.2f | %.2f | %.2f | %d |", t + slice,
                            r.requests(), r.errors(), h.getValueAtPercentile(50) / 1000.0,
                            h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, rss);
                    System.out.println(line);
                    md.append(line).append('\n');
                    json.append(String.format(Locale.ROOT, "  {\"t\": %.1f, \"requests\": %d, \"errors\": %d, \"p50Ms\": %.3f, "
                            + "\"p99Ms\": %.3f, \"maxMs\": %.3f, \"rssMb\": %d},%n", t + slice, r.requests(), r.errors(),
                            h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                            h.getMaxValue() / 1000.0, rss));
                }
                String summary = String.format(Locale.ROOT, "%nTotal %,d requests, %d errors %s; RSS %d MB after the first "
                        + "interval, %d MB at the end (peak %d MB).%n", total, failed, errors, firstRss, lastRss,
                        service.rssMb()[1]);
                System.out.print(summary);
                md.append(summary);
                String plans = allocationPlans(db);
                System.out.print(plans);
                md.append(plans);
                json.setLength(json.length() - 2);
                json.append(String.format(Locale.ROOT, "%n], \"requests\": %d, \"errors\": %d, \"firstRssMb\": %d, "
                        + "\"lastRssMb\": %d}%n", total, failed, firstRss, lastRss));
            }
        }
        deleteRecursively(dir);
        Files.writeString(out.resolve("mixed.md"), md.toString());
        Files.writeString(out.resolve("mixed.json"), json.toString());
    }

    private static void write(List<Row> rows, Path out, double rate, double seconds, int rounds) throws Exception {
        Map<String, Double> pkSaturation = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.scenario().startsWith("pk-get")) {
                pkSaturation.put(Integer.toString(row.offerings()), row.saturation());
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# PartnerMatch benchmark\n\n");
        md.append(String.format(Locale.ROOT, "Fixed rate %.0f req/s for %.0f s per scenario (latency from intended start, "
                + "no coordinated omission), then saturation with a closed loop, %d round(s) over every scenario in turn "
                + "(saturation and CPU figures: the median round). One service process (%s) on "
                + "PostgreSQL 17 on this machine (%d cores). Ratio = saturation throughput / primary-key GET's in the "
                + "same run. CPU per request: the service process's and this driver's CPU time during saturation, divided by the "
                + "requests then (the database's is not counted; the driver shares the machine's cores).%s%n%n", rate, seconds, rounds, ServiceProcess.jvmOptions(), Runtime.getRuntime().availableProcessors(),
                ACCEPT_ENCODING == null ? "" : " Requests send Accept-Encoding: " + ACCEPT_ENCODING + "."));
        md.append("| offerings | scenario | p50 ms | p99 ms | max ms | errors | saturation req/s | ratio to pk-get "
                + "| service CPU µs/req | driver CPU µs/req | start-up s | RSS MB | peak RSS MB |\n");
        md.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double ratio = r.saturation() / pkSaturation.getOrDefault(Integer.toString(r.offerings()), r.saturation());
            md.append(String.format(Locale.ROOT, "| %,d | %s | %.2f | %.2f | %.2f | %d | %.0f | %.2f | %.0f | %.0f | %.2f | %d | %d |%n",
                    r.offerings(), r.scenario(), r.p50(), r.p99(), r.max(), r.errors(), r.saturation(), ratio,
                    r.serviceCpuUs(), r.driverCpuUs(), r.startup(), r.rssMb(), r.peakRssMb()));
            json.append(String.format(Locale.ROOT, "  {\"offerings\": %d, \"scenario\": \"%s\", \"rate\": %.1f, \"requests\": %d, "
                    + "\"errors\": %d, \"p50Ms\": %.3f, \"p99Ms\": %.3f, \"maxMs\": %.3f, \"saturationRps\": %.1f, "
                    + "\"ratioToPkGet\": %.3f, \"serviceCpuUsPerRequest\": %.1f, \"driverCpuUsPerRequest\": %.1f, "
                    + "\"startupSeconds\": %.3f, \"rssMb\": %d, \"peakRssMb\": %d}%s%n",
                    r.offerings(), r.scenario(), r.rate(), r.requests(), r.errors(), r.p50(), r.p99(), r.max(),
                    r.saturation(), ratio, r.serviceCpuUs(), r.driverCpuUs(), r.startup(), r.rssMb(), r.peakRssMb(),
                    i + 1 < rows.size() ? "," : ""));
        }
        json.append("]\n");
        Files.writeString(out.resolve("report.md"), md.toString());
        Files.writeString(out.resolve("report.json"), json.toString());
    }

    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The ids the scenarios draw from, read straight from the generated district. */
    /**
     * What became of the allocation plans asked for (inline or queued as jobs): by status once the queue has drained
     * (up to a minute), and how long from the request to the finished plan.
     */
    private static String allocationPlans(EmbeddedDatabase db) throws Exception {
        for (int i = 0; i < 60 && !ids(db, "SELECT id FROM allocation_plan WHERE status IN ('queued', 'running')").isEmpty(); i++) {
            Thread.sleep(1000);
        }
        List<String> byStatus = ids(db, "SELECT status || ' ' || count(*) FROM allocation_plan GROUP BY status ORDER BY status");
        List<String> delays = ids(db, "SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::numeric, 2) || ' / ' "
                + "|| round(percentile_cont(0.99) WITHIN GROUP (ORDER BY s)::numeric, 2) || ' / ' || round(max(s)::numeric, 2) "
                + "|| ' s; ' || count(*) FILTER (WHERE s > 2) || ' took over 2 s' FROM (SELECT extract(epoch FROM "
                + "finished_at - created_at) AS s FROM allocation_plan WHERE finished_at IS NOT NULL) d");
        return String.format(Locale.ROOT, "Allocation plans (after the queue drained): %s; from the job's creation "
                + "(after its instance was built) to the finished plan p50 / p99 / max %s.%n", String.join(", ", byStatus), delays.isEmpty() ? "-" : delays.get(0));
    }

    static Scenarios.Ids ids(EmbeddedDatabase db) throws Exception {
        List<String> schools = ids(db, "SELECT id FROM school WHERE name LIKE 'Bench School %' ORDER BY id");
        List<String> needs = ids(db, "SELECT id FROM need WHERE status = 'open' ORDER BY id LIMIT 500");
        List<String> organizations = ids(db, "SELECT organization_id FROM offering o JOIN organization g ON g.id = o.organization_id "
                + "WHERE g.vetting_status = 'approved' GROUP BY organization_id ORDER BY organization_id LIMIT 200");
        List<String[]> schoolNeeds = new ArrayList<>();
        for (String row : ids(db, "SELECT DISTINCT ON (school_id) school_id || ' ' || id FROM need WHERE status = 'open' "
                + "ORDER BY school_id, id")) {
            schoolNeeds.add(row.split(" "));
        }
        List<String> offerings = ids(db, "SELECT o.id FROM offering o JOIN organization g ON g.id = o.organization_id "
                + "WHERE g.vetting_status = 'approved' AND o.active ORDER BY o.id LIMIT 5000");
        return new Scenarios.Ids(schools, needs, organizations, schoolNeeds, offerings);
    }

    private static List<String> ids(EmbeddedDatabase db, String sql) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.connect();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** {@code --name value} pairs; a name without its value, or a value without a name, is refused. */
    /**
     * --accept-encoding gzip: every request says it accepts gzip, as browsers and most HTTP clients do (a response
     * the service has compressed, school matches, then travels compressed); absent, nothing is compressed.
     */
    static String ACCEPT_ENCODING;

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Options are --name value pairs; cannot read " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
