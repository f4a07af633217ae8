package org.partnermatch.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Timing;

/**
 * Facet counts as a search tallies them, by the values' numbers ({@link FacetValues}): one value at a time, or a
 * mask of values numbered below 64 at once ({@link #count(int, long)});
 * {@link #counts()} gives them largest first. Every timing and cost is listed, 0 included; categories and languages
 * only with results. {@link #countOnce} counts a value at most once per counted thing (an organization with two
 * offerings in a category counts once).
 */
public final class Facets {

    /** The four facets, in the order of {@link Listed.Vocabulary}. */
    public static final int CATEGORY = 0;
    public static final int LANGUAGE = 1;
    public static final int TIMING = 2;
    public static final int COST = 3;

    private final String[][] values = new String[4][];
    private final long[][] counts = new long[4][];
    /** Values numbered 64 or above counted for the current thing: those whose mark is {@link #stamp}. */
    private final int[][] counted = new int[4][];
    /** Values below 64 counted for the current thing: {@code onceMasks[facet]}, when its stamp is {@link #stamp}. */
    private final long[] onceMasks = new long[4];
    private final int[] onceStamps = new int[4];
    private int stamp = 1;
    /**
     * What {@link #count(int, long)} adds, bit-sliced: bit v of {@code sliced[facet][i]} is bit i of value v's count
     * (values numbered below 64). Adding a mask is a binary increment of all 64 counters at once, a carry rippling
     * up through a slice or two, instead of one memory increment per value set; {@link #counts()} adds them in.
     */
    private final long[][] sliced = new long[4][SLICES];
    /** Counts up to 2^32 − 1 per value: more than any index holds records. */
    private static final int SLICES = 32;

    public Facets(Listed.Vocabulary vocabulary) {
        for (int facet = 0; facet < 4; facet++) {
            values[facet] = vocabulary.facet(facet).values();
            counts[facet] = new long[values[facet].length];
            counted[facet] = new int[values[facet].length];
        }
    }

    /** One more result for each of {@code ids} of {@code facet} (a value numbered since this tally began is left out). */
    public void count(int facet, int[] ids) {
        long[] tally = counts[facet];
        for (int id : ids) {
            if (id < tally.length) {
                tally[id]++;
            }
        }
    }

    /** One more result for each value of {@code facet} set in {@code mask} (values numbered below 64). */
    public void count(int facet, long mask) {
        long[] slice = sliced[facet];
        // the first six slices whatever the carry (a loop of six, which the predictor learns): a carry stops after one
        // or two on average, but where varies from mask to mask, and a loop that stops there mispredicts its exit
        // about once a call (3.5 times slower, measured); past them a carry goes on once in 64 increments of a value
        long carry = mask;
        for (int i = 0; i < 6; i++) {
            long before = slice[i];
            slice[i] = before ^ carry;
            carry &= before;
        }
        for (int i = 6; carry != 0; i++) {
            long both = slice[i] & carry;
            slice[i] ^= carry;
            carry = both;
        }
    }

    /** A value's count: its tally and what {@link #count(int, long)} added for it. */
    private long total(int facet, int id) {
        long n = counts[facet][id];
        if (id < 64) {
            long[] slice = sliced[facet];
            for (int i = 0; i < SLICES; i++) {
                n += ((slice[i] >>> id) & 1L) << i;
            }
        }
        return n;
    }

    /**
     * As {@link #count(int, long)}, each value at most once for the current thing: the values below 64 already
     * counted for it are held as a mask, so what is new of {@code mask} is added bit-sliced in one step.
     */
    public void countOnce(int facet, long mask) {
        long before = onceStamps[facet] == stamp ? onceMasks[facet] : 0;
        onceStamps[facet] = stamp;
        onceMasks[facet] = before | mask;
        count(facet, mask & ~before);
    }

    /** {@code n} more results for the value numbered {@code id} of {@code facet}. */
    public void add(int facet, int id, long n) {
        if (id < counts[facet].length) {
            counts[facet][id] += n;
        }
    }

    /** How many values of {@code facet} this tally counts (those numbered below it). */
    public int values(int facet) {
        return counts[facet].length;
    }

    public void count(int facet, int id) {
        if (id < counts[facet].length) {
            counts[facet][id]++;
        }
    }

    /** Starts counting the next thing for {@link #countOnce}. */
    public void next() {
        stamp++;
    }

    /** One more result for each of {@code ids} of {@code facet} not yet counted for the current thing. */
    public void countOnce(int facet, int[] ids) {
        for (int id : ids) {
            countOnce(facet, id);
        }
    }

    public void countOnce(int facet, int id) {
        if (id < 64) {
            countOnce(facet, 1L << id);
        } else if (id < counts[facet].length && counted[facet][id] != stamp) {
            counted[facet][id] = stamp;
            counts[facet][id]++;
        }
    }

    public FacetCounts counts() {
        Map<String, Long> timing = new HashMap<>();
        for (Timing t : Timing.values()) {
            timing.put(t.name(), 0L);
        }
        Map<String, Long> cost = new HashMap<>();
        for (Cost c : Cost.values()) {
            cost.put(c.name(), 0L);
        }
        return new FacetCounts(sorted(nonZero(CATEGORY, new HashMap<>())), sorted(nonZero(LANGUAGE, new HashMap<>())),
                sorted(nonZero(TIMING, timing)), sorted(nonZero(COST, cost)));
    }

    private Map<String, Long> nonZero(int facet, Map<String, Long> into) {
        for (int id = 0; id < counts[facet].length; id++) { // a value numbered since this tally began is left out
            long n = total(facet, id);
            if (n > 0) {
                into.put(values[facet][id], n);
            }
        }
        return into;
    }

    /** Largest count first, then by value. */
    static Map<String, Long> sorted(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
