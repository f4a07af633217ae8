package org.partnermatch.allocation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "partnermatch.allocation")
public interface AllocationConfig {

    /**
     * Instances whose solvers get more (need, offering) pairs than this (after {@code AllocationProblem.pruned}) run as
     * a job (202) instead of inline (201).
     */
    @WithDefault("20000")
    int inlineMaxPairs();

    /**
     * The most eligible (need, offering) pairs one plan may have: the instance is held in the heap until it is solved
     * (about 50 bytes a pair, so the default is about 12 MB), and a larger scope is refused with 400.
     */
    @WithDefault("250000")
    int maxPairs();

    /**
     * How many plans may be built at once. Each holds its instance in the heap until it is solved (its pairs after
     * pruning, and one need's eligible pairs while it is scored) and takes a core while it is built; requests beyond
     * this wait up to 5 s for a turn. One on two cores: with two, a mixed load's other requests waited seconds.
     */
    @WithDefault("1")
    int builders();

    /** How many finished jobs the in-memory job store keeps (oldest dropped first). */
    @WithDefault("100")
    int keptJobs();
}
