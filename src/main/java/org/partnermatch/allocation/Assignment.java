package org.partnermatch.allocation;

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
 * Students assigned on each arc of a problem, with the checks and figures every plan is judged by: feasibility
 * (no need over its students, no offering over its capacity), the exact integer objective, and the equity-weighted
 * value Σ students × quality × school weight.
 */
public record Assignment(AllocationProblem problem, int[] flow) {

    public long studentsServed() {
        long total = 0;
        for (int f : flow) {
            total += f;
        }
        return total;
    }

    /** Σ students × quality × (0.5 + needIndex / 100), without diminishing returns. */
    public double equityWeightedValue() {
        double value = 0;
        for (Arc arc : problem.arcs()) {
            Demand d = problem.demands().get(arc.demand());
            value += flow[arc.index()] * arc.quality() * problem.schools().get(d.schoolId()).weight();
        }
        return value;
    }

    /** The exact objective the solver maximises (in 1/SCALE units): values minus diminishing-returns penalties. */
    public long objective() {
        long value = 0;
        Map<UUID, Integer> perSchool = new HashMap<>();
        for (Arc arc : problem.arcs()) {
            value += flow[arc.index()] * arc.value();
            perSchool.merge(problem.demands().get(arc.demand()).schoolId(), flow[arc.index()], Integer::sum);
        }
        for (Map.Entry<UUID, Integer> e : perSchool.entrySet()) {
            value -= penalty(problem.schools().get(e.getKey()), e.getValue());
        }
        return value;
    }

    static long penalty(SchoolWeight school, int served) {
        long penalty = 0;
        int left = served;
        for (int k = 0; k < school.tierSizes().length && left > 0; k++) {
            int n = Math.min(left, school.tierSizes()[k]);
            penalty += n * school.tierPenalty()[k];
            left -= n;
        }
        return penalty;
    }

    /** Null when every constraint holds, else what is broken. */
    public String violation() {
        int[] perDemand = new int[problem.demands().size()];
        int[] perSupply = new int[problem.supplies().size()];
        List<Set<UUID>> schoolsPerSupply = new java.util.ArrayList<>();
        for (int i = 0; i < problem.supplies().size(); i++) {
            schoolsPerSupply.add(new HashSet<>());
        }
        for (Arc arc : problem.arcs()) {
            int f = flow[arc.index()];
            if (f < 0) {
                return "negative flow on arc " + arc.index();
            }
            if (f > 0) {
                perDemand[arc.demand()] += f;
                perSupply[arc.supply()] += f;
                schoolsPerSupply.get(arc.supply()).add(problem.demands().get(arc.demand()).schoolId());
            }
        }
        for (Demand d : problem.demands()) {
            if (perDemand[d.index()] > d.students()) {
                return "need " + d.needId() + " over its students";
            }
        }
        for (Supply s : problem.supplies()) {
            int used = s.unit() == CapacityUnit.schools ? schoolsPerSupply.get(s.index()).size() : perSupply[s.index()];
            if (used > s.capacity()) {
                return "offering " + s.offeringId() + " over capacity";
            }
        }
        return null;
    }
}
