package org.partnermatch.allocation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "partnermatch.allocation")
public interface AllocationConfig {

    /** Instances with more eligible (need, offering) pairs than this run as a job (202) instead of inline (201). */
    @WithDefault("20000")
    int inlineMaxPairs();

    /** How many finished jobs the in-memory job store keeps (oldest dropped first). */
    @WithDefault("100")
    int keptJobs();
}
