package org.partnermatch.search;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnermatch.common.PlainText;

/** Request and response records of the district's search settings and analytics. */
public final class SearchDtos {

    private SearchDtos() {
    }

    @Schema(name = "SynonymGroupRequest", description = "A group of synonyms, as created or replaced by PUT.")
    @PlainText
    public record SynonymGroupRequest(
            @Schema(description = "Terms that mean the same to the people searching: a search for one also finds the "
                    + "others. Each term is one to three words (letters and digits); 2 to 20 terms.",
                    examples = "[\"coats\", \"jackets\", \"clothing\"]")
            @NotNull @Size(min = 2, max = 20) List<@NotNull @Size(min = 1, max = 60) String> terms) {
    }

    @Schema(name = "SynonymGroup")
    public record SynonymGroupResponse(
            UUID id,
            @Schema(description = "The terms as searches read them: lower-case words separated by single spaces.",
                    examples = "[\"coats\", \"jackets\", \"clothing\"]")
            List<String> terms) {
    }

    @Schema(name = "SearchQueryCount", description = "One search text and how often it was run.")
    public record QueryCount(
            @Schema(description = "The text as searched: lower-case words.", examples = "mentor black boys") String text,
            @Schema(description = "offering or organization", examples = "offering") String kind,
            @Schema(examples = "14") long searches,
            @Schema(description = "How many of them found nothing.", examples = "0") long zeroResults) {
    }

    @Schema(name = "SearchWeek", description = "One week (Monday to Sunday, UTC) of searches with text.")
    public record SearchWeek(
            @Schema(description = "The Monday the week starts on.", examples = "2026-11-30") LocalDate weekStart,
            @Schema(description = "Searches with text (first pages only).", examples = "412") long searches,
            @Schema(description = "Those that found nothing.", examples = "23") long zeroResultSearches,
            @Schema(description = "Distinct search texts.", examples = "187") long distinctQueries,
            @Schema(description = "The most frequent texts, up to 20.") List<QueryCount> topQueries,
            @Schema(description = "The texts that found nothing, most frequent first, up to 50: what the taxonomy "
                    + "or the synonym list is missing.") List<QueryCount> zeroResultQueries) {
    }
}
