package org.partnermatch.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which words of a hit matched the search text, and where. */
@Schema(name = "Highlight", description = "Search only: why this hit matched.")
public record Highlight(
        @Schema(description = "A short excerpt of the hit's name, description, categories and languages with each "
                + "matching word wrapped in <mark></mark>. Everything else is HTML-escaped, so the snippet is safe "
                + "to insert as HTML.",
                examples = "Diapers and Baby Supplies through Schools — Monthly delivery of <mark>diapers</mark>, wipes and baby clothing")
        String snippet,
        @Schema(description = "The hit's words that matched, lower-cased, in order of appearance.",
                examples = "[\"diapers\"]")
        List<String> terms) {
}
