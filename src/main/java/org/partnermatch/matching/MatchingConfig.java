package org.partnermatch.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.partnermatch.matching.core.MatchWeights;

/**
 * Matching settings. The weights say how much each soft factor counts (relative to each other; 0 switches a
 * factor off); a request may override any of them with {@code weight.<factor>=<value>}.
 */
@ConfigMapping(prefix = "partnermatch.matching")
public interface MatchingConfig {

    Weights weights();

    /** How long the change feed waits before reconnecting after losing its database connection. */
    @WithDefault("2S")
    Duration reconnectDelay();

    /**
     * The longest the change feed waits between attempts when loading or applying keeps failing (the delay doubles
     * from {@code reconnect-delay} up to this): each attempt reloads the whole directory.
     */
    @WithDefault("60S")
    Duration reconnectMaxDelay();

    /**
     * School shortlists kept per read-model snapshot (see ShortlistCache): repeated school matches between changes
     * skip the scoring. 0 turns the cache off.
     */
    @WithDefault("1000")
    int schoolShortlistCacheSize();

    /**
     * Of those, how many covered needs' explanations (reasons and factors, about 2 kB each) are kept too, so a repeated
     * request also skips building them; past this a remembered shortlist is explained again on each request.
     */
    @WithDefault("10000")
    int schoolExplainedCacheNeeds();

    /** Results returned when the caller does not ask for a limit. */
    @WithDefault("20")
    int defaultLimit();

    interface Weights {
        @WithDefault("3")
        double category();

        @WithDefault("2")
        double text();

        @WithDefault("1")
        double grades();

        @WithDefault("2")
        double languages();

        @WithDefault("1.5")
        double timing();

        @WithDefault("1")
        double distance();

        @WithDefault("1")
        double cost();

        @WithDefault("1")
        double capacity();

        @WithDefault("1.5")
        double culturalFit();

        @WithDefault("0.5")
        double trackRecord();

        @WithDefault("1")
        double priority();

        default MatchWeights toMatchWeights() {
            return new MatchWeights(category(), text(), grades(), languages(), timing(), distance(), cost(),
                    capacity(), culturalFit(), trackRecord(), priority());
        }
    }
}
