package org.partnermatch.search;

import java.util.Arrays;
import java.util.List;
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
    /**
     * The same, as sets of slots ({@link SlotSets}), for a search to intersect rather than test hit by hit: see
     * {@link #set}. Each value's set (a facet's, a filed category's, a modality's, a grade's) is made when a record
     * first has the value; a value without one has no slots.
     */
    private final long[][] sets;
    private long[][][] facetSets;
    private long[][] filedSets;
    private long[][] modalitySets;
    private long[][] gradeSets;

    /** {@link #set} of every offering held. */
    public static final int HELD = 0;
    /** {@link #set} of the offerings anyone may see ({@link Listed.Offering#visible()}). */
    public static final int VISIBLE_SET = 1;
    /** {@link #set} of the active offerings. */
    public static final int ACTIVE_SET = 2;
    /** The lowest grade an offering may serve (pre-kindergarten); the highest is {@link #GRADE_HIGHEST}. */
    static final int GRADE_LOWEST = -1;
    static final int GRADE_HIGHEST = 13;

    OfferingColumns(int capacity) {
        this(new Listed.Offering[capacity], new int[capacity], new int[capacity], new int[capacity], new int[capacity],
                new long[capacity], new long[capacity], new long[capacity], new long[capacity], new long[capacity],
                new long[3][SlotSets.words(capacity)], new long[4][0][], new long[0][],
                new long[Modality.values().length][], new long[GRADE_HIGHEST - GRADE_LOWEST + 1][]);
    }

    private OfferingColumns(Listed.Offering[] records, int[] flags, int[] costs, int[] gradeLows, int[] gradeHighs,
                             long[] filed, long[] categories, long[] languages, long[] timings, long[] confirmed,
                             long[][] sets, long[][][] facetSets, long[][] filedSets, long[][] modalitySets,
                             long[][] gradeSets) {
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
        this.sets = sets;
        this.facetSets = facetSets;
        this.filedSets = filedSets;
        this.modalitySets = modalitySets;
        this.gradeSets = gradeSets;
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
                Arrays.copyOf(confirmed, n), grown(sets, n), grown(facetSets, n), grown(filedSets, n),
                grown(modalitySets, n), grown(gradeSets, n));
    }

    private static long[][][] grown(long[][][] sets, int capacity) {
        long[][][] copy = new long[sets.length][][];
        for (int i = 0; i < sets.length; i++) {
            copy[i] = grown(sets[i], capacity);
        }
        return copy;
    }

    private static long[][] grown(long[][] sets, int capacity) {
        long[][] copy = new long[sets.length][];
        for (int i = 0; i < sets.length; i++) {
            copy[i] = sets[i] == null ? null : Arrays.copyOf(sets[i], SlotSets.words(capacity));
        }
        return copy;
    }

    /** Writes {@code offering} into its slot (null: empties {@code slot}); the record last, once its values are in. */
    void write(int slot, Listed.Offering offering) {
        Listed.Offering previous = records[slot];
        if (previous != null) {
            mark(slot, previous, false);
        }
        if (offering == null) {
            records[slot] = null;
            flags[slot] = 0;
            return;
        }
        mark(slot, offering, true);
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

    /** Adds {@code slot} to the sets of {@code offering}'s values, or takes it out of them. */
    private void mark(int slot, Listed.Offering offering, boolean in) {
        mark(sets, HELD, slot, in);
        if (offering.visible()) {
            mark(sets, VISIBLE_SET, slot, in);
        }
        if (offering.active()) {
            mark(sets, ACTIVE_SET, slot, in);
        }
        Listed.FacetIds ids = offering.facets();
        long[][][] byFacet = facetSets;
        byFacet[Facets.CATEGORY] = mark(byFacet[Facets.CATEGORY], ids.categories(), slot, in);
        byFacet[Facets.LANGUAGE] = mark(byFacet[Facets.LANGUAGE], ids.languages(), slot, in);
        byFacet[Facets.TIMING] = mark(byFacet[Facets.TIMING], ids.timings(), slot, in);
        byFacet[Facets.COST] = marked(byFacet[Facets.COST], ids.cost(), slot, in);
        filedSets = mark(filedSets, offering.filedIds(), slot, in);
        Modality modality = Modality.valueOf(offering.modality());
        mark(modalitySets, modality.ordinal(), slot, in);
        for (int grade = Math.max(GRADE_LOWEST, offering.gradeLow());
                grade <= Math.min(GRADE_HIGHEST, offering.gradeHigh()); grade++) {
            mark(gradeSets, grade - GRADE_LOWEST, slot, in);
        }
    }

    /** {@link #marked} for each of {@code ids}. */
    private long[][] mark(long[][] byId, int[] ids, int slot, boolean in) {
        long[][] sets = byId;
        for (int id : ids) {
            sets = marked(sets, id, slot, in);
        }
        return sets;
    }

    /** {@link #mark(long[][], int, int, boolean)} for {@code id} (none below 0), the array grown for a new one. */
    private long[][] marked(long[][] byId, int id, int slot, boolean in) {
        if (id < 0) {
            return byId;
        }
        long[][] sets = id < byId.length ? byId : Arrays.copyOf(byId, id + 1);
        mark(sets, id, slot, in);
        return sets;
    }

    private void mark(long[][] byId, int id, int slot, boolean in) {
        if (byId[id] == null) {
            if (!in) {
                return;
            }
            byId[id] = new long[SlotSets.words(records.length)];
        }
        if (in) {
            SlotSets.add(byId[id], slot);
        } else {
            SlotSets.remove(byId[id], slot);
        }
    }

    /**
     * A set of slots to read, not to change: {@link #HELD}, {@link #VISIBLE_SET} or {@link #ACTIVE_SET}. Its offerings
     * are those held when it was read; one may have left since, so a search reads each hit's record and skips a null.
     */
    public long[] set(int which) {
        return sets[which];
    }

    /** The offerings with {@code id} of {@code facet} ({@link Facets}; categories with their parents); null: none. */
    public long[] facetSet(int facet, int id) {
        long[][] byId = facetSets[facet];
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    /** Values of {@code facet} with a set (those numbered below it). */
    public int facetValues(int facet) {
        return facetSets[facet].length;
    }

    /** The offerings filed under the category numbered {@code id} itself (not a subcategory); null: none. */
    public long[] filedSet(int id) {
        return id >= 0 && id < filedSets.length ? filedSets[id] : null;
    }

    public long[] modalitySet(Modality modality) {
        return modalitySets[modality.ordinal()];
    }

    /** The offerings for {@code grade} (null: none). */
    public long[] gradeSet(int grade) {
        return grade < GRADE_LOWEST || grade > GRADE_HIGHEST ? null : gradeSets[grade - GRADE_LOWEST];
    }

    /** The memory the sets of slots take, in bytes (their words). */
    public long setBytes() {
        long words = 0;
        for (long[][] byId : List.of(sets, filedSets, modalitySets, gradeSets, facetSets[0], facetSets[1],
                facetSets[2], facetSets[3])) {
            for (long[] set : byId) {
                words += set == null ? 0 : set.length;
            }
        }
        return words * Long.BYTES;
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
