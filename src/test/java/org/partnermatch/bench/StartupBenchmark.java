package org.partnermatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnermatch.common.EmbeddedDatabase;

/**
 * Start-up of the packaged service on an external PostgreSQL (not part of the test run): from launch until
 * {@code /q/health/ready} answers 200, JVM start, migrations check and index load included. Each round starts the
 * service once per variant, in turn, so that a busy moment of the machine does not fall on one variant only:
 * with the class-data sharing archive that {@code mvn package} trains (as the README and the manifests run it),
 * without it, and optionally with extra options on top of the archive. Writes target/bench/startup.md and .json.
 *
 * <pre>
 * mvn -B -DskipTests package
 * mvn -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.partnermatch.bench.StartupBenchmark \
 *     -Dexec.args="--runs 10 --offerings 0"
 * # a candidate JVM option on top of the archive
 * ... -Dexec.args="--runs 10 --extra -XX:CompileThresholdScaling=3"
 * # beside another build (a checkout with its own mvn package): git worktree add /tmp/before REV
 * ... -Dexec.args="--runs 5 --offerings 20000 --baseline /tmp/before"   (several: comma-separated)
 * </pre>
 * The baseline runs from its checkout with its own archive, on the same database; as the schema may be newer than
 * it knows, it does not validate the applied migrations.
 */
public final class StartupBenchmark {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmark.options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
        int offerings = Integer.parseInt(options.getOrDefault("offerings", "0"));
        String base = System.getProperty("bench.jvm", ServiceProcess.DEFAULT_JVM_OPTIONS).trim();
        if (!ServiceProcess.archiveBuilt()) {
            throw new IllegalStateException("No " + ServiceProcess.CDS_ARCHIVE + " for this jar: mvn -B -DskipTests package");
        }
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("archive", base + " " + ServiceProcess.ARCHIVE_OPTIONS);
        variants.put("no archive", base);
        if (options.containsKey("extra")) {
            variants.put("archive " + options.get("extra"), variants.get("archive") + " " + options.get("extra"));
        }

        // other builds, each started from its own checkout with its own archive
        Map<String, Path> baselines = new LinkedHashMap<>();
        for (String checkout : options.getOrDefault("baseline", "").split(",")) {
            if (!checkout.isBlank()) {
                Path checkoutDir = Path.of(checkout);
                String name = "baseline " + checkoutDir.getFileName();
                baselines.put(name, checkoutDir);
                variants.put(name, base + " " + ServiceProcess.ARCHIVE_OPTIONS);
            }
        }

        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Path dir = out.resolve("pg-startup");
        Benchmark.deleteRecursively(dir);
        Map<String, List<double[]>> measured = new LinkedHashMap<>();
        variants.keySet().forEach(name -> measured.put(name, new ArrayList<>()));
        // CPU seconds until ready, by group of threads (and PostgreSQL's processes), each start
        Map<String, List<Map<String, Double>>> cpu = new LinkedHashMap<>();
        variants.keySet().forEach(name -> cpu.put(name, new ArrayList<>()));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            int port = Benchmark.freePort();
            Path log = out.resolve("service-startup.log");
            // the first start migrates the empty database; it is not counted
            try (ServiceProcess first = ServiceProcess.start(db, port, log, Map.of(), variants.get("archive"))) {
                System.out.printf(Locale.ROOT, "schema ready (first start %.2f s)%n", first.startupSeconds());
            }
            if (offerings > 0) {
                try (Connection c = db.connect()) {
                    SyntheticDistrict.generate(c, SyntheticDistrict.Scale.ofOfferings(offerings));
                }
                // the first start after generating analyses every document and saves the search index's copy, which
                // every later start restores: it is reported apart, and given time to save before it stops
                try (ServiceProcess first = ServiceProcess.start(db, port, log, Map.of(), variants.get("archive"))) {
                    System.out.printf(Locale.ROOT, "first start after generating the district: ready %.2f s%n",
                            first.startupSeconds());
                    Thread.sleep(5000);
                }
            }
            for (int round = 0; round < runs; round++) {
                List<String> names = new ArrayList<>(variants.keySet());
                if (round % 2 == 1) {
                    java.util.Collections.reverse(names);
                }
                for (String name : names) {
                    double wall;
                    boolean before = baselines.containsKey(name);
                    Map<String, String> env = new java.util.HashMap<>(Map.of(
                            "QUARKUS_DATASOURCE_USERNAME", db.username(), "QUARKUS_DATASOURCE_PASSWORD", db.password()));
                    if (before) {
                        env.put("QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE", "false");
                    }
                    Path variantLog = out.resolve("service-startup-" + name.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
                    Map<Long, Double> postgresBefore = ProcessCpu.postgres();
                    Path checkout = before ? baselines.get(name) : Path.of("");
                    try (ServiceProcess service = ServiceProcess.start(db.jdbcUrl(), port, variantLog, env,
                            variants.get(name), checkout)) {
                        wall = service.startupSeconds();
                        Map<String, Double> spent = new LinkedHashMap<>(ProcessCpu.jvm(service.pid()));
                        spent.put("the service in all", spent.values().stream().mapToDouble(Double::doubleValue).sum());
                        spent.put("PostgreSQL", ProcessCpu.postgresSince(postgresBefore, ProcessCpu.postgres()));
                        cpu.get(name).add(spent);
                    }
                    double reported = reportedStart(variantLog);
                    measured.get(name).add(new double[] {wall, reported});
                    System.out.printf(Locale.ROOT, "round %d  %-40s ready %.2f s (Quarkus: started in %.2f s)%n",
                            round + 1, name, wall, reported);
                    List<Map<String, Double>> spentSoFar = cpu.get(name);
                    Map<String, Double> spentNow = spentSoFar.get(spentSoFar.size() - 1);
                    System.out.println("    CPU s until ready: " + spentNow.entrySet().stream()
                            .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                            .collect(java.util.stream.Collectors.joining(", ")));
                    // how the indexes loaded, as the service logs it
                    Files.readAllLines(variantLog).stream().filter(line -> line.contains("index loaded"))
                            .forEach(line -> System.out.println("    " + line.substring(line.indexOf(']') + 2)));
                    Thread.sleep(1000);
                }
            }
        }
        Benchmark.deleteRecursively(dir);
        write(measured, cpu, runs, offerings, out);
        baselines.forEach((name, checkout) -> System.out.println(name + ": " + checkout.toAbsolutePath()));
        System.out.println(Files.readString(out.resolve("startup.md")));
    }

    private static double reportedStart(Path log) throws Exception {
        Matcher m = STARTED.matcher(Files.readString(log));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static void write(Map<String, List<double[]>> measured, Map<String, List<Map<String, Double>>> cpu, int runs,
                              int offerings, Path out) throws Exception {
        StringBuilder md = new StringBuilder("# PartnerMatch start-up\n\n");
        md.append(String.format(Locale.ROOT, "Packaged service on an external PostgreSQL 17 with %,d generated offerings, "
                + "%d starts per variant taken in turn; seconds from launch until /q/health/ready answers 200 "
                + "(Quarkus's own \"started in\" beside it). %d cores.%n%n", offerings, runs,
                Runtime.getRuntime().availableProcessors()));
        md.append("| variant | median s | min s | max s | Quarkus median s |\n| --- | ---: | ---: | ---: | ---: |\n");
        StringBuilder json = new StringBuilder("[\n");
        int i = 0;
        for (Map.Entry<String, List<double[]>> e : measured.entrySet()) {
            double[] wall = e.getValue().stream().mapToDouble(v -> v[0]).sorted().toArray();
            double[] reported = e.getValue().stream().mapToDouble(v -> v[1]).sorted().toArray();
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", e.getKey(), median(wall),
                    wall[0], wall[wall.length - 1], median(reported)));
            json.append(String.format(Locale.ROOT, "  {\"variant\": \"%s\", \"offerings\": %d, \"runs\": %d, "
                    + "\"medianSeconds\": %.3f, \"minSeconds\": %.3f, \"maxSeconds\": %.3f, \"quarkusMedianSeconds\": %.3f}%s%n",
                    e.getKey(), offerings, wall.length, median(wall), wall[0], wall[wall.length - 1], median(reported),
                    ++i < measured.size() ? "," : ""));
        }
        json.append("]\n");
        md.append("\nCPU seconds until ready, median of each variant's starts (each thread's counters in /proc; "
                + "PostgreSQL's processes summed):\n\n| | ").append(String.join(" | ", cpu.keySet())).append(" |\n| --- |")
                .append(" ---: |".repeat(cpu.size())).append('\n');
        List<String> groups = cpu.values().stream().filter(l -> !l.isEmpty()).findFirst()
                .map(l -> List.copyOf(l.get(0).keySet())).orElse(List.of());
        for (String group : groups) {
            md.append("| ").append(group);
            for (List<Map<String, Double>> starts : cpu.values()) {
                double[] values = starts.stream().mapToDouble(m -> m.getOrDefault(group, 0.0)).sorted().toArray();
                md.append(String.format(Locale.ROOT, " | %.2f", values.length == 0 ? Double.NaN : median(values)));
            }
            md.append(" |\n");
        }
        Files.writeString(out.resolve("startup.md"), md.toString());
        Files.writeString(out.resolve("startup.json"), json.toString());
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
