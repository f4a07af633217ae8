package org.partnermatch.search;

/**
 * Sets of slots ({@link Slots}) as bit sets, one bit a slot in {@code long} words: what the offering search intersects
 * instead of testing each hit ({@link OfferingColumns#set}). Word {@code w} holds slots {@code 64w} to {@code 64w + 63};
 * a set shorter than another holds none of the slots past its end. A search works on its own copies; the columns' sets
 * are changed by the index's one writer, in place, so a search running meanwhile may see a record's old bits in one
 * set and its new in another, as the walk over the columns may.
 */
public final class SlotSets {

    private SlotSets() {
    }

    /** Words for slots below {@code capacity}. */
    static int words(int capacity) {
        return (capacity + 63) >>> 6;
    }

    static void add(long[] set, int slot) {
        set[slot >>> 6] |= 1L << slot;
    }

    static void remove(long[] set, int slot) {
        set[slot >>> 6] &= ~(1L << slot);
    }

    public static boolean contains(long[] set, int slot) {
        int w = slot >>> 6;
        return w < set.length && (set[w] & (1L << slot)) != 0;
    }

    /** Keeps in {@code into} only the slots also in {@code other} (null: none). */
    public static void retain(long[] into, long[] other) {
        int n = other == null ? 0 : Math.min(into.length, other.length);
        for (int w = 0; w < n; w++) {
            into[w] &= other[w];
        }
        java.util.Arrays.fill(into, n, into.length, 0L);
    }

    /** Takes out of {@code into} the slots in {@code other} (null: none). */
    public static void removeAll(long[] into, long[] other) {
        int n = other == null ? 0 : Math.min(into.length, other.length);
        for (int w = 0; w < n; w++) {
            into[w] &= ~other[w];
        }
    }

    /** Adds to {@code into} the slots in {@code other} (null: none) that fit in it. */
    public static void addAll(long[] into, long[] other) {
        int n = other == null ? 0 : Math.min(into.length, other.length);
        for (int w = 0; w < n; w++) {
            into[w] |= other[w];
        }
    }

    /** How many slots are in {@code set}. */
    public static int count(long[] set) {
        int count = 0;
        for (long word : set) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** How many slots are in both sets (null: none). */
    public static int countBoth(long[] a, long[] b) {
        if (a == null || b == null) {
            return 0;
        }
        int n = Math.min(a.length, b.length);
        int count = 0;
        for (int w = 0; w < n; w++) {
            count += Long.bitCount(a[w] & b[w]);
        }
        return count;
    }
}
