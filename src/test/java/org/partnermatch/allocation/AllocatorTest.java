package org.partnermatch.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.allocation.AllocationProblem.Arc;
import org.partnermatch.allocation.AllocationProblem.Demand;
import org.partnermatch.allocation.AllocationProblem.SchoolWeight;
import org.partnermatch.allocation.AllocationProblem.Supply;
import org.partnermatch.vocabulary.CapacityUnit;

/** The min-cost-flow plan against exhaustive search on small instances, capacity, and the greedy baseline. */
class AllocatorTest {

    /** A random small instance: up to 3 schools, 4 needs of 1-3 students, 3 offerings, random eligible pairs. */
    static AllocationProblem random(Random rnd, boolean schoolUnits) {
        int schoolCount = 1 + rnd.nextInt(3);
        List<UUID> schools = new ArrayList<>();
        Map<UUID, Double> needIndex = new HashMap<>();
        for (int i = 0; i < schoolCount; i++) {
            UUID id = new UUID(1, i);
            schools.add(id);
            needIndex.put(id, rnd.nextInt(101) * 1.0);
        }
        List<Demand> demands = new ArrayList<>();
        Map<UUID, Integer> students = new HashMap<>();
        int needCount = 1 + rnd.nextInt(4);
        for (int i = 0; i < needCount; i++) {
            UUID school = schools.get(rnd.nextInt(schoolCount));
            int n = 1 + rnd.nextInt(3);
            demands.add(new Demand(i, new UUID(2, i), school, n));
            students.merge(school, n, Integer::sum);
        }
        List<Supply> supplies = new ArrayList<>();
        int offeringCount = 1 + rnd.nextInt(3);
        for (int i = 0; i < offeringCount; i++) {
            boolean bySchool = schoolUnits && rnd.nextInt(3) == 0;
            supplies.add(new Supply(i, new UUID(3, i), new UUID(4, i), bySchool ? CapacityUnit.schools
                    : CapacityUnit.students, bySchool ? 1 + rnd.nextInt(2) : 1 + rnd.nextInt(4)));
        }
        List<Arc> arcs = new ArrayList<>();
        for (Demand d : demands) {
            for (Supply s : supplies) {
                if (rnd.nextInt(3) > 0) {
                    double quality = 0.3 + rnd.nextInt(71) / 100.0;
                    arcs.add(new Arc(arcs.size(), d.index(), s.index(), quality, Math.round(AllocationProblem.SCALE
                            * quality * AllocationProblem.weightOf(needIndex.get(d.schoolId())))));
                }
            }
        }
        Map<UUID, SchoolWeight> weights = new HashMap<>();
        students.forEach((id, total) -> weights.put(id, AllocationProblem.schoolWeight(id, needIndex.get(id), total)));
        return new AllocationProblem(demands, supplies, arcs, weights);
    }

    /** The best objective over every integer assignment (exhaustive). */
    static long bruteForce(AllocationProblem p) {
        long[] best = {Long.MIN_VALUE};
        enumerate(p, 0, new int[p.arcCount()], best);
        return best[0];
    }

    private static void enumerate(AllocationProblem p, int arc, int[] flow, long[] best) {
        if (arc == p.arcCount()) {
            Assignment a = new Assignment(p, flow.clone());
            if (a.violation() == null) {
                best[0] = Math.max(best[0], a.objective());
            }
            return;
        }
        Arc a = p.arcs().get(arc);
        int max = p.demands().get(a.demand()).students();
        for (int f = 0; f <= max; f++) {
            flow[arc] = f;
            enumerate(p, arc + 1, flow, best);
        }
        flow[arc] = 0;
    }

    @Test
    void optimalAgainstExhaustiveSearch() {
        Random rnd = new Random(42);
        for (int i = 0; i < 400; i++) {
            AllocationProblem p = random(rnd, false);
            Assignment plan = FlowAllocator.solve(p);
            assertThat(plan.violation()).as("instance %d", i).isNull();
            assertThat(plan.objective()).as("instance %d", i).isEqualTo(bruteForce(p));
            assertThat(plan.objective()).isGreaterThanOrEqualTo(GreedyAllocator.solve(p).objective());
        }
    }

    /**
     * The shape of a random instance: each count is its least value and how many values it may take above that;
     * a pair is eligible with chance {@code eligibleIn} in {@code eligibleOf}.
     */
    record Shape(int schools, int schoolSpan, int needs, int needSpan, int studentSpan, int offerings, int offeringSpan,
                 int capacity, int capacitySpan, int eligibleIn, int eligibleOf) {
    }

    /** Medium: 2-8 schools, 5-40 needs of 1-60 students, 5-60 offerings of 1-80 places, a quarter of pairs eligible. */
    static final Shape MEDIUM = new Shape(2, 7, 5, 36, 60, 5, 56, 1, 80, 1, 4);
    /** Few students and many offerings, as a handful of schools against a large directory: most pairs can go. */
    static final Shape AMPLE = new Shape(1, 4, 2, 5, 8, 10, 51, 0, 11, 2, 3);

    /** A random instance of that shape; with {@code schoolUnits}, a quarter of the offerings count 1-2 schools. */
    static AllocationProblem random(Random rnd, Shape shape, boolean schoolUnits) {
        int schoolCount = shape.schools() + rnd.nextInt(shape.schoolSpan());
        Map<UUID, Double> needIndex = new HashMap<>();
        for (int i = 0; i < schoolCount; i++) {
            needIndex.put(new UUID(1, i), rnd.nextInt(101) * 1.0);
        }
        List<Demand> demands = new ArrayList<>();
        Map<UUID, Integer> students = new HashMap<>();
        int needCount = shape.needs() + rnd.nextInt(shape.needSpan());
        for (int i = 0; i < needCount; i++) {
            UUID school = new UUID(1, rnd.nextInt(schoolCount));
            int n = 1 + rnd.nextInt(shape.studentSpan());
            demands.add(new Demand(i, new UUID(2, i), school, n));
            students.merge(school, n, Integer::sum);
        }
        List<Supply> supplies = new ArrayList<>();
        int offeringCount = shape.offerings() + rnd.nextInt(shape.offeringSpan());
        for (int i = 0; i < offeringCount; i++) {
            boolean bySchool = schoolUnits && rnd.nextInt(4) == 0;
            supplies.add(new Supply(i, new UUID(3, i), new UUID(4, i), bySchool ? CapacityUnit.schools
                    : CapacityUnit.students, bySchool ? 1 + rnd.nextInt(2) : shape.capacity() + rnd.nextInt(shape.capacitySpan())));
        }
        List<Arc> arcs = new ArrayList<>();
        for (Demand d : demands) {
            for (Supply s : supplies) {
                if (rnd.nextInt(shape.eligibleOf()) < shape.eligibleIn()) {
                    // few distinct qualities, so ties between plans (and at a pruning cut) are common
                    double quality = 0.5 + rnd.nextInt(6) / 10.0;
                    arcs.add(new Arc(arcs.size(), d.index(), s.index(), quality, Math.round(AllocationProblem.SCALE
                            * quality * AllocationProblem.weightOf(needIndex.get(d.schoolId())))));
                }
            }
        }
        Map<UUID, SchoolWeight> weights = new HashMap<>();
        students.forEach((id, total) -> weights.put(id, AllocationProblem.schoolWeight(id, needIndex.get(id), total)));
        return new AllocationProblem(demands, supplies, arcs, weights);
    }

    @Test
    void sameObjectiveAsAnIndependentSolverOnMediumInstances() {
        Random rnd = new Random(2027);
        for (int i = 0; i < 150; i++) {
            AllocationProblem p = random(rnd, MEDIUM, false);
            Assignment plan = FlowAllocator.solve(p);
            Assignment reference = JGraphTReference.solve(p);
            assertThat(plan.violation()).as("instance %d", i).isNull();
            assertThat(reference.violation()).as("reference %d", i).isNull();
            assertThat(plan.objective()).as("instance %d", i).isEqualTo(reference.objective());
        }
    }

    @Test
    void schoolCountedCapacityIsNeverExceeded() {
        Random rnd = new Random(7);
        for (int i = 0; i < 400; i++) {
            AllocationProblem p = random(rnd, true);
            Assignment plan = FlowAllocator.solve(p);
            assertThat(plan.violation()).as("instance %d", i).isNull();
            assertThat(GreedyAllocator.solve(p).violation()).as("greedy %d", i).isNull();
            assertThat(plan.objective()).isLessThanOrEqualTo(bruteForce(p));
        }
    }

    @Test
    void scarceCapacityGoesToTheHigherNeedSchoolAndIsSpreadAcrossSchools() {
        UUID high = new UUID(1, 1);
        UUID low = new UUID(1, 2);
        // the low-need school asked first; equal match quality; 10 places for 20 students
        List<Demand> demands = List.of(new Demand(0, new UUID(2, 0), low, 10), new Demand(1, new UUID(2, 1), high, 10));
        List<Supply> supplies = List.of(new Supply(0, new UUID(3, 0), new UUID(4, 0), CapacityUnit.students, 10));
        long vLow = Math.round(AllocationProblem.SCALE * 0.8 * AllocationProblem.weightOf(10));
        long vHigh = Math.round(AllocationProblem.SCALE * 0.8 * AllocationProblem.weightOf(90));
        List<Arc> arcs = List.of(new Arc(0, 0, 0, 0.8, vLow), new Arc(1, 1, 0, 0.8, vHigh));
        AllocationProblem p = new AllocationProblem(demands, supplies, arcs, Map.of(
                low, AllocationProblem.schoolWeight(low, 10, 10), high, AllocationProblem.schoolWeight(high, 90, 10)));
        Assignment greedy = GreedyAllocator.solve(p);
        assertThat(greedy.flow()).containsExactly(10, 0);
        Assignment plan = FlowAllocator.solve(p);
        assertThat(plan.flow()).containsExactly(0, 10);
        assertThat(plan.equityWeightedValue()).isGreaterThan(greedy.equityWeightedValue());
        assertThat(plan.objective()).isEqualTo(bruteForce(p));
    }

    @Test
    void diminishingReturnsSpreadCapacityOverEqualSchools() {
        UUID first = new UUID(1, 1);
        UUID second = new UUID(1, 2);
        List<Demand> demands = List.of(new Demand(0, new UUID(2, 0), first, 12), new Demand(1, new UUID(2, 1), second, 12));
        List<Supply> supplies = List.of(new Supply(0, new UUID(3, 0), new UUID(4, 0), CapacityUnit.students, 12));
        long v = Math.round(AllocationProblem.SCALE * 0.8 * AllocationProblem.weightOf(50));
        AllocationProblem p = new AllocationProblem(demands, supplies, List.of(new Arc(0, 0, 0, 0.8, v),
                new Arc(1, 1, 0, 0.8, v)), Map.of(first, AllocationProblem.schoolWeight(first, 50, 12),
                second, AllocationProblem.schoolWeight(second, 50, 12)));
        assertThat(GreedyAllocator.solve(p).flow()).containsExactly(12, 0);
        Assignment plan = FlowAllocator.solve(p);
        // each school's first third (4 students) carries no penalty, the second third a small one: 12 places go 6/6
        assertThat(plan.flow()[0] + plan.flow()[1]).isEqualTo(12);
        assertThat(plan.flow()[0]).isBetween(4, 8);
        assertThat(plan.objective()).isEqualTo(bruteForce(p)).isGreaterThan(GreedyAllocator.solve(p).objective());
    }

    @Test
    void pruningKeepsTheOptimumAndTheBaseline() {
        Random rnd = new Random(11);
        int pruned = 0;
        for (int i = 0; i < 300; i++) {
            AllocationProblem p = random(rnd, AMPLE, false);
            AllocationProblem q = p.pruned();
            assertThat(q.demands()).isSameAs(p.demands());
            assertThat(q.supplies()).isSameAs(p.supplies());
            if (q.arcCount() < p.arcCount()) {
                pruned++;
            }
            Assignment full = FlowAllocator.solve(p);
            Assignment plan = FlowAllocator.solve(q);
            assertThat(plan.violation()).as("instance %d", i).isNull();
            assertThat(plan.objective()).as("instance %d", i).isEqualTo(full.objective())
                    .isEqualTo(JGraphTReference.solve(p).objective());
            Assignment greedyFull = GreedyAllocator.solve(p);
            Assignment greedy = GreedyAllocator.solve(q);
            assertThat(greedy.objective()).as("greedy %d", i).isEqualTo(greedyFull.objective());
            assertThat(greedy.studentsServed()).isEqualTo(greedyFull.studentsServed());
            // every pair the baseline used is still there, with the same students
            assertThat(usedPairs(greedy)).as("greedy %d", i).isEqualTo(usedPairs(greedyFull));
        }
        assertThat(pruned).as("instances that lost pairs").isGreaterThan(150);
    }

    @Test
    void pruningWithSchoolCountedOfferingsStaysFeasibleAndKeepsTheBaseline() {
        Random rnd = new Random(12);
        for (int i = 0; i < 300; i++) {
            AllocationProblem p = random(rnd, AMPLE, true);
            AllocationProblem q = p.pruned();
            assertThat(FlowAllocator.solve(q).violation()).as("instance %d", i).isNull();
            Assignment greedy = GreedyAllocator.solve(q);
            assertThat(greedy.violation()).as("greedy %d", i).isNull();
            assertThat(usedPairs(greedy)).as("greedy %d", i).isEqualTo(usedPairs(GreedyAllocator.solve(p)));
            // the flow's plan is optimal given the schools it keeps at such offerings, with or without pruning, and
            // can then fall below first come (some of these instances do, unpruned as well)
        }
    }

    @Test
    void theCutSortingOnlyTheBestArcsKeepsWhatAFullSortKeeps() {
        Random rnd = new Random(13);
        int longerPasses = 0;
        for (int i = 0; i < 400; i++) {
            int n = rnd.nextInt(2_000);
            List<Supply> supplies = new ArrayList<>();
            List<Arc> arcs = new ArrayList<>();
            int qualities = 1 + rnd.nextInt(40); // few distinct qualities: many ties, ordered by offering id
            for (int a = 0; a < n; a++) {
                boolean bySchool = rnd.nextInt(5) == 0;
                supplies.add(new Supply(a, UUID.randomUUID(), new UUID(4, a), bySchool ? CapacityUnit.schools
                        : CapacityUnit.students, rnd.nextInt(31) - 1));
                arcs.add(new Arc(a, 0, a, 0.5 + rnd.nextInt(qualities) / 100.0, 1));
            }
            long students = rnd.nextInt(4) == 0 ? rnd.nextInt(20) : rnd.nextInt(20_000);
            // the rule itself: every arc best first (quality, then lower offering id) while places do not exceed students
            List<Arc> sorted = new ArrayList<>(arcs);
            sorted.sort(java.util.Comparator.comparingDouble(Arc::quality).reversed()
                    .thenComparing(a -> supplies.get(a.supply()).offeringId()));
            Set<Integer> expected = new HashSet<>();
            long places = 0;
            for (Arc arc : sorted) {
                if (places > students) {
                    break;
                }
                expected.add(arc.index());
                Supply s = supplies.get(arc.supply());
                places += s.unit() == CapacityUnit.students ? Math.max(0, s.capacity()) : 0;
            }
            boolean[] keep = new boolean[n];
            int kept = AllocationProblem.markKept(arcs, supplies, students, keep);
            Set<Integer> actual = new HashSet<>();
            for (int a = 0; a < n; a++) {
                if (keep[a]) {
                    actual.add(a);
                }
            }
            assertThat(actual).as("instance %d", i).isEqualTo(expected);
            assertThat(kept).isEqualTo(expected.size());
            if (expected.size() > AllocationProblem.FIRST_SORTED) {
                longerPasses++;
            }
        }
        assertThat(longerPasses).as("cuts beyond the first sorted arcs").isGreaterThan(50);
    }

    @Test
    void theKthLargestIsTheSortedValueAtThatRank() {
        Random rnd = new Random(14);
        for (int i = 0; i < 500; i++) {
            double[] values = new double[1 + rnd.nextInt(300)];
            for (int v = 0; v < values.length; v++) {
                values[v] = rnd.nextInt(4) == 0 ? 0.5 : rnd.nextInt(50) / 49.0;
            }
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int k = 1 + rnd.nextInt(values.length);
            assertThat(AllocationProblem.kthLargest(values, k)).as("k %d of %d", k, values.length)
                    .isEqualTo(sorted[values.length - k]);
        }
    }

    /** need index → offering index → students, for the pairs a plan uses. */
    private static Map<List<Integer>, Integer> usedPairs(Assignment a) {
        Map<List<Integer>, Integer> used = new HashMap<>();
        for (Arc arc : a.problem().arcs()) {
            if (a.flow()[arc.index()] > 0) {
                used.put(List.of(arc.demand(), arc.supply()), a.flow()[arc.index()]);
            }
        }
        return used;
    }

    @Test
    void tiersSplitAStudentCountInThirds() {
        SchoolWeight w = AllocationProblem.schoolWeight(new UUID(0, 1), 50, 10);
        assertThat(w.tierSizes()).containsExactly(4, 3, 3);
        assertThat(w.tierPenalty()).containsExactly(0L, 100L, 200L);
        assertThat(Assignment.penalty(w, 8)).isEqualTo(3 * 100 + 1 * 200);
        Set<Integer> sums = new HashSet<>();
        for (int t = 0; t < 50; t++) {
            int[] s = AllocationProblem.schoolWeight(new UUID(0, 1), 50, t).tierSizes();
            sums.add(s[0] + s[1] + s[2] - t);
            assertThat(s[0]).isGreaterThanOrEqualTo(s[1]);
        }
        assertThat(sums).containsExactly(0);
    }
}
