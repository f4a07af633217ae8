package org.partnermatch.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long Idempotency-Key records are kept (at least 24 hours; the database refuses less). */
@ConfigMapping(prefix = "partnermatch.idempotency")
public interface IdempotencySettings {

    @WithDefault("PT24H")
    Duration retention();

    /** How often expired keys are removed (Quarkus scheduler interval, or "off"). */
    @WithDefault("1h")
    String cleanupEvery();
}
