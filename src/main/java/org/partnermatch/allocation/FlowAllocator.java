package org.partnermatch.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.allocation.AllocationProblem.Arc;
import org.partnermatch.allocation.AllocationProblem.Demand;
import org.partnermatch.allocation.AllocationProblem.SchoolWeight;
import org.partnermatch.allocation.AllocationProblem.Supply;
import org.partnermatch.vocabulary.CapacityUnit;

/**
 * Solves an {@link AllocationProblem} exactly as a min-cost flow ({@link FlowNetwork}: OR-Tools' cost-scaling
 * solver; integer capacities and costs, so the optimum is integral):
 *
 * <pre>
 * source ─(capacity left)→ offering ─(students; cost K − v)→ need ─(students)→ school ═(tiers; cost penalty_k)═→ sink
 * source ─(total; cost K)→ sink                                    (the "leave it unassigned" bypass)
 * </pre>
 * K is the largest per-student value, so every cost is ≥ 0, and a student goes through an offering exactly when that
 * beats the bypass, i.e. when its value exceeds the school's current tier penalty. Minimising cost therefore
 * maximises {@link Assignment#objective()}. The per-school tiers are parallel arcs with growing penalties (convex
 * costs), which is how diminishing returns stay inside a linear network.
 *
 * <p>Offerings whose capacity counts schools ("up to 3 schools") are not a flow constraint: they enter with enough
 * capacity for every school they could serve, and when the optimum uses one at more schools than it has places, it
 * keeps the schools where it adds the most value, loses its arcs to the others, and the flow is solved again. Plans
 * without such offerings are exactly optimal; with them, optimal given the kept schools.
 */
public final class FlowAllocator {

    private FlowAllocator() {
    }

    public static Assignment solve(AllocationProblem problem) {
        Set<Integer> banned = new HashSet<>();
        while (true) {
            int[] flow = solveOnce(problem, banned);
            Set<Integer> newlyBanned = overbookedSchoolArcs(problem, flow);
            if (newlyBanned.isEmpty()) {
                return new Assignment(problem, flow);
            }
            banned.addAll(newlyBanned);
        }
    }

    private static int[] solveOnce(AllocationProblem problem, Set<Integer> banned) {
        List<Demand> demands = problem.demands();
        List<Supply> supplies = problem.supplies();
        List<Arc> arcs = problem.arcs();
        int[] flow = new int[problem.arcCount()];
        long k = 1;
        long[] reachable = new long[supplies.size()];
        for (Arc arc : arcs) {
            if (!banned.contains(arc.index())) {
                k = Math.max(k, arc.value());
                reachable[arc.supply()] += demands.get(arc.demand()).students();
            }
        }
        int source = 0;
        int sink = 1;
        int supplyBase = 2;
        int demandBase = supplyBase + supplies.size();
        int schoolBase = demandBase + demands.size();
        Map<UUID, Integer> schoolNode = new HashMap<>();
        for (Demand d : demands) {
            schoolNode.computeIfAbsent(d.schoolId(), id -> schoolBase + schoolNode.size());
        }
        try (FlowNetwork network = new FlowNetwork()) {
            long total = 0;
            for (Supply s : supplies) {
                long cap = s.unit() == CapacityUnit.schools ? reachable[s.index()]
                        : Math.min(s.capacity(), reachable[s.index()]);
                if (cap > 0) {
                    network.addArc(source, supplyBase + s.index(), cap, 0);
                    total += cap;
                }
            }
            if (total == 0) {
                return flow;
            }
            int[] networkArc = new int[arcs.size()];
            Arrays.fill(networkArc, -1);
            for (Arc arc : arcs) {
                if (!banned.contains(arc.index())) {
                    networkArc[arc.index()] = network.addArc(supplyBase + arc.supply(), demandBase + arc.demand(),
                            demands.get(arc.demand()).students(), k - arc.value());
                }
            }
            for (Demand d : demands) {
                network.addArc(demandBase + d.index(), schoolNode.get(d.schoolId()), d.students(), 0);
            }
            for (Map.Entry<UUID, Integer> school : schoolNode.entrySet()) {
                SchoolWeight w = problem.schools().get(school.getKey());
                for (int t = 0; t < w.tierSizes().length; t++) {
                    if (w.tierSizes()[t] > 0) {
                        network.addArc(school.getValue(), sink, w.tierSizes()[t], w.tierPenalty()[t]);
                    }
                }
            }
            // no plan can place more students than the needs hold: pushing more through the source only adds bypass flow
            long students = 0;
            for (Demand d : demands) {
                students += d.students();
            }
            int supplyTotal = (int) Math.min(Math.min(total, students), Integer.MAX_VALUE);
            network.addArc(source, sink, supplyTotal, k);
            network.setSupply(source, supplyTotal);
            network.setSupply(sink, -supplyTotal);
            network.solve();
            for (int a = 0; a < networkArc.length; a++) {
                if (networkArc[a] >= 0) {
                    flow[a] = network.flow(networkArc[a]);
                }
            }
        }
        return flow;
    }

    /** Arcs to drop: for each schools-unit offering used at more schools than it has places, those to the others. */
    private static Set<Integer> overbookedSchoolArcs(AllocationProblem problem, int[] flow) {
        Map<Integer, Map<UUID, Long>> valueBySchool = new HashMap<>();
        for (Arc arc : problem.arcs()) {
            Supply s = problem.supplies().get(arc.supply());
            if (s.unit() == CapacityUnit.schools && flow[arc.index()] > 0) {
                valueBySchool.computeIfAbsent(s.index(), x -> new HashMap<>()).merge(
                        problem.demands().get(arc.demand()).schoolId(), flow[arc.index()] * arc.value(), Long::sum);
            }
        }
        Set<Integer> drop = new HashSet<>();
        valueBySchool.forEach((supply, values) -> {
            int places = problem.supplies().get(supply).capacity();
            if (values.size() <= places) {
                return;
            }
            List<Map.Entry<UUID, Long>> ranked = new ArrayList<>(values.entrySet());
            ranked.sort(Map.Entry.<UUID, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Set<UUID> keep = new HashSet<>();
            ranked.subList(0, places).forEach(e -> keep.add(e.getKey()));
            for (Arc arc : problem.arcs()) {
                if (arc.supply() == supply && !keep.contains(problem.demands().get(arc.demand()).schoolId())) {
                    drop.add(arc.index());
                }
            }
        });
        return drop;
    }
}
