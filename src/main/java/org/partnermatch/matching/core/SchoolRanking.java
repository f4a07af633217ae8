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
import org.partnermatch.vocabulary.Priority;

/**
 * Ranks organizations for one school across all its open needs, so that a partner covering several pressing needs
 * well comes before one covering a single minor need.
 *
 * <pre>
 * org score = Σ over needs the org covers ( priority weight(need) × best total of the org's offerings for it )
 *           / Σ over all the school's open needs ( priority weight(need) )
 * </pre>
 * An organization "covers" a need when at least one of its offerings is an eligible match; its best-scoring
 * offering is chosen per need. The score lies in [0, 1]. Ties are broken by organization id, so the order never
 * depends on the order of the input.
 */
public final class SchoolRanking {

    private SchoolRanking() {
    }

    /**
     * A need an organization covers, with the offering chosen for it.
     *
     * @param needId     the need
     * @param priority   the need's priority
     * @param offeringId the organization's best offering for the need
     * @param match      that offering's match
     */
    public record CoveredNeed(UUID needId, Priority priority, UUID offeringId, MatchResult match) {

        /** priority weight × match total: what this need adds to the organization's score (before dividing). */
        public double contribution() {
            return priority.weight() * match.total();
        }
    }

    /**
     * One organization's place in the ranking.
     *
     * @param organizationId the organization
     * @param score          0..1, see the class comment
     * @param needs          the needs it covers, biggest contribution first
     */
    public record Entry(UUID organizationId, double score, List<CoveredNeed> needs) {

        public Entry {
            needs = List.copyOf(needs);
        }

        /** Score on a 0–100 scale, rounded to one decimal. */
        public double percent() {
            return Math.round(score * 1000.0) / 10.0;
        }
    }

    /**
     * @param openNeeds all the school's open needs (the denominator), including needs nothing matched
     * @param results   match results for those needs; results for other needs are ignored
     * @return organizations, best first
     */
    public static List<Entry> rank(Collection<NeedProfile> openNeeds, Collection<MatchResult> results) {
        Objects.requireNonNull(openNeeds, "openNeeds");
        Objects.requireNonNull(results, "results");
        Map<UUID, Priority> priorities = new HashMap<>();
        for (NeedProfile need : openNeeds) {
            priorities.put(need.id(), need.priority());
        }
        // sum in need-id order so the floating-point result does not depend on input order
        double denominator = 0;
        for (Priority p : new TreeMap<>(priorities).values()) {
            denominator += p.weight();
        }
        if (denominator <= 0) {
            return List.of();
        }

        // organization → need → best result
        Map<UUID, Map<UUID, MatchResult>> best = new HashMap<>();
        for (MatchResult r : results) {
            if (!priorities.containsKey(r.needId())) {
                continue;
            }
            best.computeIfAbsent(r.organizationId(), k -> new TreeMap<>())
                    .merge(r.needId(), r, Rankings::better);
        }

        List<Entry> entries = new ArrayList<>(best.size());
        for (Map.Entry<UUID, Map<UUID, MatchResult>> org : best.entrySet()) {
            double numerator = 0;
            List<CoveredNeed> covered = new ArrayList<>();
            for (MatchResult r : org.getValue().values()) { // TreeMap: need-id order
                CoveredNeed c = new CoveredNeed(r.needId(), priorities.get(r.needId()), r.offeringId(), r);
                numerator += c.contribution();
                covered.add(c);
            }
            covered.sort(Comparator.comparingDouble(CoveredNeed::contribution).reversed()
                    .thenComparing(CoveredNeed::needId));
            double score = Math.min(1.0, numerator / denominator);
            entries.add(new Entry(org.getKey(), score, covered));
        }
        entries.sort(Comparator.comparingDouble(Entry::score).reversed().thenComparing(Entry::organizationId));
        return List.copyOf(entries);
    }
}
