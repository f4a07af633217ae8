package org.partnermatch.allocation;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;

/**
 * A min-cost flow network solved exactly by OR-Tools' {@code SimpleMinCostFlow} (cost scaling with push–relabel, in
 * native code): integer capacities and costs, so the optimum it returns is integral. A thin shape over the library
 * so {@link FlowAllocator} speaks in nodes, arcs and supplies, and nothing outside this class touches OR-Tools.
 *
 * <p>Use once: add arcs, set supplies, {@link #solve()}, read {@link #flow}, then {@link #close()} to free the
 * native graph.
 */
final class FlowNetwork implements AutoCloseable {

    private static volatile boolean loaded;

    private final MinCostFlow solver;

    FlowNetwork() {
        loadNativeLibraries();
        solver = new MinCostFlow();
    }

    /**
     * Loads OR-Tools' native library once per class loader (the library unpacks it into a fresh temporary folder, so
     * a restarted application in a new class loader loads its own copy). Done when the first network is built, not at
     * start-up: unpacking and loading take about a second of CPU and 13 MB of resident memory, which a replica that
     * never plans should not pay, and which would slow every start-up on two cores. The first plan after a start
     * waits for it once.
     */
    static void loadNativeLibraries() {
        if (!loaded) {
            synchronized (FlowNetwork.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /** Adds an arc; returns its id for {@link #flow}. */
    int addArc(int from, int target, long capacity, long unitCost) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        return solver.addArcWithCapacityAndUnitCost(from, target, capacity, unitCost);
    }

    /** What the node supplies (positive) or takes in (negative). */
    void setSupply(int node, long supply) {
        solver.setNodeSupply(node, supply);
    }

    /** Computes a min-cost flow meeting every supply; callers add a bypass arc so one always exists. */
    void solve() {
        MinCostFlow.Status status = solver.solve();
        if (status != MinCostFlow.Status.OPTIMAL) {
            throw new IllegalStateException("min-cost flow not solved to optimality: " + status);
        }
    }

    /** Flow on an arc returned by {@link #addArc}. */
    int flow(int arc) {
        return Math.toIntExact(solver.getFlow(arc));
    }

    @Override
    public void close() {
        solver.delete();
    }
}
