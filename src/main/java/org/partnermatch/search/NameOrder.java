package org.partnermatch.search;

import java.util.Arrays;

/**
 * Records in name order ({@link SearchHits#BY_NAME}) and, by slot ({@link Slots}), each one's place in it: a search
 * whose hits tie on their score (a text matched only in a category, or in texts of one length, ties thousands) settles
 * the tie by comparing two places instead of reading two names where they lie in the heap.
 * <p>
 * A place is that of the very record it was taken from: a record replaced since (a new version in its slot) has no
 * place here, and the search compares its name. Places and names give one order, so the two can be mixed.
 */
public final class NameOrder<T extends Listed.Held> {

    private final T[] records;
    /** By slot: the place of the record in that slot in {@link #records}; -1 for a slot none of them holds. */
    private final int[] places;
    /**
     * By slot: the record whose place {@link #places} holds (null: none), so that a record is told from one that has
     * replaced it in its slot by reading beside its place, not at the place, which is anywhere in the name order.
     */
    private final Listed.Held[] placed;

    /** {@code sorted}: the records, in name order. */
    NameOrder(T[] sorted) {
        this.records = sorted;
        int slots = 0;
        for (T record : sorted) {
            slots = Math.max(slots, record.slot() + 1);
        }
        places = new int[slots];
        placed = new Listed.Held[slots];
        Arrays.fill(places, -1);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i].slot() >= 0) {
                places[sorted[i].slot()] = i;
                placed[sorted[i].slot()] = sorted[i];
            }
        }
    }

    /** The records, in name order (not to be changed). */
    public T[] records() {
        return records;
    }

    /**
     * The place in name order of {@code record}, held in {@code slot}; -1 when it is not one of these records (changed
     * since). Reads only arrays: the record itself is compared by reference, not visited.
     */
    public int place(int slot, Listed.Record record) {
        if (slot < 0 || slot >= places.length) {
            return -1;
        }
        return placed[slot] == record ? places[slot] : -1;
    }
}
