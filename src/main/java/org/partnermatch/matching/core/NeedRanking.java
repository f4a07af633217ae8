package org.partnermatch.matching.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Ranks the offerings for one need, grouped by organization: each organization's best offering first with its
 * other fitting offerings under it; organizations ordered by their best score, ties by organization id.
 */
public final class NeedRanking {

    private NeedRanking() {
    }

    /**
     * One organization's offerings for the need.
     *
     * @param organizationId the organization
     * @param best           its best-scoring offering's match
     * @param others         its other fitting offerings, best first
     */
    public record Entry(UUID organizationId, MatchResult best, List<MatchResult> others) {

        public Entry {
            Objects.requireNonNull(best, "best");
            others = List.copyOf(others);
        }

        /** The organization's score: its best offering's total. */
        public double score() {
            return best.total();
        }
    }

    /**
     * @param results eligible matches for one need
     * @throws IllegalArgumentException when the results belong to more than one need
     */
    public static List<Entry> rank(Collection<MatchResult> results) {
        Objects.requireNonNull(results, "results");
        UUID needId = null;
        Map<UUID, List<MatchResult>> byOrganization = new HashMap<>();
        for (MatchResult r : results) {
            if (needId == null) {
                needId = r.needId();
            } else if (!needId.equals(r.needId())) {
                throw new IllegalArgumentException("results for more than one need: " + needId + ", " + r.needId());
            }
            byOrganization.computeIfAbsent(r.organizationId(), k -> new ArrayList<>()).add(r);
        }
        List<Entry> entries = new ArrayList<>(byOrganization.size());
        for (Map.Entry<UUID, List<MatchResult>> e : byOrganization.entrySet()) {
            List<MatchResult> offerings = e.getValue();
            offerings.sort(Rankings.BEST_FIRST);
            entries.add(new Entry(e.getKey(), offerings.get(0), offerings.subList(1, offerings.size())));
        }
        entries.sort(Comparator.comparingDouble(Entry::score).reversed().thenComparing(Entry::organizationId));
        return List.copyOf(entries);
    }
}
