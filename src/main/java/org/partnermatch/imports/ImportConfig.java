package org.partnermatch.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** CSV import limits. The body itself is also capped by {@code quarkus.http.limits.max-body-size}, like every request. */
@ConfigMapping(prefix = "partnermatch.imports")
public interface ImportConfig {

    /** Most data rows one file may hold; more is a 400 (split the file). */
    @WithDefault("20000")
    int maxRows();
}
