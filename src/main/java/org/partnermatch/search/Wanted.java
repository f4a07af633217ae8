package org.partnermatch.search;

import java.util.Set;

/**
 * The facet filters of a search (category, language, timing, cost; null: not asked), read once against the numbered
 * values ({@link FacetValues}) so that each offering is tested by its bit masks ({@link OfferingColumns}), or by its
 * values when it has one numbered 64 or above.
 */
public final class Wanted {

    private final String[] categories;
    /** The numbers of {@link #categories} that records have had. */
    private final int[] categoryIds;
    private final long categoryMask;
    private final boolean categoryNarrow;
    private final String language;
    private final int languageId;
    private final String timing;
    private final int timingId;
    private final String cost;
    private final int costId;

    /** {@code categories}: the codes asked for, expanded to their subcategories. */
    public Wanted(Listed.Vocabulary vocabulary, Set<String> categories, String language, String timing, String cost) {
        this.categories = categories == null ? null : categories.toArray(String[]::new);
        this.categoryIds = categories == null ? new int[0] : categories.stream()
                .mapToInt(vocabulary.facet(Facets.CATEGORY)::find).filter(id -> id >= 0).toArray();
        long mask = 0;
        boolean narrow = true;
        for (int id : categoryIds) {
            if (id >= 64) {
                narrow = false;
            } else {
                mask |= 1L << id;
            }
        }
        this.categoryMask = mask;
        this.categoryNarrow = narrow;
        this.language = language;
        this.languageId = language == null ? -1 : vocabulary.facet(Facets.LANGUAGE).find(language);
        this.timing = timing;
        this.timingId = timing == null ? -1 : vocabulary.facet(Facets.TIMING).find(timing);
        this.cost = cost;
        this.costId = cost == null ? -1 : vocabulary.facet(Facets.COST).find(cost);
    }

    /** {@link #shelfFails}: no active offering is filed under a category asked for. */
    public static final int CATEGORY_FAILS = 1;
    /** {@link #shelfFails}: no active offering has the timing asked for. */
    public static final int TIMING_FAILS = 2;
    /** {@link #shelfFails}: no active offering has the cost asked for. */
    public static final int COST_FAILS = 4;

    /**
     * An organization's active offerings against the category, timing and cost filters asked, from its masks alone
     * (an organization whose masks hold every value, {@link OrganizationColumns#narrow}): when each filter asked is
     * passed by all of them or by none, the filters none passes ({@link #CATEGORY_FAILS}, {@link #TIMING_FAILS},
     * {@link #COST_FAILS}; 0 when all pass all, or none is asked); -1 when some pass a filter and some do not, or the
     * masks cannot tell, and the offerings have to be walked.
     */
    public int shelfFails(OrganizationColumns columns, int slot) {
        int fails = 0;
        if (categories != null) {
            if (!categoryNarrow) {
                return -1;
            }
            if ((columns.filedMask(slot) & categoryMask) == 0) {
                fails |= CATEGORY_FAILS;
            } else if ((columns.filedInEvery(slot) & categoryMask) == 0) {
                return -1;
            }
        }
        if (timing != null) {
            if (timingId < 0) {
                fails |= TIMING_FAILS; // no record has had the value
            } else if (timingId >= 64) {
                return -1;
            } else if ((columns.timingMask(slot) & (1L << timingId)) == 0) {
                fails |= TIMING_FAILS;
            } else if ((columns.timingInEvery(slot) & (1L << timingId)) == 0) {
                return -1;
            }
        }
        if (cost != null) {
            if (costId < 0 || costId >= 64) {
                return -1;
            }
            long costs = columns.costMask(slot);
            if ((costs & (1L << costId)) == 0) {
                fails |= COST_FAILS;
            } else if (costs != 1L << costId) {
                return -1;
            }
        }
        return fails;
    }

    public boolean categoriesAsked() {
        return categories != null;
    }

    /**
     * The offering in {@code slot} is filed under one of the categories asked for (true when none is asked); its
     * record is read only when its masks do not hold every value (as for the tests below).
     */
    public boolean category(OfferingColumns columns, int slot) {
        if (categories == null) {
            return true;
        }
        return columns.narrow(slot) && categoryNarrow ? (columns.filedMask(slot) & categoryMask) != 0
                : columns.record(slot).filedUnder(categories);
    }

    public boolean language(OfferingColumns columns, int slot) {
        return language == null || has(columns, slot, true);
    }

    public boolean timing(OfferingColumns columns, int slot) {
        return timing == null || has(columns, slot, false);
    }

    public boolean cost(OfferingColumns columns, int slot) {
        return cost == null
                || (costId >= 0 ? columns.costId(slot) == costId : cost.equals(columns.record(slot).cost()));
    }

    /** No slot: what a filter asking for a value no record has had keeps. */
    private static final long[] NONE = new long[0];

    /**
     * The offerings filed under a category asked for, as a set of slots ({@link SlotSets}) of {@code words} words
     * (null: none asked): the same offerings as {@link #category}, from {@link OfferingColumns#filedSet}.
     */
    public long[] categorySet(OfferingColumns columns, int words) {
        if (categories == null) {
            return null;
        }
        long[] set = new long[words];
        for (int id : categoryIds) {
            SlotSets.addAll(set, columns.filedSet(id));
        }
        return set;
    }

    /** The offerings {@link #language} keeps, as a set to read (null: none asked). */
    public long[] languageSet(OfferingColumns columns) {
        return language == null ? null : valueSet(columns, Facets.LANGUAGE, languageId);
    }

    /** The offerings {@link #timing} keeps, as a set to read (null: none asked). */
    public long[] timingSet(OfferingColumns columns) {
        return timing == null ? null : valueSet(columns, Facets.TIMING, timingId);
    }

    /** The offerings {@link #cost} keeps, as a set to read (null: none asked). */
    public long[] costSet(OfferingColumns columns) {
        return cost == null ? null : valueSet(columns, Facets.COST, costId);
    }

    private static long[] valueSet(OfferingColumns columns, int facet, int id) {
        long[] set = id < 0 ? null : columns.facetSet(facet, id);
        return set == null ? NONE : set;
    }

    /** The language ({@code language} true) or timing asked for: from the mask, or else from the offering's values. */
    private boolean has(OfferingColumns columns, int slot, boolean language) {
        int id = language ? languageId : timingId;
        if (id < 0) {
            return false; // no record has had the value
        }
        if (columns.narrow(slot) && id < 64) {
            return ((language ? columns.languageMask(slot) : columns.timingMask(slot)) & (1L << id)) != 0;
        }
        Listed.Offering offering = columns.record(slot);
        return language ? Listed.contains(offering.languages(), this.language)
                : Listed.contains(offering.timings(), timing);
    }
}
