package org.partnermatch.search;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For the current search, how many results each value of a filter would give: every other filter stays as asked,
 * the facet's own filter is replaced by the value. Largest counts first.
 */
@Schema(name = "FacetCounts", description = "How many results each filter value would give with the other filters "
        + "unchanged (present when facets=true).")
public record FacetCounts(
        @Schema(description = "Category code → count; a top-level code counts everything filed under its children. "
                + "Only categories with results.", examples = "{\"academic\": 12, \"math\": 5, \"tutoring\": 7}")
        Map<String, Long> category,
        @Schema(description = "Language code → count; only languages with results.", examples = "{\"en\": 20, \"so\": 6}")
        Map<String, Long> language,
        @Schema(description = "Every timing → count (0 included).",
                examples = "{\"after_school\": 9, \"during_school\": 4, \"evening\": 3, \"weekend\": 2, \"summer\": 1, \"before_school\": 0}")
        Map<String, Long> timing,
        @Schema(description = "Every cost → count (0 included).", examples = "{\"free\": 15, \"sliding_scale\": 4, \"fee\": 1}")
        Map<String, Long> cost) {
}
