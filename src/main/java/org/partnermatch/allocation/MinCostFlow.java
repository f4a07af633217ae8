package org.partnermatch.allocation;

import java.util.Arrays;

/**
 * An exact min-cost flow on a compact array graph: Goldberg–Tarjan cost scaling with FIFO push–relabel. Arc costs
 * are multiplied by (nodes + 1); each refine pass turns an ε-optimal flow into an ε/α-optimal one, and once ε reaches
 * 1 (less than 1/nodes in the original costs) the flow is optimal, because integer costs admit no cheaper flow within
 * that tolerance. Capacities and supplies are ints, costs, prices and excesses longs; nothing is boxed.
 *
 * <p>Node supplies must add up to 0 and have a feasible flow (callers add a bypass arc that guarantees one).
 */
final class MinCostFlow {

    /** Scaling factor between refine passes. */
    private static final long ALPHA = 16;

    private final int nodes;
    private int arcs;
    private final int[] head;
    private int[] next;
    private int[] to;
    private int[] residual;
    private long[] cost;
    private final long[] excess;

    MinCostFlow(int nodes, int expectedArcs) {
        this.nodes = nodes;
        int capacity = Math.max(4, 2 * expectedArcs);
        this.head = new int[nodes];
        Arrays.fill(head, -1);
        this.next = new int[capacity];
        this.to = new int[capacity];
        this.residual = new int[capacity];
        this.cost = new long[capacity];
        this.excess = new long[nodes];
    }

    /** Adds an arc (and its residual twin); returns its id for {@link #flow}. */
    int addArc(int from, int target, int capacity, long arcCost) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        if (arcs + 2 > to.length) {
            int grown = to.length * 2;
            next = Arrays.copyOf(next, grown);
            to = Arrays.copyOf(to, grown);
            residual = Arrays.copyOf(residual, grown);
            cost = Arrays.copyOf(cost, grown);
        }
        int id = arcs;
        link(id, from, target, capacity, arcCost);
        link(id + 1, target, from, 0, -arcCost);
        arcs += 2;
        return id;
    }

    private void link(int id, int from, int target, int capacity, long arcCost) {
        to[id] = target;
        residual[id] = capacity;
        cost[id] = arcCost;
        next[id] = head[from];
        head[from] = id;
    }

    /** What the node supplies (positive) or takes in (negative). */
    void setSupply(int node, long supply) {
        excess[node] = supply;
    }

    /** Flow on an arc returned by {@link #addArc} (what its twin holds). */
    int flow(int arc) {
        return residual[arc ^ 1];
    }

    /** Computes a min-cost flow meeting every supply. */
    void solve() {
        long scale = nodes + 1L;
        long maxCost = 0;
        for (int e = 0; e < arcs; e++) {
            cost[e] *= scale;
            maxCost = Math.max(maxCost, Math.abs(cost[e]));
        }
        long[] price = new long[nodes];
        int[] currentArc = new int[nodes];
        int[] queue = new int[nodes];
        boolean[] queued = new boolean[nodes];
        long epsilon = Math.max(1, maxCost);
        do {
            epsilon = Math.max(1, epsilon / ALPHA);
            refine(epsilon, price, currentArc, queue, queued);
        } while (epsilon > 1);
        for (int e = 0; e < arcs; e++) {
            cost[e] /= scale;
        }
    }

    /** One pass: saturate every arc of negative reduced cost, then push–relabel until no node has excess. */
    private void refine(long epsilon, long[] price, int[] currentArc, int[] queue, boolean[] queued) {
        for (int u = 0; u < nodes; u++) {
            for (int e = head[u]; e >= 0; e = next[e]) {
                int r = residual[e];
                if (r > 0 && cost[e] + price[u] - price[to[e]] < 0) {
                    residual[e] = 0;
                    residual[e ^ 1] += r;
                    excess[u] -= r;
                    excess[to[e]] += r;
                }
            }
        }
        // a circular FIFO of active nodes (each node at most once, so nodes slots suffice)
        int first = 0;
        int count = 0;
        for (int u = 0; u < nodes; u++) {
            currentArc[u] = head[u];
            if (excess[u] > 0) {
                queue[(first + count++) % nodes] = u;
                queued[u] = true;
            }
        }
        while (count > 0) {
            int u = queue[first];
            first = (first + 1) % nodes;
            count--;
            queued[u] = false;
            // discharge u
            long pu = price[u];
            while (excess[u] > 0) {
                int e = currentArc[u];
                while (e >= 0 && !(residual[e] > 0 && cost[e] + pu - price[to[e]] < 0)) {
                    e = next[e];
                }
                if (e >= 0) {
                    currentArc[u] = e;
                    int v = to[e];
                    int f = (int) Math.min(excess[u], residual[e]);
                    residual[e] -= f;
                    residual[e ^ 1] += f;
                    excess[u] -= f;
                    excess[v] += f;
                    if (excess[v] > 0 && !queued[v]) {
                        queue[(first + count++) % nodes] = v;
                        queued[v] = true;
                    }
                } else {
                    // relabel: the highest price that leaves every residual arc ε-optimal and one admissible
                    long best = Long.MIN_VALUE;
                    for (int a = head[u]; a >= 0; a = next[a]) {
                        if (residual[a] > 0) {
                            best = Math.max(best, price[to[a]] - cost[a]);
                        }
                    }
                    if (best == Long.MIN_VALUE) {
                        throw new IllegalStateException("no feasible flow: node " + u + " has excess and no way out");
                    }
                    pu = best - epsilon;
                    price[u] = pu;
                    currentArc[u] = head[u];
                }
            }
        }
    }
}
