package org.partnermatch.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Report settings. */
@ConfigMapping(prefix = "partnermatch.reports")
public interface ReportConfig {

    /**
     * A need has a "good match" when at least one offering passes every hard constraint with a total match score
     * (0..1) at or above this threshold. A request may override it with {@code goodMatch=}.
     */
    @WithDefault("0.5")
    double goodMatchThreshold();
}
