package org.partnermatch.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * The hits of a search as it gathers them (id, what orders them, score and distance), and the page of them in the
 * order asked for. The order of each {@link SearchSort}: relevance (score, then name), nearest first (hits without a
 * location last), name, or most recently updated; ties by name and then id, so pages never overlap.
 */
public final class SearchHits {

    /**
     * How much an overdue listing's relevance counts: one not confirmed for the verification period plus the grace
     * period (docs/listings.md) ranks as if it matched half as well, below an equally good current one.
     */
    public static final double OVERDUE_WEIGHT = 0.5;

    /** One hit: its score (null without text) and distance in km (null without an origin or a location). */
    public record Hit(UUID id, String name, Instant updatedAt, Double score, Double distanceKm) {

        /** Ids as the database orders them (unsigned, byte by byte). */
        int compareIds(Hit other) {
            int high = Long.compareUnsigned(id.getMostSignificantBits(), other.id.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(id.getLeastSignificantBits(), other.id.getLeastSignificantBits());
        }
    }

    private final List<Hit> hits = new ArrayList<>();

    public void add(Hit hit) {
        hits.add(hit);
    }

    public int total() {
        return hits.size();
    }

    /**
     * {@code score} weighed down by {@link #OVERDUE_WEIGHT} for a listing last confirmed before
     * {@code overdueBefore}; null stays null.
     */
    public static Double demoted(Double score, Instant lastVerified, Instant overdueBefore) {
        if (score == null || lastVerified == null || !lastVerified.isBefore(overdueBefore)) {
            return score;
        }
        return score * OVERDUE_WEIGHT;
    }

    /** The hits of the page that starts at {@code offset}, {@code size} long, in {@code sort}'s order. */
    public List<Hit> page(SearchSort sort, int offset, int size) {
        Comparator<Hit> order = order(sort);
        long wanted = (long) offset + size;
        if (offset >= hits.size()) {
            return List.of();
        }
        List<Hit> first;
        if (wanted >= hits.size() / 4) {
            first = new ArrayList<>(hits);
            first.sort(order);
        } else {
            // the first offset + size only: a bounded heap whose head is the worst kept
            PriorityQueue<Hit> kept = new PriorityQueue<>((int) wanted + 1, order.reversed());
            for (Hit hit : hits) {
                kept.add(hit);
                if (kept.size() > wanted) {
                    kept.poll();
                }
            }
            first = new ArrayList<>(kept);
            first.sort(order);
        }
        return List.copyOf(first.subList(offset, (int) Math.min(first.size(), wanted)));
    }

    /** Names in a reader's order (ignoring case), then exactly; ids as the database orders them. */
    private static final Comparator<Hit> BY_NAME = Comparator.comparing(Hit::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Hit::name).thenComparing(Hit::compareIds);

    static Comparator<Hit> order(SearchSort sort) {
        return switch (sort) {
            case relevance -> Comparator.comparing(Hit::score, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(BY_NAME);
            case distance -> Comparator.comparing(Hit::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(BY_NAME);
            case name -> BY_NAME;
            case updated -> Comparator.comparing(Hit::updatedAt, Comparator.reverseOrder())
                    .thenComparing(Hit::compareIds);
        };
    }
}
