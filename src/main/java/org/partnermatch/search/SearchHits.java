package org.partnermatch.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The hits of a search as it gathers them: every hit counted, only those that can still be on the page asked for
 * kept (the record, its score and distance, in parallel arrays: no object per hit) in a bounded heap whose root is the
 * worst kept, so a search over thousands of hits holds a page's worth. The order of each {@link SearchSort}:
 * relevance (score, then name), nearest first (hits without a location last), name, or most recently updated; names
 * compare lower-cased, then as written; ties by id as the database orders them, so pages never overlap.
 */
public final class SearchHits {

    /**
     * How much an overdue listing's relevance counts: one not confirmed for the verification period plus the grace
     * period (docs/listings.md) ranks as if it matched half as well, below an equally good current one.
     */
    public static final double OVERDUE_WEIGHT = 0.5;

    /** The name order: lower-cased name, then as written, then id (unsigned, as PostgreSQL orders uuids). */
    public static final Comparator<Listed.Record> BY_NAME = (x, y) -> {
        int c = x.sortName().compareTo(y.sortName());
        if (c == 0) {
            c = x.name().compareTo(y.name());
        }
        return c != 0 ? c : byId(x, y);
    };

    /** One hit of a page: its score (null without text) and distance in km (null without an origin or a location). */
    public record Hit(UUID id, Double score, Double distanceKm) {
    }

    private final SearchSort sort;
    private final int offset;
    /** The page's end: the best {@code wanted} hits are kept (with {@link #asAdded}: those added from offset on). */
    private final int wanted;
    /** With {@link #pageByNameAsAdded}: the hits come in name order, the page is those added from offset on. */
    private boolean asAdded;
    /** Hits added so far, kept or not. */
    private int seen;
    /** Where the hits' places in name order come from (null: none; names are compared). */
    private final NameOrder<?> names;
    /**
     * Hit {@code i}: {@code records[i]} (the one at {@code wanted}: {@link #pending}), {@code scores[i]} (NaN:
     * none), {@code distances[i]} (NaN: none), {@code places[i]}: its place in {@link #names} (-1: none).
     */
    private Listed.Record[] records;
    private double[] scores;
    private double[] distances;
    private int[] places;
    /**
     * The record of the hit at {@code wanted}, the one being compared with the root, held in a field: storing it in
     * {@link #records} would check its class, visiting it where it lies in the heap, for every hit of a search.
     */
    private Listed.Record pending;
    /** The kept hits' positions, a heap whose root comes last in the order (its worst). */
    private int[] heap;
    private int kept;

    /**
     * Keeps the hits of the page that starts at {@code offset}, {@code length} long, in {@code sort}'s order; ties
     * settled by the hits' places in {@code names} where it holds them (null: by their names).
     */
    public SearchHits(SearchSort sort, int offset, int length, NameOrder<?> names) {
        this.sort = sort;
        this.names = names;
        this.offset = offset;
        this.wanted = (int) Math.min(Integer.MAX_VALUE - 1, (long) offset + length);
        int capacity = Math.min(wanted, 64) + 1; // one more: where a hit waits while it is compared with the root
        records = new Listed.Record[capacity];
        scores = new double[capacity];
        distances = new double[capacity];
        places = new int[capacity];
        heap = new int[capacity];
    }

    /**
     * Says that the hits will come in {@link #BY_NAME} order and that the order asked for is by name: the page is
     * the hits added from its offset on, kept as they come, the others only counted.
     */
    public void pageByNameAsAdded() {
        if (sort != SearchSort.name) {
            throw new IllegalStateException("The hits come in name order; the page asked for is by " + sort);
        }
        asAdded = true;
    }

    /**
     * The record in {@code slot} (-1: none; its place in the name order is read by it); {@code score}: NaN when there
     * is none (no text searched); {@code distanceKm}: null when unknown.
     */
    public void add(Listed.Record record, int slot, double score, Double distanceKm) {
        int n = seen++;
        if (asAdded) {
            if (n >= offset && n < wanted) {
                put(kept++, record, slot, score, distanceKm);
            }
            return;
        }
        if (wanted == 0) {
            return;
        }
        if (kept < wanted) {
            put(kept, record, slot, score, distanceKm);
            heap[kept] = kept;
            up(kept++);
            return;
        }
        // beside the kept ones: the root goes if this one comes before it
        room(wanted);
        pending = record;
        scores[wanted] = score;
        distances[wanted] = distanceKm == null ? Double.NaN : distanceKm;
        places[wanted] = names == null ? -1 : names.place(slot, record);
        if (compare(sort, wanted, heap[0]) < 0) {
            int root = heap[0];
            records[root] = record;
            scores[root] = scores[wanted];
            distances[root] = distances[wanted];
            places[root] = places[wanted];
            down(0, kept);
        }
    }

    /**
     * In relevance order, whether a hit scoring at most {@code score} could still be kept: false once a page's worth
     * is kept and the worst of them scores more (a hit scoring as much may still be kept, by its name). A search that
     * takes its hits best score first stops there and {@link #countOnly counts} the rest.
     */
    public boolean mayKeep(double score) {
        if (sort != SearchSort.relevance || asAdded) {
            return true;
        }
        return kept < wanted || !(score < scores[heap[0]]);
    }

    /** Counts {@code n} more hits that come after the page, without adding them. */
    public void countOnly(int n) {
        seen += n;
    }

    private void put(int i, Listed.Record record, int slot, double score, Double distanceKm) {
        room(i);
        records[i] = record;
        scores[i] = score;
        distances[i] = distanceKm == null ? Double.NaN : distanceKm;
        places[i] = names == null ? -1 : names.place(slot, record);
    }

    /** Room for hit {@code i} (at most {@code wanted}: the kept ones and the one compared with them). */
    private void room(int i) {
        if (i == records.length) {
            int capacity = (int) Math.min((long) wanted + 1, 2L * records.length);
            records = Arrays.copyOf(records, capacity);
            scores = Arrays.copyOf(scores, capacity);
            distances = Arrays.copyOf(distances, capacity);
            places = Arrays.copyOf(places, capacity);
            heap = Arrays.copyOf(heap, capacity);
        }
    }

    public int total() {
        return seen;
    }

    /**
     * {@code score} weighed down by {@link #OVERDUE_WEIGHT} for a listing last confirmed before
     * {@code overdueBefore} (epoch milliseconds); NaN (no score) stays NaN.
     */
    public static double demoted(double score, long confirmedAt, long overdueBefore) {
        if (Double.isNaN(score) || confirmedAt >= overdueBefore) {
            return score;
        }
        return score * OVERDUE_WEIGHT;
    }

    /** The hits of the page, in order. */
    public List<Hit> page() {
        if (asAdded) {
            return hits(null, 0, kept);
        }
        // heap sort: the worst to the end, one by one
        int[] order = Arrays.copyOf(heap, kept);
        for (int end = kept - 1; end > 0; end--) {
            int worst = order[0];
            order[0] = order[end];
            order[end] = worst;
            down(order, 0, end);
        }
        return hits(order, Math.min(offset, kept), kept);
    }

    /** The hits from {@code from} to {@code to} of {@code order} (null: as kept). */
    private List<Hit> hits(int[] order, int from, int to) {
        List<Hit> page = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            int hit = order == null ? i : order[i];
            page.add(new Hit(records[hit].id(), Double.isNaN(scores[hit]) ? null : scores[hit],
                    Double.isNaN(distances[hit]) ? null : distances[hit]));
        }
        return page;
    }

    /** A max-heap on the order: the root is the one that comes last. */
    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (compare(sort, heap[i], heap[parent]) <= 0) {
                return;
            }
            swap(heap, i, parent);
            i = parent;
        }
    }

    private void down(int i, int n) {
        down(heap, i, n);
    }

    private void down(int[] heap, int i, int n) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= n) {
                return;
            }
            int larger = left + 1 < n && compare(sort, heap[left + 1], heap[left]) > 0 ? left + 1 : left;
            if (compare(sort, heap[larger], heap[i]) <= 0) {
                return;
            }
            swap(heap, i, larger);
            i = larger;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }

    /** Negative when hit {@code a} comes before hit {@code b}. */
    int compare(SearchSort sort, int a, int b) {
        int c = switch (sort) {
            case relevance -> descendingNullsLast(scores[a], scores[b]);
            case distance -> ascendingNullsLast(distances[a], distances[b]);
            case name -> 0;
            case updated -> record(b).updatedAt().compareTo(record(a).updatedAt());
        };
        if (c != 0) {
            return c;
        }
        if (sort == SearchSort.updated) {
            return byId(record(a), record(b));
        }
        return places[a] >= 0 && places[b] >= 0 ? Integer.compare(places[a], places[b])
                : BY_NAME.compare(record(a), record(b));
    }

    private Listed.Record record(int i) {
        return i == wanted ? pending : records[i];
    }

    private static int byId(Listed.Record a, Listed.Record b) {
        UUID x = a.id();
        UUID y = b.id();
        int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    }

    private static int descendingNullsLast(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) ? (Double.isNaN(b) ? 0 : 1) : -1;
        }
        return Double.compare(b, a);
    }

    private static int ascendingNullsLast(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) ? (Double.isNaN(b) ? 0 : 1) : -1;
        }
        return Double.compare(a, b);
    }
}
