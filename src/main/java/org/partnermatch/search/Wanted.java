package org.partnermatch.search;

import java.util.Set;

/**
 * The facet filters of a search (category, language, timing, cost; null: not asked), read once against the numbered
 * values ({@link FacetValues}) so that each offering is tested by its bit masks ({@link Listed.Masks}), or by its
 * values when it has one numbered 64 or above.
 */
public final class Wanted {

    private final String[] categories;
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
        long mask = 0;
        boolean narrow = true;
        if (categories != null) {
            for (String code : categories) {
                int id = vocabulary.facet(Facets.CATEGORY).find(code);
                if (id >= 64) {
                    narrow = false;
                } else if (id >= 0) {
                    mask |= 1L << id;
                }
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

    public boolean categoriesAsked() {
        return categories != null;
    }

    /** Filed under one of the categories asked for (true when none is asked). */
    public boolean category(Listed.Offering offering) {
        return category(offering.narrow(), offering.filedMask(), offering);
    }

    /** {@link #category(Listed.Offering)} of the offering in {@code slot}, read from the arrays where they hold it. */
    public boolean category(OfferingColumns columns, int slot) {
        return category(columns.narrow(slot), columns.filedMask(slot), columns.record(slot));
    }

    /** {@code offering} is read only when its masks do not hold every value ({@code narrow} false). */
    private boolean category(boolean narrow, long filedMask, Listed.Offering offering) {
        if (categories == null) {
            return true;
        }
        return narrow && categoryNarrow ? (filedMask & categoryMask) != 0 : offering.filedUnder(categories);
    }

    public boolean language(Listed.Offering offering) {
        return language == null || has(offering.languageMask(), offering.narrow(), offering, true);
    }

    public boolean language(OfferingColumns columns, int slot) {
        return language == null
                || has(columns.languageMask(slot), columns.narrow(slot), columns.record(slot), true);
    }

    public boolean timing(Listed.Offering offering) {
        return timing == null || has(offering.timingMask(), offering.narrow(), offering, false);
    }

    public boolean timing(OfferingColumns columns, int slot) {
        return timing == null
                || has(columns.timingMask(slot), columns.narrow(slot), columns.record(slot), false);
    }

    public boolean cost(Listed.Offering offering) {
        return cost(offering.costId(), offering);
    }

    public boolean cost(OfferingColumns columns, int slot) {
        return cost(columns.costId(slot), columns.record(slot));
    }

    private boolean cost(int id, Listed.Offering offering) {
        return cost == null || (costId >= 0 ? id == costId : cost.equals(offering.cost()));
    }

    /** The language ({@code language} true) or timing asked for, from the mask or else the offering's values. */
    private boolean has(long mask, boolean narrow, Listed.Offering offering, boolean language) {
        int id = language ? languageId : timingId;
        if (id < 0) {
            return false; // no record has had the value
        }
        return narrow && id < 64 ? (mask & (1L << id)) != 0
                : language ? Listed.contains(offering.languages(), this.language)
                : Listed.contains(offering.timings(), timing);
    }
}
