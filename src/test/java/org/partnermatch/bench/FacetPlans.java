package org.partnermatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnermatch.offering.OfferingSearchRepository;
import org.partnermatch.offering.OfferingSearchRepository.Criteria;
import org.partnermatch.offering.OfferingService.OfferingFilter;
import org.partnermatch.search.SearchRequest;
import org.partnermatch.search.SearchSort;
import org.partnermatch.search.SearchSql;
import org.partnermatch.search.SearchText;
import org.partnermatch.search.Sql;
import org.partnermatch.support.QueryPlans;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Timing;

/**
 * Times the offering search's SQL directly (no HTTP, no JVM service) on a database holding a synthetic district
 * (see {@link GenerateDistrict}): for each case, the page query without facet counts and the one with them are each
 * run RUNS times after a warm-up, and the minimum and median of their wall time are printed (on a shared machine the minimum is the steadier); one EXPLAIN
 * (ANALYZE, BUFFERS) of each goes to target/bench/facet-plans.txt. Not a test.
 *
 * <pre>
 * mvn -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.partnermatch.bench.FacetPlans \
 *     -Dexec.args="jdbc:postgresql://localhost:5432/partnermatch postgres postgres 40"
 * </pre>
 */
public final class FacetPlans {

    private FacetPlans() {
    }

    record Case(String name, Criteria criteria, boolean fuzzy) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: JDBC_URL USER PASSWORD [RUNS [SETTING]]");
        }
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        String setting = args.length > 4 ? args[4] : null; // e.g. "random_page_cost = 1.1", for the session
        OfferingSearchRepository repository = new OfferingSearchRepository(null, SearchBenchmark.defaultListings());
        StringBuilder plans = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            if (setting != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET " + setting);
                }
            }
            List<Case> cases = cases(connection);
            System.out.printf(Locale.ROOT, "%-58s %9s %9s %9s %9s%n", "case", "page min", "page p50", "+fac min",
                    "+fac p50");
            for (Case c : cases) {
                if (c.fuzzy()) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET pg_trgm.word_similarity_threshold = " + SearchSql.RESEMBLANCE);
                    }
                }
                Sql page = repository.pageSql(c.criteria(), c.fuzzy(), 20, 0);
                Sql facets = repository.pageWithFacetsSql(c.criteria(), c.fuzzy(), 20, 0);
                double[] pageMs = time(connection, page, runs, false);
                double[] facetMs = time(connection, facets, runs, true);
                System.out.printf(Locale.ROOT, "%-58s %9.2f %9.2f %9.2f %9.2f%n", c.name(), pageMs[0], pageMs[1],
                        facetMs[0], facetMs[1]);
                plans.append("== ").append(c.name()).append(" — page\n").append(analyze(connection, page))
                        .append("\n== ").append(c.name()).append(" — page with facets\n").append(analyze(connection, facets))
                        .append("\n\n");
            }
        }
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/facet-plans.txt"), plans);
    }

    private static List<Case> cases(Connection connection) throws SQLException {
        Set<String> academic = expand(connection, "academic");
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("district q=tutoring category=academic language=es",
                criteria("tutoring", new OfferingFilter(null, "academic", null, "es", null, null, null, null, null,
                        null, null), academic, true), false));
        cases.add(new Case("district q='mentoring youth' timing=after_school cost=free",
                criteria("mentoring youth", new OfferingFilter(null, null, null, null, Timing.after_school,
                        Cost.free, null, null, null, null, null), null, true), false));
        cases.add(new Case("anonymous q=tutoring category=academic language=es",
                criteria("tutoring", new OfferingFilter(null, "academic", null, "es", null, null, null, null, null,
                        null, null), academic, false), false));
        cases.add(new Case("anonymous q=math (no filters)",
                criteria("math", new OfferingFilter(null, null, null, null, null, null, null, null, null,
                        null, null), null, false), false));
        cases.add(new Case("district q=tutring (typo) language=es timing=after_school",
                criteria("tutring", new OfferingFilter(null, null, null, "es", Timing.after_school, null, null,
                        null, null, null, null), null, true), true));
        cases.add(new Case("anonymous no q, all four facet filters",
                criteria(null, new OfferingFilter(null, "academic", null, "es", Timing.after_school, Cost.free,
                        null, null, null, null, null), academic, false), false));
        return cases;
    }

    private static Criteria criteria(String q, OfferingFilter filter, Set<String> categories,
                                     boolean seesAll) {
        SearchText text = q == null ? null : SearchText.parse("q", q);
        SearchRequest search = new SearchRequest(text, null, null, null,
                text == null ? SearchSort.name : SearchSort.relevance, true);
        return new Criteria(filter, categories, search, null, seesAll, null);
    }

    private static Set<String> expand(Connection connection, String code) throws SQLException {
        Set<String> codes = new LinkedHashSet<>(List.of(code));
        try (PreparedStatement statement = connection.prepareStatement("SELECT code FROM category WHERE parent_code = ?")) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }

    /** Minimum and median in ms of {@code runs} executions, prepared as the service does, reading every row, after 5 unmeasured ones. */
    private static double[] time(Connection connection, Sql sql, int runs, boolean planForValues) throws SQLException {
        double[] ms = new double[runs];
        for (int i = -5; i < runs; i++) {
            long t0 = System.nanoTime();
            try (PreparedStatement statement = sql.prepare(connection, planForValues);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return new double[] {ms[0], ms[runs / 2]};
    }


    private static String analyze(Connection connection, Sql sql) throws SQLException {
        return QueryPlans.explain(connection, sql, "(ANALYZE, BUFFERS)");
    }
}
