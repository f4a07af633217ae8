package org.partnermatch.search;

import org.partnermatch.common.Nullable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.Paged;

/** A page of search results: the usual page fields, plus facet counts when the client asked for them. */
public record SearchPage<T>(
        @Schema(description = "The hits on this page; an empty page is [], never 404.") List<T> items,
        @Schema(description = "Zero-based page number.", examples = "0") int page,
        @Schema(description = "Page size asked for (1-100).", examples = "20") int size,
        @Schema(description = "Hits over all pages.", examples = "42") long totalItems,
        @Schema(description = "Number of pages at this size.", examples = "3") int totalPages,
        @Schema(description = "Present when facets=true.") @Nullable FacetCounts facets) implements Paged {

    public static <T> SearchPage<T> of(List<T> items, int page, int size, long total, FacetCounts facets) {
        return new SearchPage<>(items, page, size, total, (int) ((total + size - 1) / size), facets);
    }
}
