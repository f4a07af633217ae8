package org.partnermatch.matching;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.partnermatch.matching.core.CategoryScores;
import org.partnermatch.matching.core.MatchFactor;
import org.partnermatch.matching.core.MatchWeights;

/**
 * Matching settings. The weights say how much each soft factor counts (relative to each other; 0 switches a
 * factor off); a request may override any of them with {@code weight.<factor>=<value>}.
 */
@ConfigMapping(prefix = "partnermatch.matching")
public interface MatchingConfig {

    /**
     * The district's weights: for each factor of the registry ({@link MatchFactor}),
     * {@code partnermatch.matching.weights.<factor>} with the factor's key in kebab case (environment:
     * {@code PARTNERMATCH_MATCHING_WEIGHTS_CULTURAL_FIT}), else its default weight. Read by name from the registry
     * rather than mapped method by method, so a new factor needs no setting of its own here.
     *
     * @throws IllegalArgumentException naming the factor whose configured weight is negative or not finite
     */
    static MatchWeights weights(Config config) {
        Map<String, Double> configured = new LinkedHashMap<>();
        for (MatchFactor f : MatchFactor.values()) {
            config.getOptionalValue("partnermatch.matching.weights." + f.key().replace('_', '-'), Double.class)
                    .ifPresent(value -> configured.put(f.key(), value));
        }
        return MatchWeights.defaultsWith(configured);
    }

    /** The category factor's score for each relation between an offering's category and the need's. */
    Category category();

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
     * The least time between two applications of changes to the matching index: changes arriving sooner gather and
     * go in together. Each application rebuilds the index's snapshot and empties its shortlist caches, so under a
     * steady stream of writes this keeps that work to a few times a second; a change reaches matching within about
     * this long after its commit. 0 applies every change as it arrives.
     */
    @WithDefault("200ms")
    Duration applyInterval();

    /**
     * School shortlists kept per read-model snapshot (see ShortlistCache): repeated school matches between changes
     * skip the scoring. 0 turns the cache off.
     */
    @WithDefault("1000")
    int schoolShortlistCacheSize();

    /**
     * Of those, how many bytes of ready-to-send responses (the explained matches as gzip-compressed JSON) are kept
     * too, so a repeated request is answered without scoring, explaining or writing JSON; past this a remembered
     * shortlist is explained and written again on each request.
     */
    @WithDefault("24M")
    MemorySize schoolResponseCacheBytes();

    /**
     * How many bytes of those responses are also kept uncompressed, outside the heap, for clients that do not accept
     * gzip: filled on the first such request per school, emptied with the rest on any change. Past this the
     * compressed JSON is inflated on every such request. 0 always inflates.
     */
    @WithDefault("32M")
    MemorySize schoolResponsePlainBytes();

    /**
     * How many days an organization that declined (or, as the partner, cancelled) a request for a need is left out
     * of that need's matches and of allocation for it. 0 forgets declines at once.
     */
    @WithDefault("180")
    int declineMemoryDays();

    /**
     * Points (of 100) taken off the score of a listing that is overdue for confirmation — its offering or its
     * organization last confirmed before {@code partnermatch.listings.verify-every} plus {@code grace} ago — in need
     * and school matches, opportunities and allocation. Hard constraints are untouched; 0 ranks overdue listings as
     * if current (their reasons still say so).
     */
    @WithDefault("15")
    double overduePenalty();

    /** Results returned when the caller does not ask for a limit. */
    @WithDefault("20")
    int defaultLimit();

    /**
     * {@code partnermatch.matching.category.*}: exact is always 1 and unrelated never matches; siblings (another
     * child of the need's parent category) enter as weaker candidates. A sibling score of 0 keeps them in the
     * results but only behind every comparable closer match.
     */
    interface Category {
        /** One category is the other's parent ("Academic support" for "Math tutoring"). */
        @WithDefault("0.5")
        double parentOrChildScore();

        /** Both are children of one parent ("Tutoring" for "Homework help"); at most the parent-or-child score. */
        @WithDefault("0.25")
        double siblingScore();

        default CategoryScores toCategoryScores() {
            return new CategoryScores(parentOrChildScore(), siblingScore());
        }
    }
}
