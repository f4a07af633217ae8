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
 * </pre>
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

        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Path dir = out.resolve("pg-startup");
        Benchmark.deleteRecursively(dir);
        Map<String, List<double[]>> measured = new LinkedHashMap<>();
        variants.keySet().forEach(name -> measured.put(name, new ArrayList<>()));
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
            }
            for (int round = 0; round < runs; round++) {
                List<String> names = new ArrayList<>(variants.keySet());
                if (round % 2 == 1) {
                    java.util.Collections.reverse(names);
                }
                for (String name : names) {
                    double wall;
                    try (ServiceProcess service = ServiceProcess.start(db, port, log, Map.of(), variants.get(name))) {
                        wall = service.startupSeconds();
                    }
                    double reported = reportedStart(log);
                    measured.get(name).add(new double[] {wall, reported});
                    System.out.printf(Locale.ROOT, "round %d  %-40s ready %.2f s (Quarkus: started in %.2f s)%n",
                            round + 1, name, wall, reported);
                    Thread.sleep(1000);
                }
            }
        }
        Benchmark.deleteRecursively(dir);
        write(measured, runs, offerings, out);
        System.out.println(Files.readString(out.resolve("startup.md")));
    }

    private static double reportedStart(Path log) throws Exception {
        Matcher m = STARTED.matcher(Files.readString(log));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static void write(Map<String, List<double[]>> measured, int runs, int offerings, Path out) throws Exception {
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
        Files.writeString(out.resolve("startup.md"), md.toString());
        Files.writeString(out.resolve("startup.json"), json.toString());
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
