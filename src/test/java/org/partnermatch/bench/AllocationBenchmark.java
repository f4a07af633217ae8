package org.partnermatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.partnermatch.allocation.AllocationProblem;
import org.partnermatch.allocation.Assignment;
import org.partnermatch.allocation.FlowAllocator;
import org.partnermatch.allocation.GreedyAllocator;
import org.partnermatch.common.EmbeddedDatabase;
import org.partnermatch.matching.CandidateIndex;
import org.partnermatch.matching.SqlTrackRecords;
import org.partnermatch.matching.core.MatchScorer;
import org.partnermatch.matching.core.MatchWeights;
import org.partnermatch.matching.core.NeedProfile;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Allocation benchmark (not part of the test run): generates a synthetic district (100 schools × 15 open needs,
 * 5,000 offerings by default) in a fresh embedded PostgreSQL, loads the matching index as the service does, builds
 * the allocation instance, and times the exact min-cost-flow solve on a warm JVM (median and max of several runs),
 * with the equity gain over the first-come greedy plan.
 *
 * <pre>
 * mvn -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.partnermatch.bench.AllocationBenchmark -Dexec.args="--offerings 5000 --runs 9"
 * # a plan for five schools, as the service benchmark's allocation scenario: --offerings 20000 --schools 5
 * </pre>
 */
public final class AllocationBenchmark {

    private AllocationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int offerings = 5000;
        int runs = 9;
        int planSchools = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--offerings" -> offerings = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--schools" -> planSchools = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Path.of("target/bench/pg-allocation");
        Benchmark.deleteRecursively(dir);
        Files.createDirectories(dir);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).locations("classpath:db/migration")
                    .load().migrate();
            SyntheticDistrict.Scale scale = new SyntheticDistrict.Scale(100, Math.max(50, offerings / 4), offerings, 15);
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(db.jdbcUrl());
            ds.setUser(db.username());
            ds.setPassword(db.password());
            try (Connection c = ds.getConnection()) {
                SyntheticDistrict.generate(c, scale);
            }
            CandidateIndex index = new CandidateIndex(ds, new SqlTrackRecords());
            index.reloadAll();
            CandidateIndex.Snapshot snapshot = index.snapshot();
            MatchScorer scorer = new MatchScorer(MatchWeights.defaults(), snapshot.taxonomy());
            List<NeedProfile> needs = new ArrayList<>(snapshot.openNeeds().values());
            needs.sort(Comparator.comparing(NeedProfile::id)); // generated together: id order stands in for arrival
            if (planSchools > 0) {
                // a plan for a few schools (the first by id), as the service benchmark's allocation scenario asks
                java.util.Set<java.util.UUID> chosen = snapshot.schools().keySet().stream().sorted().limit(planSchools)
                        .collect(java.util.stream.Collectors.toSet());
                needs.removeIf(n -> !chosen.contains(n.schoolId()));
            }
            long b0 = System.nanoTime();
            AllocationProblem.Built built = AllocationProblem.build(needs, snapshot.schools(), snapshot::poolFor, scorer,
                    0.5, Integer.MAX_VALUE);
            double buildMs = (System.nanoTime() - b0) / 1e6;
            long[] builds = new long[runs];
            for (int r = -3; r < runs; r++) { // three to warm up, then timed
                long t0 = System.nanoTime();
                AllocationProblem.build(needs, snapshot.schools(), snapshot::poolFor, scorer, 0.5, Integer.MAX_VALUE);
                if (r >= 0) {
                    builds[r] = System.nanoTime() - t0;
                }
            }
            Arrays.sort(builds);
            AllocationProblem pruned = built.problem();
            AllocationProblem problem = AllocationProblem.build(needs, snapshot.schools(), snapshot::poolFor, scorer, 0.5,
                    Integer.MAX_VALUE, false).problem();
            long[] fullTimes = solveTimes(problem, runs);
            long[] times = solveTimes(pruned, runs);
            Assignment plan = FlowAllocator.solve(pruned);
            Assignment greedy = GreedyAllocator.solve(pruned);
            long demand = problem.demands().stream().mapToLong(AllocationProblem.Demand::students).sum();
            System.out.printf(Locale.ROOT, "%d schools, %d open needs (%d students), %d offerings in the district, "
                            + "%d offerings with an eligible pair, %d eligible pairs (score >= 0.5); instance built in %.0f ms (cold)%n",
                    scale.schools(), problem.demands().size(), demand, offerings, problem.supplies().size(),
                    built.eligiblePairs(), buildMs);
            System.out.printf(Locale.ROOT, "warm builds: median %.1f ms, max %.1f ms over %d runs%n",
                    builds[runs / 2] / 1e6, builds[runs - 1] / 1e6, runs);
            System.out.printf(Locale.ROOT, "kept as pairs a plan can need: %d%n", pruned.arcCount());
            System.out.printf(Locale.ROOT, "min-cost flow solve, pruned: median %.1f ms, max %.1f ms over %d warm runs"
                            + " (all eligible pairs: median %.1f ms, max %.1f ms; objective %s; pruning the full instance gives the same pairs: %s)%n",
                    times[runs / 2] / 1e6, times[runs - 1] / 1e6, runs, fullTimes[runs / 2] / 1e6,
                    fullTimes[runs - 1] / 1e6, FlowAllocator.solve(problem).objective() == plan.objective() ? "the same" : "DIFFERENT",
                    problem.pruned().arcs().equals(pruned.arcs()));
            System.out.printf(Locale.ROOT, "optimal: %d students served, equity-weighted value %.1f, objective %.1f, violation %s%n",
                    plan.studentsServed(), plan.equityWeightedValue(), plan.objective() / (double) AllocationProblem.SCALE,
                    plan.violation());
            System.out.printf(Locale.ROOT, "greedy:  %d students served, equity-weighted value %.1f, objective %.1f%n",
                    greedy.studentsServed(), greedy.equityWeightedValue(),
                    greedy.objective() / (double) AllocationProblem.SCALE);
            System.out.printf(Locale.ROOT, "gain over greedy: equity-weighted value %+.1f%%, objective %+.1f%%, students %+d%n",
                    100.0 * (plan.equityWeightedValue() / greedy.equityWeightedValue() - 1),
                    100.0 * ((double) plan.objective() / greedy.objective() - 1),
                    plan.studentsServed() - greedy.studentsServed());
        }
        Benchmark.deleteRecursively(dir);
    }

    /** Solve times of {@code runs} warm runs (after three), sorted. */
    private static long[] solveTimes(AllocationProblem problem, int runs) {
        for (int warm = 0; warm < 3; warm++) {
            FlowAllocator.solve(problem);
        }
        long[] times = new long[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            FlowAllocator.solve(problem);
            times[r] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return times;
    }
}
