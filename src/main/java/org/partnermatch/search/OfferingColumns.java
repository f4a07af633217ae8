package org.partnermatch.search;

import java.util.Arrays;
import org.partnermatch.vocabulary.Modality;

/**
 * What the offering search tests of each offering, in arrays by the offering's slot ({@link Slots}): a search walks
 * thousands of hits, and reading a few numbers from arrays side by side costs a fraction of visiting each hit's
 * record where it lies in the heap. The record is read only for what the arrays do not hold (a filter on its
 * organization, a value numbered 64 or above, the page's rows).
 * <p>
 * The index writes a slot when it puts or removes a record (one writer at a time, {@link SearchIndex}); a search
 * reads {@link SearchIndex#offeringColumns()} once, after the text's matches, so every slot those name is there. A
 * record changing during a search may show it its old values for one test and its new for another, as a search a
 * moment earlier or later would have.
 */
public final class OfferingColumns {

    private static final int VISIBLE = 1;
    private static final int ACTIVE = 2;
    private static final int NARROW = 4;
    private static final int VIRTUAL = 8;

    private final Listed.Offering[] records;
    private final int[] flags;
    private final int[] costs;
    private final int[] gradeLows;
    private final int[] gradeHighs;
    private final long[] filed;
    private final long[] categories;
    private final long[] languages;
    private final long[] timings;
    private final long[] confirmed;

    OfferingColumns(int capacity) {
        this(new Listed.Offering[capacity], new int[capacity], new int[capacity], new int[capacity], new int[capacity],
                new long[capacity], new long[capacity], new long[capacity], new long[capacity], new long[capacity]);
    }

    private OfferingColumns(Listed.Offering[] records, int[] flags, int[] costs, int[] gradeLows, int[] gradeHighs,
                            long[] filed, long[] categories, long[] languages, long[] timings, long[] confirmed) {
        this.records = records;
        this.flags = flags;
        this.costs = costs;
        this.gradeLows = gradeLows;
        this.gradeHighs = gradeHighs;
        this.filed = filed;
        this.categories = categories;
        this.languages = languages;
        this.timings = timings;
        this.confirmed = confirmed;
    }

    /** These columns with room for slots below {@code capacity} (this one when it has). */
    OfferingColumns withRoomFor(int capacity) {
        if (capacity <= records.length) {
            return this;
        }
        int n = Math.max(capacity, records.length * 2);
        return new OfferingColumns(Arrays.copyOf(records, n), Arrays.copyOf(flags, n), Arrays.copyOf(costs, n),
                Arrays.copyOf(gradeLows, n), Arrays.copyOf(gradeHighs, n), Arrays.copyOf(filed, n),
                Arrays.copyOf(categories, n), Arrays.copyOf(languages, n), Arrays.copyOf(timings, n),
                Arrays.copyOf(confirmed, n));
    }

    /** Writes {@code offering} into its slot (null: empties {@code slot}); the record last, once its values are in. */
    void write(int slot, Listed.Offering offering) {
        if (offering == null) {
            records[slot] = null;
            flags[slot] = 0;
            return;
        }
        boolean virtual = Modality.virtual.name().equals(offering.modality());
        flags[slot] = (offering.visible() ? VISIBLE : 0) | (offering.active() ? ACTIVE : 0)
                | (offering.narrow() ? NARROW : 0) | (virtual ? VIRTUAL : 0);
        costs[slot] = offering.costId();
        gradeLows[slot] = offering.gradeLow();
        gradeHighs[slot] = offering.gradeHigh();
        filed[slot] = offering.filedMask();
        categories[slot] = offering.categoryMask();
        languages[slot] = offering.languageMask();
        timings[slot] = offering.timingMask();
        confirmed[slot] = offering.confirmedAt();
        records[slot] = offering;
    }

    /** The offering now in {@code slot}, or null. */
    public Listed.Offering record(int slot) {
        return records[slot];
    }

    /** See {@link Listed.Offering#visible()}. */
    public boolean visible(int slot) {
        return (flags[slot] & VISIBLE) != 0;
    }

    public boolean active(int slot) {
        return (flags[slot] & ACTIVE) != 0;
    }

    /** See {@link Listed.Offering#narrow()}: the masks hold all its values. */
    public boolean narrow(int slot) {
        return (flags[slot] & NARROW) != 0;
    }

    /** Offered online: it serves every school. */
    public boolean virtual(int slot) {
        return (flags[slot] & VIRTUAL) != 0;
    }

    public int costId(int slot) {
        return costs[slot];
    }

    public boolean forGrade(int slot, int grade) {
        return gradeLows[slot] <= grade && grade <= gradeHighs[slot];
    }

    /** See {@link Listed.Offering#filedMask()}. */
    public long filedMask(int slot) {
        return filed[slot];
    }

    public long categoryMask(int slot) {
        return categories[slot];
    }

    public long languageMask(int slot) {
        return languages[slot];
    }

    public long timingMask(int slot) {
        return timings[slot];
    }

    /** See {@link Listed.Offering#confirmedAt()}. */
    public long confirmedAt(int slot) {
        return confirmed[slot];
    }
}
