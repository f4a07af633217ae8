package org.partnermatch.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.partnermatch.allocation.AllocationProblem.Arc;
import org.partnermatch.allocation.AllocationProblem.Demand;
import org.partnermatch.allocation.AllocationProblem.Supply;
import org.partnermatch.vocabulary.CapacityUnit;

/**
 * The first-come baseline: needs in the order they were stated, each taking the best-scoring eligible offering
 * that still has capacity, for as many of its students as that capacity allows.
 */
public final class GreedyAllocator {

    private GreedyAllocator() {
    }

    public static Assignment solve(AllocationProblem problem) {
        int[] flow = new int[problem.arcCount()];
        int[] left = new int[problem.supplies().size()];
        List<Set<UUID>> schools = new ArrayList<>();
        for (Supply s : problem.supplies()) {
            left[s.index()] = s.capacity();
            schools.add(new HashSet<>());
        }
        List<List<Arc>> byDemand = problem.arcsByDemand();
        for (Demand demand : problem.demands()) {
            for (Arc arc : byDemand.get(demand.index())) {
                Supply s = problem.supplies().get(arc.supply());
                if (s.unit() == CapacityUnit.schools) {
                    Set<UUID> served = schools.get(s.index());
                    if (served.contains(demand.schoolId()) || served.size() < s.capacity()) {
                        served.add(demand.schoolId());
                        flow[arc.index()] = demand.students();
                        break;
                    }
                } else if (left[s.index()] > 0) {
                    int n = Math.min(left[s.index()], demand.students());
                    left[s.index()] -= n;
                    flow[arc.index()] = n;
                    break;
                }
            }
        }
        return new Assignment(problem, flow);
    }
}
