package org.partnermatch.hsds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HSDS import settings (see docs/imports.md, "HSDS import"); the body limit is partnermatch.limits.max-streamed-body-bytes. */
@ConfigMapping(prefix = "partnermatch.imports.hsds")
public interface HsdsConfig {

    /** Records written between two flushes of the persistence context (memory stays flat). */
    @WithDefault("250")
    int batchSize();

    /** Most records the report lists one by one (those with errors or warnings); the counts cover all. */
    @WithDefault("1000")
    int maxListedRecords();

    /** Most distinct unmapped taxonomy terms the report lists. */
    @WithDefault("500")
    int maxListedTerms();

    /** Seconds one import may take before it is rolled back. */
    @WithDefault("600")
    int timeoutSeconds();
}
