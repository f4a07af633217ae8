package org.partnermatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.partnermatch.offering.OfferingSearchRepository;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.SearchSort;
import org.partnermatch.search.SearchText;
import org.partnermatch.search.Sql;
import org.partnermatch.vocabulary.Timing;

/**
 * Search benchmark (not a test): puts 50,000 offerings into the database of a running service, then sends a text +
 * two-facet search at a fixed rate and records latency with HdrHistogram, measured from each request's intended start
 * time (open loop, so a slow response delays nothing and coordinated omission cannot hide it). It runs the same search
 * over HTTP against the service, then directly over JDBC as the service's full-text SQL and as the same query written
 * with ILIKE, and writes a report to target/bench/search-benchmark.md. See docs/benchmarks.md, "Search benchmark",
 * for the command.
 *
 * <p>Options: --url (service, default http://localhost:8080), --jdbc (its database), --offerings (50000), --rate (50
 * per second), --seconds (120 per measured run), --warmup (30 seconds), --text-only-rate (10 per second: the text-only
 * comparison, where ILIKE must read every offering).
 */
public final class SearchBenchmark {

    static final String PREFIX = "b0000000";
    static final String TEXT = "math tutoring";
    static final String LANGUAGE = "so";
    static final Timing TIMING = Timing.after_school;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "http://localhost:8080");
        String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://localhost:55433/partnermatch?user=postgres&password=postgres");
        int offerings = Integer.parseInt(options.getOrDefault("offerings", "50000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "50"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "120"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        int textOnlyRate = Integer.parseInt(options.getOrDefault("text-only-rate", "10"));
        int perOrganization = 10;

        StringBuilder report = new StringBuilder();
        line(report, "# Search benchmark");
        line(report, "");
        line(report, "Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; service, PostgreSQL and load generator on the same machine."
                + " Load average at start: " + loadAverage() + ".");
        try (Connection connection = DriverManager.getConnection(jdbc)) {
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            BenchData.generate(connection, PREFIX, offerings / perOrganization, perOrganization);
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // what autovacuum would do after a bulk load: statistics, and GIN pending lists merged
                statement.execute("VACUUM ANALYZE organization");
                statement.execute("VACUUM ANALYZE offering");
                statement.execute("VACUUM ANALYZE offering_category");
            }
            System.out.printf("Data ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
            line(report, "");
            line(report, "Data: " + count(connection, "SELECT count(*) FROM offering") + " offerings ("
                    + count(connection, "SELECT count(*) FROM offering WHERE active") + " active) of "
                    + count(connection, "SELECT count(*) FROM organization") + " organizations ("
                    + count(connection, "SELECT count(*) FROM organization WHERE vetting_status = 'approved'")
                    + " approved); generated by BenchData, ids " + PREFIX + "-…, plus the demo directory.");
        }

        String query = "q=" + URLEncoder.encode(TEXT, StandardCharsets.UTF_8) + "&language=" + LANGUAGE + "&timing="
                + TIMING.name();
        URI uri = URI.create(url + "/api/v1/offerings?" + query);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> probe = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + probe.statusCode() + ": " + probe.body());
        }
        String total = probe.body().replaceAll(".*\"totalItems\":(\\d+).*", "$1");
        line(report, "");
        line(report, "Query: `GET /api/v1/offerings?" + query + "` (anonymous: active offerings of approved "
                + "organizations; relevance order; page of 20 with highlights) — " + total + " hits.");
        line(report, "");
        line(report, "Load: " + rate + " requests/s, open loop (latency from each request's intended start), "
                + seconds + " s measured after " + warmup + " s warm-up per run.");
        line(report, "");
        line(report, "| run | requests | errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | mean ms |");
        line(report, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

        Call http = () -> {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        };
        Result service = measure("HTTP service, full text", http, rate, warmup, seconds, 16);
        row(report, service);

        Sql fullText = fullTextSql(true);
        Sql ilike = ilikeSql(true);
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> connect(jdbc));
        Result sqlFullText = measure("SQL, full text (service query)", () -> run(connections.get(), fullText), rate,
                warmup, seconds, 8);
        row(report, sqlFullText);
        Result sqlIlike = measure("SQL, same search with ILIKE", () -> run(connections.get(), ilike), rate,
                warmup, seconds, 8);
        row(report, sqlIlike);

        // The same comparison for the text alone: without the two indexed facets to narrow it first, ILIKE reads
        // every offering, which 2 cores cannot do 50 times a second, so this pair runs at a lower rate.
        int shortRun = Math.max(10, seconds / 2);
        Result textFullText = measure("SQL, text only, full text @ " + textOnlyRate + "/s",
                () -> run(connections.get(), fullTextSql(false)), textOnlyRate, warmup / 2, shortRun, 8);
        row(report, textFullText);
        Result textIlike = measure("SQL, text only, ILIKE @ " + textOnlyRate + "/s",
                () -> run(connections.get(), ilikeSql(false)), textOnlyRate, warmup / 2, shortRun, 8);
        row(report, textIlike);
        line(report, "");
        line(report, "Load average at end: " + loadAverage() + ".");
        line(report, "");
        line(report, ratios("ILIKE / full text, text + 2 facets (SQL)", sqlIlike, sqlFullText));
        line(report, "");
        line(report, ratios("ILIKE / full text, text only (SQL)", textIlike, textFullText));
        try (Connection connection = connect(jdbc)) {
            line(report, "");
            line(report, "## Plan of the full-text query (EXPLAIN ANALYZE)");
            line(report, "");
            line(report, "```");
            line(report, explain(connection, fullText));
            line(report, "```");
            line(report, "");
            line(report, "## Plan of the ILIKE query (EXPLAIN ANALYZE)");
            line(report, "");
            line(report, "```");
            line(report, explain(connection, ilike));
            line(report, "```");
            line(report, "");
            line(report, "## Plans of the text-only queries (EXPLAIN ANALYZE): full text, then ILIKE");
            line(report, "");
            line(report, "```");
            line(report, explain(connection, fullTextSql(false)));
            line(report, "```");
            line(report, "");
            line(report, "```");
            line(report, explain(connection, ilikeSql(false)));
            line(report, "```");
            line(report, "");
            line(report, "ILIKE SQL:");
            line(report, "");
            line(report, "```sql");
            line(report, ilike.text());
            line(report, "```");
        }
        Path out = Path.of("target/bench/search-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println();
        System.out.println(report.substring(0, report.indexOf("## Plan")));
        System.out.println("Report: " + out.toAbsolutePath());
        System.exit(0);
    }

    private static String ratios(String label, Result slow, Result fast) {
        return String.format(Locale.ROOT, "%s: p50 %.1f×, p99 %.1f×, mean %.1f×.", label,
                ratio(slow.histogram().getValueAtPercentile(50), fast.histogram().getValueAtPercentile(50)),
                ratio(slow.histogram().getValueAtPercentile(99), fast.histogram().getValueAtPercentile(99)),
                slow.histogram().getMean() / fast.histogram().getMean());
    }

    /** The SQL the service runs for the benchmark search (with or without its two facets), for an anonymous caller. */
    static Sql fullTextSql(boolean facets) {
        OfferingFilter filter = new OfferingFilter(null, null, null, facets ? LANGUAGE : null, facets ? TIMING : null,
                null, null, null, null, null, null);
        SearchRequest search = new SearchRequest(SearchText.parse("q", TEXT), null, null, null, SearchSort.relevance, false);
        return new OfferingSearchRepository(null, defaultListings()).pageSql(
                new OfferingSearchRepository.Criteria(filter, null, search, null, false, null), false, 20, 0);
    }

    /** The same search as the service's, done with ILIKE on name and description (no ranking: ordered by name). */
    static Sql ilikeSql(boolean facets) {
        Sql sql = Sql.of("WITH hits AS MATERIALIZED (SELECT o.id, o.name FROM offering o"
                + " JOIN organization g ON g.id = o.organization_id WHERE ");
        for (String word : TEXT.split(" ")) {
            sql.add("(o.name ILIKE ? OR o.description ILIKE ?) AND ", "%" + word + "%", "%" + word + "%");
        }
        sql.add("((o.active AND g.vetting_status = 'approved') OR o.organization_id = '00000000-0000-0000-0000-000000000000')");
        if (facets) {
            sql.add(" AND o.languages @> ARRAY[?]::varchar[] AND o.timings @> ARRAY[?]::varchar[]", LANGUAGE, TIMING.name());
        }
        return sql.add(")")
                .add(", page AS (SELECT * FROM hits ORDER BY name, id LIMIT 20)"
                        + " SELECT t.total, o.id, o.organization_id, o.name, o.description, o.grade_low, o.grade_high,"
                        + " o.timings, o.modality, o.languages, o.cost, o.capacity, o.capacity_unit, o.capacity_used,"
                        + " o.active, o.version, o.created_at, o.updated_at,"
                        + " ARRAY(SELECT c.category_code FROM offering_category c WHERE c.offering_id = o.id) AS categories"
                        + " FROM (SELECT count(*) AS total FROM hits) t LEFT JOIN (page p JOIN offering o ON o.id = p.id) ON TRUE"
                        + " ORDER BY p.name, p.id");
    }

    @FunctionalInterface
    interface Call {
        boolean call() throws Exception;
    }

    record Result(String label, Histogram histogram, long errors) {
    }

    /** Warm-up, then {@code seconds} at {@code rate} per second; each latency counted from its intended start. */
    static Result measure(String label, Call call, int rate, int warmup, int seconds, int threads) throws Exception {
        System.out.println("Warming up: " + label);
        schedule(call, rate, warmup, threads, new ConcurrentHistogram(3), new AtomicLong());
        System.out.println("Measuring:  " + label);
        ConcurrentHistogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        AtomicLong errors = new AtomicLong();
        schedule(call, rate, seconds, threads, histogram, errors);
        return new Result(label, histogram, errors.get());
    }

    private static void schedule(Call call, int rate, int seconds, int threads, Histogram histogram, AtomicLong errors)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        List<Future<?>> pending = new ArrayList<>();
        for (long i = 0; i < (long) rate * seconds; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(pool.submit(() -> {
                boolean ok;
                try {
                    ok = call.call();
                } catch (Exception e) {
                    ok = false;
                }
                histogram.recordValue(Math.max(0, System.nanoTime() - intended));
                if (!ok) {
                    errors.incrementAndGet();
                }
            }));
        }
        for (Future<?> future : pending) {
            future.get();
        }
        pool.shutdown();
    }

    private static boolean run(Connection connection, Sql sql) throws SQLException {
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getString("name");
            }
        }
        return true;
    }

    private static String explain(Connection connection, Sql sql) throws SQLException {
        Sql explain = Sql.of("EXPLAIN (ANALYZE, BUFFERS) ").add(sql);
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement statement = explain.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString().stripTrailing();
    }

    private static Connection connect(String jdbc) {
        try {
            return DriverManager.getConnection(jdbc);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void row(StringBuilder report, Result result) {
        Histogram h = result.histogram();
        line(report, String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |",
                result.label(), h.getTotalCount(), result.errors(), ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)),
                ms(h.getMaxValue()), h.getMean() / 1e6));
        System.out.println(report.substring(report.lastIndexOf("| " + result.label())));
    }

    /** The 1, 5 and 15 minute load averages (Linux), to judge how busy the machine was. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static void line(StringBuilder report, String text) {
        report.append(text).append('\n');
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options are --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    /** The listing periods' defaults (180 days, 30 days' grace), for building search SQL outside the service. */
    static org.partnermatch.common.ListingsConfig defaultListings() {
        return new org.partnermatch.common.ListingsConfig() {
            @Override
            public java.time.Duration verifyEvery() {
                return java.time.Duration.ofDays(180);
            }

            @Override
            public java.time.Duration grace() {
                return java.time.Duration.ofDays(30);
            }

            @Override
            public java.time.Duration remindEvery() {
                return java.time.Duration.ofDays(14);
            }

            @Override
            public int reminders() {
                return 2;
            }

            @Override
            public int reportsPerHour() {
                return 5;
            }
        };
    }
}
