package org.partnermatch.search;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which words of a hit matched the search text, and where. The marks are kept beside the text, never inside it:
 * {@code excerpt} is plain text and {@code marks} are ranges of it, so nothing a record holds can open or close a
 * mark. {@code snippet} is the same excerpt as HTML, built from the two.
 */
@Schema(name = "Highlight", description = "Search only: why this hit matched.")
public record Highlight(
        @Schema(description = "The excerpt as HTML: each matching word wrapped in <mark></mark>, everything else "
                + "HTML-escaped, so the snippet is safe to insert as HTML.",
                examples = "<mark>Diapers</mark> and Baby Supplies through Schools — Monthly delivery of <mark>diapers</mark>, wipes and baby clothing …")
        String snippet,
        @Schema(description = "The hit's words that matched, lower-cased, in order of appearance.",
                examples = "[\"diapers\"]")
        List<String> terms,
        @Schema(description = "A short excerpt of the hit's name, description, categories and languages, as plain "
                + "text (not escaped): up to two passages around the matches, an ellipsis (…) where text is left out.",
                examples = "Diapers and Baby Supplies through Schools — Monthly delivery of diapers, wipes and baby clothing …")
        String excerpt,
        @Schema(description = "Where the matching words are in excerpt, in order: [start, end) offsets in UTF-16 "
                + "code units, as JavaScript and Java index strings.")
        List<Mark> marks) {

    @Schema(name = "HighlightMark", description = "One matching word of a highlight's excerpt.")
    public record Mark(
            @Schema(description = "Offset of its first character in excerpt.", examples = "0") int start,
            @Schema(description = "Offset just past its last character.", examples = "7") int end) {
    }

    /** A stretch of the excerpt, marked or not: pages show these, escaping each text as any other. */
    public record Piece(String text, boolean marked) {
    }

    /** The excerpt cut at its marks, for templates (which escape each piece rather than insert {@code snippet}). */
    public List<Piece> pieces() {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Mark mark : marks) {
            if (mark.start() > at) {
                pieces.add(new Piece(excerpt.substring(at, mark.start()), false));
            }
            pieces.add(new Piece(excerpt.substring(mark.start(), mark.end()), true));
            at = mark.end();
        }
        if (at < excerpt.length()) {
            pieces.add(new Piece(excerpt.substring(at), false));
        }
        return pieces;
    }
}
