package org.partnermatch.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.partnermatch.allocation.AllocationProblem.Arc;
import org.partnermatch.allocation.AllocationProblem.Demand;
import org.partnermatch.allocation.AllocationProblem.SchoolWeight;
import org.partnermatch.allocation.AllocationProblem.Supply;
import org.partnermatch.vocabulary.CapacityUnit;

/**
 * Solves an {@link AllocationProblem} exactly as a min-cost flow (JGraphT's capacity-scaling algorithm; integer
 * capacities and costs, so the optimum is integral):
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

    /** A network arc: the problem arc it carries (or −1), its capacity and its cost (the graph weight). */
    private static final class Edge {
        final int arc;
        final int capacity;

        Edge(int arc, int capacity) {
            this.arc = arc;
            this.capacity = capacity;
        }
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
        int[] flow = new int[problem.arcCount()];
        long k = 1;
        long[] reachable = new long[supplies.size()];
        for (Arc arc : problem.arcs()) {
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
        DirectedWeightedMultigraph<Integer, Edge> g = new DirectedWeightedMultigraph<>(null, null);
        g.addVertex(source);
        g.addVertex(sink);
        long total = 0;
        for (Supply s : supplies) {
            g.addVertex(supplyBase + s.index());
            long cap = s.unit() == CapacityUnit.schools ? reachable[s.index()]
                    : Math.min(s.capacity(), reachable[s.index()]);
            if (cap > 0) {
                add(g, source, supplyBase + s.index(), new Edge(-1, (int) cap), 0);
                total += cap;
            }
        }
        if (total == 0) {
            return flow;
        }
        for (Demand d : demands) {
            g.addVertex(demandBase + d.index());
        }
        schoolNode.values().forEach(g::addVertex);
        for (Arc arc : problem.arcs()) {
            if (!banned.contains(arc.index())) {
                add(g, supplyBase + arc.supply(), demandBase + arc.demand(),
                        new Edge(arc.index(), demands.get(arc.demand()).students()), k - arc.value());
            }
        }
        for (Demand d : demands) {
            add(g, demandBase + d.index(), schoolNode.get(d.schoolId()), new Edge(-1, d.students()), 0);
        }
        for (Map.Entry<UUID, Integer> school : schoolNode.entrySet()) {
            SchoolWeight w = problem.schools().get(school.getKey());
            for (int t = 0; t < w.tierSizes().length; t++) {
                if (w.tierSizes()[t] > 0) {
                    add(g, school.getValue(), sink, new Edge(-1, w.tierSizes()[t]), w.tierPenalty()[t]);
                }
            }
        }
        // no plan can place more students than the needs hold: pushing more through the source only adds bypass flow
        long students = 0;
        for (Demand d : demands) {
            students += d.students();
        }
        int supplyTotal = (int) Math.min(total, students);
        add(g, source, sink, new Edge(-1, supplyTotal), k);
        MinimumCostFlowProblem<Integer, Edge> mcf = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
                v -> v == source ? supplyTotal : v == sink ? -supplyTotal : 0, e -> e.capacity);
        MinimumCostFlow<Edge> result = new CapacityScalingMinimumCostFlow<Integer, Edge>().getMinimumCostFlow(mcf);
        for (Map.Entry<Edge, Double> e : result.getFlowMap().entrySet()) {
            if (e.getKey().arc >= 0) {
                flow[e.getKey().arc] = (int) Math.round(e.getValue());
            }
        }
        return flow;
    }

    private static void add(DirectedWeightedMultigraph<Integer, Edge> g, int from, int to, Edge edge, long cost) {
        g.addEdge(from, to, edge);
        g.setEdgeWeight(edge, cost);
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
