package org.partnermatch.matching.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Ranks, for one organization, the schools whose open needs its offerings fit, equity first: among comparable fits
 * a school with a higher need index comes first.
 *
 * <pre>
 * fit   = the best match total among the school's needs (each need's best offering of this organization)
 * score = fit × (0.6 + 0.4 × needIndex / 100)
 * </pre>
 * so the need index can move a school by up to 40%: a fit of 0.7 at a need-index-90 school (score 0.672) ranks
 * above a fit of 0.8 at a need-index-20 school (0.544), but a poor fit is not rescued by need alone. Ties: higher
 * need index, then school id.
 */
public final class OpportunityRanking {

    /** Share of the score that does not depend on the need index. */
    public static final double BASE_SHARE = 0.6;
    /** Share of the score scaled by the need index. */
    public static final double EQUITY_SHARE = 0.4;

    private OpportunityRanking() {
    }

    /**
     * One school the organization could serve.
     *
     * @param schoolId   the school
     * @param needIndex  its need index, 0–100
     * @param fitScore   best match total among its needs, 0..1
     * @param score      equity-weighted score used for ranking, 0..1
     * @param needs      per fitting need, the organization's best offering's match; best first
     */
    public record Opportunity(UUID schoolId, double needIndex, double fitScore, double score,
            List<MatchResult> needs) {

        public Opportunity {
            needs = List.copyOf(needs);
        }
    }

    /** The equity-weighted score of a fit at a school with the given need index. */
    public static double equityScore(double fitScore, double needIndex) {
        return fitScore * (BASE_SHARE + EQUITY_SHARE * needIndex / 100.0);
    }

    /**
     * @param results matches of one organization's offerings against open needs of any schools
     * @param schools the schools those needs belong to, by id
     * @throws IllegalArgumentException when results span several organizations or a school is missing
     */
    public static List<Opportunity> rank(Collection<MatchResult> results, Map<UUID, SchoolProfile> schools) {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(schools, "schools");
        UUID organizationId = null;
        Map<UUID, Map<UUID, MatchResult>> bySchool = new HashMap<>();
        for (MatchResult r : results) {
            if (organizationId == null) {
                organizationId = r.organizationId();
            } else if (!organizationId.equals(r.organizationId())) {
                throw new IllegalArgumentException(
                        "results for more than one organization: " + organizationId + ", " + r.organizationId());
            }
            bySchool.computeIfAbsent(r.schoolId(), k -> new TreeMap<>()).merge(r.needId(), r, Rankings::better);
        }
        List<Opportunity> out = new ArrayList<>(bySchool.size());
        for (Map.Entry<UUID, Map<UUID, MatchResult>> e : bySchool.entrySet()) {
            SchoolProfile school = schools.get(e.getKey());
            if (school == null) {
                throw new IllegalArgumentException("no profile for school " + e.getKey());
            }
            List<MatchResult> needs = new ArrayList<>(e.getValue().values());
            needs.sort(Rankings.BEST_FIRST);
            double fit = needs.get(0).total();
            double needIndex = school.needIndex();
            out.add(new Opportunity(e.getKey(), needIndex, fit, equityScore(fit, needIndex), needs));
        }
        out.sort(Comparator.comparingDouble(Opportunity::score).reversed()
                .thenComparing(Comparator.comparingDouble(Opportunity::needIndex).reversed())
                .thenComparing(Opportunity::schoolId));
        return List.copyOf(out);
    }
}
