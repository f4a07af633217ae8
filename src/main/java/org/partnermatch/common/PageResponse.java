package org.partnermatch.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items plus where the page stands. Navigation links are also sent in the Link header. */
public record PageResponse<T>(
        @Schema(description = "The items on this page; an empty page is [], never 404.") List<T> items,
        @Schema(description = "Zero-based page number.", examples = "0") int page,
        @Schema(description = "Page size asked for (1-100).", examples = "20") int size,
        @Schema(description = "Items matching the filters, over all pages.", examples = "42") long totalItems,
        @Schema(description = "Number of pages at this size.", examples = "3") int totalPages) implements Paged {

    public static <E, T> PageResponse<T> of(List<E> entities, Function<E, T> mapper, PageQuery query, long total) {
        int pages = (int) ((total + query.size() - 1) / query.size());
        return new PageResponse<>(entities.stream().map(mapper).toList(), query.page(), query.size(), total, pages);
    }
}
