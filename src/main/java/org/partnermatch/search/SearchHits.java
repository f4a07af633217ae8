package org.partnermatch.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The hits of a search as it gathers them (the record, its score and distance, in parallel arrays: no object per
 * hit), and the page of them in the order asked for. The order of each {@link SearchSort}: relevance (score, then
 * name), nearest first (hits without a location last), name, or most recently updated; names compare lower-cased,
 * then as written; ties by id as the database orders them, so pages never overlap.
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

    private Listed.Record[] records;
    /** Hits added so far, kept or not. */
    private int seen;
    /** With {@link #pageByNameAsAdded}: the hits kept are those added from {@code windowStart}, before {@code windowEnd}. */
    private boolean windowed;
    private int windowStart;
    private int windowEnd;
    /** NaN: none. */
    private double[] scores;
    private double[] distances;
    private int size;

    /** Room for {@code expected} hits to begin with (up to a few thousand; more as they come). */
    public SearchHits(int expected) {
        int capacity = Math.max(16, Math.min(expected, 4096));
        records = new Listed.Record[capacity];
        scores = new double[capacity];
        distances = new double[capacity];
    }

    /** {@code score}: NaN when there is none (no text searched); {@code distanceKm}: null when unknown. */
    public void add(Listed.Record record, double score, Double distanceKm) {
        int n = seen++;
        if (windowed && (n < windowStart || n >= windowEnd)) {
            return;
        }
        if (size == records.length) {
            int capacity = size * 2;
            records = Arrays.copyOf(records, capacity);
            scores = Arrays.copyOf(scores, capacity);
            distances = Arrays.copyOf(distances, capacity);
        }
        records[size] = record;
        scores[size] = score;
        distances[size] = distanceKm == null ? Double.NaN : distanceKm;
        size++;
    }

    /**
     * Says that the hits will come in {@link #BY_NAME} order and that the page wanted is by name, from {@code offset},
     * {@code length} long: only its hits are kept, the others only counted.
     */
    public void pageByNameAsAdded(int offset, int length) {
        windowed = true;
        windowStart = offset;
        windowEnd = (int) Math.min(Integer.MAX_VALUE, (long) offset + length);
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

    /** The hits of the page that starts at {@code offset}, {@code size} long, in {@code sort}'s order. */
    public List<Hit> page(SearchSort sort, int offset, int length) {
        if (windowed) {
            if (sort != SearchSort.name || offset != windowStart || length != windowEnd - windowStart) {
                throw new IllegalStateException("Only the page by name from " + windowStart + " was kept");
            }
            return hits(null, 0, size);
        }
        if (offset >= size) {
            return List.of();
        }
        int wanted = (int) Math.min(size, (long) offset + length);
        return hits(first(sort, wanted), offset, wanted);
    }

    /** The hits from {@code from} to {@code to} of {@code order} (null: as added). */
    private List<Hit> hits(int[] order, int from, int to) {
        List<Hit> page = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            int hit = order == null ? i : order[i];
            page.add(new Hit(records[hit].id(), Double.isNaN(scores[hit]) ? null : scores[hit],
                    Double.isNaN(distances[hit]) ? null : distances[hit]));
        }
        return page;
    }

    /** The first {@code wanted} hits in order: a bounded heap whose root is the worst kept, then sorted. */
    private int[] first(SearchSort sort, int wanted) {
        int[] heap = new int[wanted];
        int kept = 0;
        for (int hit = 0; hit < size; hit++) {
            if (kept < wanted) {
                heap[kept] = hit;
                up(sort, heap, kept++);
            } else if (compare(sort, hit, heap[0]) < 0) {
                heap[0] = hit;
                down(sort, heap, 0, kept);
            }
        }
        // heap sort: the worst to the end, one by one
        for (int end = kept - 1; end > 0; end--) {
            int worst = heap[0];
            heap[0] = heap[end];
            heap[end] = worst;
            down(sort, heap, 0, end);
        }
        return heap;
    }

    /** A max-heap on the order: the root is the one that comes last. */
    private void up(SearchSort sort, int[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (compare(sort, heap[i], heap[parent]) <= 0) {
                return;
            }
            swap(heap, i, parent);
            i = parent;
        }
    }

    private void down(SearchSort sort, int[] heap, int i, int n) {
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
            case updated -> records[b].updatedAt().compareTo(records[a].updatedAt());
        };
        if (c != 0) {
            return c;
        }
        return sort == SearchSort.updated ? byId(records[a], records[b]) : BY_NAME.compare(records[a], records[b]);
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
