package org.partnermatch.partnership;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the partnership lifecycle and track record (docs/operations.md, "Configuration"). */
@ConfigMapping(prefix = "partnermatch.partnerships")
public interface PartnershipSettings {

    /** How long a request may wait for an answer before it expires (ISO-8601, e.g. P14D). */
    @WithDefault("P14D")
    Duration requestTtl();

    /** How often the expiry job runs (a Quarkus scheduler interval such as 60s, or "off"). */
    @WithDefault("60s")
    String expiryCheckEvery();

    TrackRecord trackRecord();

    /**
     * The smoothed rating pulls an organization with few ratings towards a prior:
     * {@code (ratingSum + priorWeight × priorMean) / (ratingCount + priorWeight)}.
     */
    interface TrackRecord {
        @WithDefault("3.5")
        double priorMean();

        @WithDefault("5")
        double priorWeight();
    }
}
