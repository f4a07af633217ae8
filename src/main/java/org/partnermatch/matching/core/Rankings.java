package org.partnermatch.matching.core;

import java.util.Comparator;

/** Shared, deterministic orderings of match results. */
final class Rankings {

    /** Best first: higher total, then lower offering id, then lower need id. */
    static final Comparator<MatchResult> BEST_FIRST = Comparator.comparingDouble(MatchResult::total).reversed()
            .thenComparing(MatchResult::offeringId)
            .thenComparing(MatchResult::needId);

    private Rankings() {
    }

    /** The better of two results under {@link #BEST_FIRST}. */
    static MatchResult better(MatchResult a, MatchResult b) {
        return BEST_FIRST.compare(a, b) <= 0 ? a : b;
    }
}
