package org.partnermatch.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.partnermatch.matching.core.CandidatePool;
import org.partnermatch.matching.core.MatchCandidate;
import org.partnermatch.matching.core.MatchScorer;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.OfferingProfile;
import org.partnermatch.matching.core.PreparedNeed;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.vocabulary.CapacityUnit;

/**
 * One district-wide allocation instance: the open needs (demands, in first-come order), the offerings with capacity
 * left (supplies), and an arc for each pair that passes all of matching's hard constraints, scores at least
 * {@code minScore} and a plan can need ({@link #pruned}). Plain data: no CDI, no database, so solvers, tests and the
 * benchmark share it.
 *
 * <h2>Objective (integer, exact)</h2>
 * A student of need n served by offering o is worth {@code v = round(SCALE × quality(n, o) × w(school))} with the
 * school's equity weight {@code w = 0.5 + needIndex / 100} (0.5 .. 1.5). Diminishing returns per school: the school's
 * open students T are split into three tiers (the first ⌈T/3⌉, the next up to ⌈2T/3⌉, the rest); each student served
 * in tier k costs a penalty {@code round(SCALE × w × DIMINISHING[k])}, with DIMINISHING = 0, 0.1, 0.2. The objective is
 * {@code Σ x·v − Σ penalties}; since the penalties grow tier by tier the cheapest tiers fill first, which makes it a
 * separable concave objective that a min-cost flow solves exactly.
 */
public record AllocationProblem(List<Demand> demands, List<Supply> supplies, List<Arc> arcs,
                                Map<UUID, SchoolWeight> schools) {

    public static final int SCALE = 1000;
    static final double[] DIMINISHING = {0.0, 0.1, 0.2};

    /** One open need. {@code order} is its first-come position (creation time). */
    public record Demand(int index, UUID needId, UUID schoolId, int students) {
    }

    /**
     * An offering with capacity left. For {@link CapacityUnit#students} the capacity counts students; for
     * {@link CapacityUnit#schools} it counts schools, each of which may send any number of students.
     */
    public record Supply(int index, UUID offeringId, UUID organizationId, CapacityUnit unit, int capacity) {
    }

    /** An eligible (need, offering) pair with its match quality (0..1) and integer value per student. */
    public record Arc(int index, int demand, int supply, double quality, long value) {
    }

    /** A school's equity weight, tier sizes and per-student tier penalties. */
    public record SchoolWeight(UUID schoolId, double needIndex, double weight, int[] tierSizes, long[] tierPenalty) {
    }

    public static double weightOf(double needIndex) {
        return 0.5 + needIndex / 100.0;
    }

    public int arcCount() {
        return arcs.size();
    }

    /** Arcs grouped by demand, each list best quality first (ties: lower offering id). */
    public List<List<Arc>> arcsByDemand() {
        List<List<Arc>> by = groupedByDemand();
        for (List<Arc> list : by) {
            list.sort(bestFirst(supplies));
        }
        return by;
    }

    /** Arcs grouped by demand, in arc order. */
    private List<List<Arc>> groupedByDemand() {
        List<List<Arc>> by = new ArrayList<>();
        for (int i = 0; i < demands.size(); i++) {
            by.add(new ArrayList<>());
        }
        for (Arc arc : arcs) {
            by.get(arc.demand()).add(arc);
        }
        return by;
    }

    /** A need's arcs best quality first; ties: lower offering id. */
    private static Comparator<Arc> bestFirst(List<Supply> supplies) {
        return (x, y) -> {
            int c = Double.compare(y.quality(), x.quality());
            return c != 0 ? c : supplies.get(x.supply()).offeringId().compareTo(supplies.get(y.supply()).offeringId());
        };
    }

    /** How many of a need's best arcs the cut sorts first; four times as many each time that is not enough. */
    static final int FIRST_SORTED = 64;

    /**
     * Marks in {@code keep} (by arc index) the arcs of one need that a plan can need: best first ({@link #bestFirst}),
     * until the student places of the offerings kept so far exceed {@code students}; returns how many.
     *
     * <p>A cut keeps a few dozen of a need's hundreds of arcs, so only the best are sorted: those at or above the
     * {@value #FIRST_SORTED}th best quality (every arc of that quality among them, so ties are ordered as in the full
     * list), which are the full best-first list's first arcs in its order. When their places do not exceed
     * {@code students}, four times as many are taken, up to all of them.
     */
    static int markKept(List<Arc> arcs, List<Supply> supplies, long students, boolean[] keep) {
        int n = arcs.size();
        double[] qualities = null; // read only when some arcs are left out of a round
        Comparator<Arc> bestFirst = bestFirst(supplies);
        for (int take = Math.min(n, FIRST_SORTED); ; take = Math.min(n, 4 * take)) {
            if (take < n && qualities == null) {
                qualities = new double[n];
                for (int i = 0; i < n; i++) {
                    qualities[i] = arcs.get(i).quality();
                }
            }
            // a round that takes every arc needs no threshold
            double threshold = take == n ? Double.NEGATIVE_INFINITY : kthLargest(qualities, take);
            List<Arc> best = new ArrayList<>(take);
            for (Arc arc : arcs) {
                if (Double.compare(arc.quality(), threshold) >= 0) {
                    best.add(arc);
                }
            }
            best.sort(bestFirst);
            long places = 0;
            int kept = 0;
            while (kept < best.size() && places <= students) {
                Supply s = supplies.get(best.get(kept).supply());
                if (s.unit() == CapacityUnit.students) {
                    places += Math.max(0, s.capacity());
                }
                kept++;
            }
            if (places > students || best.size() == n) {
                for (int i = 0; i < kept; i++) {
                    keep[best.get(i).index()] = true;
                }
                return kept;
            }
        }
    }

    /** The {@code k}th largest of {@code values} (1 ≤ k ≤ length) in {@link Double#compare} order, by a min-heap of k. */
    static double kthLargest(double[] values, int k) {
        double[] heap = Arrays.copyOf(values, k);
        for (int i = k / 2 - 1; i >= 0; i--) {
            siftDown(heap, i, heap[i]);
        }
        for (int i = k; i < values.length; i++) {
            if (Double.compare(values[i], heap[0]) > 0) {
                siftDown(heap, 0, values[i]);
            }
        }
        return heap[0];
    }

    /** Puts {@code value} at {@code i} of a min-heap and moves it down to where it belongs. */
    private static void siftDown(double[] heap, int i, double value) {
        int n = heap.length;
        while (2 * i + 1 < n) {
            int child = 2 * i + 1;
            if (child + 1 < n && Double.compare(heap[child + 1], heap[child]) < 0) {
                child++;
            }
            if (Double.compare(heap[child], value) >= 0) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = value;
    }

    private static long students(List<Demand> demands) {
        long students = 0;
        for (Demand d : demands) {
            students += d.students();
        }
        return students;
    }

    /**
     * The same instance without the arcs no plan needs. Each need keeps its arcs best first ({@link #markKept}) until
     * the student places of the offerings kept for it exceed every student of the instance; the rest go.
     * Why nothing is lost: a plan can place at most those students, so at least one offering kept for the need always
     * has room, and moving a student of the need from a dropped offering to it loses nothing (it matches at least as
     * well; the school's count, and so its tier, is unchanged). The min-cost flow therefore reaches the same objective,
     * and the first-come baseline, which takes the first offering with room in the same order, the same plan.
     * Offerings whose capacity counts schools add no places here (the flow may take their arcs away from a school).
     * A 5-school plan at 20,000 offerings keeps about one pair in twenty.
     */
    public AllocationProblem pruned() {
        long students = students(demands);
        boolean[] keep = new boolean[arcs.size()];
        int kept = 0;
        for (List<Arc> list : groupedByDemand()) {
            kept += markKept(list, supplies, students, keep);
        }
        if (kept == arcs.size()) {
            return this;
        }
        List<Arc> left = new ArrayList<>(kept);
        for (Arc arc : arcs) {
            if (keep[arc.index()]) {
                left.add(new Arc(left.size(), arc.demand(), arc.supply(), arc.quality(), arc.value()));
            }
        }
        return new AllocationProblem(demands, supplies, Collections.unmodifiableList(left), schools);
    }

    /** A built instance, and how many pairs were eligible before {@link #pruned pruning}. */
    public record Built(AllocationProblem problem, int eligiblePairs) {
    }

    /**
     * Builds the instance from the matching read model, {@link #pruned} as it goes (the same instance as building
     * every eligible pair and pruning; a pair that goes is held only as its candidate and quality until its need's
     * arcs are made).
     *
     * @param needs    open needs, first come first
     * @param schools  the needs' schools
     * @param poolFor  the candidate pool for a need category (the matching index's pools)
     * @param scorer   the configured scorer
     * @param minScore pairs scoring below this are not offered to the solver
     * @param maxPairs the most eligible pairs an instance may have (a bound on the heap a scope may ask for)
     * @throws TooLarge when the needs and offerings make more pairs than that
     */
    public static Built build(List<NeedProfile> needs, Map<UUID, SchoolProfile> schools,
                              Function<String, CandidatePool> poolFor, MatchScorer scorer, double minScore,
                              int maxPairs) {
        return build(needs, schools, poolFor, scorer, minScore, maxPairs, true);
    }

    /** As {@link #build(List, Map, Function, MatchScorer, double, int)}; {@code prune} false keeps every eligible pair. */
    public static Built build(List<NeedProfile> needs, Map<UUID, SchoolProfile> schools,
                              Function<String, CandidatePool> poolFor, MatchScorer scorer, double minScore,
                              int maxPairs, boolean prune) {
        List<Demand> demands = new ArrayList<>();
        List<Supply> supplies = new ArrayList<>();
        List<Arc> arcs = new ArrayList<>();
        Map<UUID, Integer> supplyIndex = new HashMap<>();
        // the supply of a candidate met before, by the object itself: a pair's look-up reads neither its offering nor
        // its id (a pool holds the snapshot's candidate objects, so nearly every look-up after the first is a hit);
        // the offering's id stays the key a supply is made by
        Map<MatchCandidate, Integer> supplyOf = new IdentityHashMap<>();
        Map<UUID, Integer> studentsPerSchool = new HashMap<>();
        Map<UUID, SchoolWeight> weights = new HashMap<>();
        long students = 0;
        // The needs a plan can serve, grouped by category: the eligible pairs of all of a category's needs come from
        // one pass over its pool (the scan reads each candidate once for all of them, and the scan is memory-bound),
        // counted against maxPairs as they are found. Each need is then taken in order as if scanned alone.
        List<NeedProfile> served = new ArrayList<>();
        List<PreparedNeed> prepared = new ArrayList<>();
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        for (NeedProfile need : needs) {
            SchoolProfile school = schools.get(need.schoolId());
            if (school == null || need.studentsAffected() <= 0) {
                continue;
            }
            students += need.studentsAffected();
            byCategory.computeIfAbsent(need.categoryCode(), k -> new ArrayList<>()).add(served.size());
            served.add(need);
            prepared.add(scorer.prepare(need, school));
        }
        Pairs[] found = new Pairs[served.size()];
        int[] eligible = {0};
        for (Map.Entry<String, List<Integer>> group : byCategory.entrySet()) {
            int[] positions = group.getValue().stream().mapToInt(Integer::intValue).toArray();
            PreparedNeed[] scanned = new PreparedNeed[positions.length];
            for (int j = 0; j < positions.length; j++) {
                scanned[j] = prepared.get(positions[j]);
                found[positions[j]] = new Pairs();
            }
            scorer.eligibleTotals(scanned, poolFor.apply(group.getKey()), (j, candidate, quality) -> {
                if (quality < minScore) {
                    return;
                }
                if (++eligible[0] > maxPairs) {
                    throw new TooLarge(maxPairs);
                }
                found[positions[j]].add(candidate, quality);
            });
        }
        List<Arc> needArcs = new ArrayList<>();
        for (int i = 0; i < served.size(); i++) {
            NeedProfile need = served.get(i);
            Demand demand = new Demand(demands.size(), need.id(), need.schoolId(), need.studentsAffected());
            demands.add(demand);
            studentsPerSchool.merge(need.schoolId(), need.studentsAffected(), Integer::sum);
            double w = weightOf(schools.get(need.schoolId()).needIndex());
            needArcs.clear();
            Pairs pairs = found[i];
            for (int p = 0; p < pairs.size; p++) {
                MatchCandidate candidate = pairs.candidates[p];
                double quality = pairs.qualities[p];
                Integer known = supplyOf.get(candidate);
                int s;
                if (known != null) {
                    s = known;
                } else {
                    OfferingProfile offering = candidate.offering();
                    s = supplyIndex.computeIfAbsent(offering.id(), id -> {
                        supplies.add(new Supply(supplies.size(), id, offering.organizationId(),
                                offering.capacityUnit(), offering.capacityRemaining()));
                        return supplies.size() - 1;
                    });
                    supplyOf.put(candidate, s);
                }
                // numbered within the need, in pool order, until the need's cut is known
                needArcs.add(new Arc(needArcs.size(), demand.index(), s, quality, Math.round(SCALE * quality * w)));
            }
            found[i] = null; // its arcs are made: the pairs can go
            boolean[] keep = new boolean[needArcs.size()];
            markKept(needArcs, supplies, prune ? students : Long.MAX_VALUE, keep);
            for (Arc arc : needArcs) {
                if (keep[arc.index()]) {
                    arcs.add(new Arc(arcs.size(), arc.demand(), arc.supply(), arc.quality(), arc.value()));
                }
            }
        }
        studentsPerSchool.forEach((id, total) -> weights.put(id, schoolWeight(id, schools.get(id).needIndex(), total)));
        return new Built(new AllocationProblem(Collections.unmodifiableList(demands),
                Collections.unmodifiableList(supplies), Collections.unmodifiableList(arcs), Map.copyOf(weights)),
                eligible[0]);
    }

    /** A need's eligible candidates and their qualities, in pool order (12 bytes a pair, until its arcs are made). */
    private static final class Pairs {
        private MatchCandidate[] candidates = new MatchCandidate[16];
        private double[] qualities = new double[16];
        private int size;

        void add(MatchCandidate candidate, double quality) {
            if (size == candidates.length) {
                candidates = Arrays.copyOf(candidates, size * 2);
                qualities = Arrays.copyOf(qualities, size * 2);
            }
            candidates[size] = candidate;
            qualities[size++] = quality;
        }
    }

    /** An instance with more eligible (need, offering) pairs than the caller allows. */
    public static final class TooLarge extends RuntimeException {

        private final int maxPairs;

        TooLarge(int maxPairs) {
            super("more than " + maxPairs + " eligible (need, offering) pairs", null, false, false);
            this.maxPairs = maxPairs;
        }

        public int maxPairs() {
            return maxPairs;
        }
    }

    /** Tier sizes and penalties for a school with {@code total} open students. */
    public static SchoolWeight schoolWeight(UUID schoolId, double needIndex, int total) {
        double w = weightOf(needIndex);
        int first = (total + 2) / 3;
        int second = Math.max(0, (2 * total + 2) / 3 - first);
        int third = total - first - second;
        long[] penalty = new long[DIMINISHING.length];
        for (int k = 0; k < penalty.length; k++) {
            penalty[k] = Math.round(SCALE * w * DIMINISHING[k]);
        }
        return new SchoolWeight(schoolId, needIndex, w, new int[] {first, second, third}, penalty);
    }
}
