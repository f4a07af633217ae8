package org.partnermatch.search;

import java.util.UUID;

/**
 * The shared part of a search, checked: text (null = none), a point with an optional radius, a school to serve,
 * the order (relevance only when there is text), and whether to count facets.
 */
public record SearchRequest(SearchText text, GeoPoint near, Double radiusKm, UUID schoolId, SearchSort sort,
                            boolean facets) {

    public static SearchRequest none() {
        return new SearchRequest(null, null, null, null, SearchSort.name, false);
    }
}
