package org.partnermatch.allocation;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.partnermatch.allocation.AllocationProblem.Arc;
import org.partnermatch.allocation.AllocationProblem.Demand;
import org.partnermatch.allocation.AllocationProblem.SchoolWeight;
import org.partnermatch.allocation.AllocationProblem.Supply;

/**
 * The same network as {@link FlowAllocator} solved by an independent implementation (JGraphT's capacity scaling),
 * for instances too big for exhaustive search. Student-counted capacities only.
 */
final class JGraphTReference {

    private JGraphTReference() {
    }

    private static final class Edge {
        final int arc;
        final int capacity;

        Edge(int arc, int capacity) {
            this.arc = arc;
            this.capacity = capacity;
        }
    }

    static Assignment solve(AllocationProblem problem) {
        int[] flow = new int[problem.arcCount()];
        long k = 1;
        for (Arc arc : problem.arcs()) {
            k = Math.max(k, arc.value());
        }
        int supplyBase = 2;
        int demandBase = supplyBase + problem.supplies().size();
        int schoolBase = demandBase + problem.demands().size();
        Map<UUID, Integer> schoolNode = new HashMap<>();
        for (Demand d : problem.demands()) {
            schoolNode.computeIfAbsent(d.schoolId(), id -> schoolBase + schoolNode.size());
        }
        DirectedWeightedMultigraph<Integer, Edge> g = new DirectedWeightedMultigraph<>(null, null);
        for (int v = 0; v < schoolBase + schoolNode.size(); v++) {
            g.addVertex(v);
        }
        long total = 0;
        for (Supply s : problem.supplies()) {
            add(g, 0, supplyBase + s.index(), new Edge(-1, s.capacity()), 0);
            total += s.capacity();
        }
        for (Arc arc : problem.arcs()) {
            add(g, supplyBase + arc.supply(), demandBase + arc.demand(),
                    new Edge(arc.index(), problem.demands().get(arc.demand()).students()), k - arc.value());
        }
        long students = 0;
        for (Demand d : problem.demands()) {
            add(g, demandBase + d.index(), schoolNode.get(d.schoolId()), new Edge(-1, d.students()), 0);
            students += d.students();
        }
        for (Map.Entry<UUID, Integer> school : schoolNode.entrySet()) {
            SchoolWeight w = problem.schools().get(school.getKey());
            for (int t = 0; t < w.tierSizes().length; t++) {
                add(g, school.getValue(), 1, new Edge(-1, w.tierSizes()[t]), w.tierPenalty()[t]);
            }
        }
        int amount = (int) Math.min(total, students);
        add(g, 0, 1, new Edge(-1, amount), k);
        MinimumCostFlowProblem<Integer, Edge> mcf = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
                v -> v == 0 ? amount : v == 1 ? -amount : 0, e -> e.capacity);
        MinimumCostFlow<Edge> result = new CapacityScalingMinimumCostFlow<Integer, Edge>().getMinimumCostFlow(mcf);
        result.getFlowMap().forEach((edge, f) -> {
            if (edge.arc >= 0) {
                flow[edge.arc] = (int) Math.round(f);
            }
        });
        return new Assignment(problem, flow);
    }

    private static void add(DirectedWeightedMultigraph<Integer, Edge> g, int from, int to, Edge edge, long cost) {
        g.addEdge(from, to, edge);
        g.setEdgeWeight(edge, cost);
    }
}
