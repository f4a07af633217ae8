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
        if (categories == null) {
            return true;
        }
        return offering.narrow() && categoryNarrow ? (offering.filedMask() & categoryMask) != 0
                : offering.filedUnder(categories);
    }

    public boolean language(Listed.Offering offering) {
        return language == null || has(offering.languageMask(), languageId, offering.narrow(),
                offering.languages(), language);
    }

    public boolean timing(Listed.Offering offering) {
        return timing == null || has(offering.timingMask(), timingId, offering.narrow(),
                offering.timings(), timing);
    }

    public boolean cost(Listed.Offering offering) {
        return cost == null || (costId >= 0 ? offering.costId() == costId : cost.equals(offering.cost()));
    }

    private static boolean has(long mask, int id, boolean narrow, String[] values, String value) {
        if (id < 0) {
            return false; // no record has had the value
        }
        return narrow && id < 64 ? (mask & (1L << id)) != 0 : Listed.contains(values, value);
    }
}
