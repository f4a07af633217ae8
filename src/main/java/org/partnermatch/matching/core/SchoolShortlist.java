package org.partnermatch.matching.core;

import java.util.List;

/**
 * The organizations a school's ranking returns, before explaining: for each, its best offering for every open need
 * it covers. What {@link MatchScorer#shortlistForSchool} finds from totals alone; {@link MatchScorer#explain} turns
 * it into the ranking with reasons. Immutable, so a caller may keep it while the read model it came from is current.
 *
 * @param openNeeds every open need of the school (the ranking's denominator)
 * @param picks     the chosen (need, offering) pairs of the shortlisted organizations
 */
public record SchoolShortlist(List<NeedProfile> openNeeds, List<Pick> picks) {

    public SchoolShortlist {
        openNeeds = List.copyOf(openNeeds);
        picks = List.copyOf(picks);
    }

    /** An organization's best offering for one need. */
    public record Pick(PreparedNeed need, MatchCandidate candidate) {
    }
}
