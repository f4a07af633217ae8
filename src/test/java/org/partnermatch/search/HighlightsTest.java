package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.partnermatch.common.PlainText;

/**
 * Highlights are built beside the text, never marked inside it: whatever a record holds (control characters stored
 * before they were refused, markup, our own mark tags), the snippet's marks are balanced and everything else escaped.
 */
class HighlightsTest {

    @Test
    void matchedWordsAreMarkedAndEverythingElseEscaped() {
        Highlight highlight = Highlights.matching("Fish & <b>Chips</b> — Diapers, wipes and diapers for Kids",
                new String[] {"Diapers", "diapers", "Kids"});
        assertThat(highlight.snippet()).isEqualTo("Fish &amp; &lt;b&gt;Chips&lt;/b&gt; — <mark>Diapers</mark>, wipes "
                + "and <mark>diapers</mark> for <mark>Kids</mark>");
        assertThat(highlight.excerpt()).isEqualTo("Fish & <b>Chips</b> — Diapers, wipes and diapers for Kids");
        assertThat(highlight.marks()).containsExactly(new Highlight.Mark(22, 29), new Highlight.Mark(41, 48),
                new Highlight.Mark(53, 57));
        assertThat(highlight.terms()).containsExactly("diapers", "kids");
        assertThat(Highlights.matching(null, new String[0])).isNull();
    }

    /** Found by the outside security test (issue 16, item 11): U+0001/U+0002 in a record became unbalanced marks. */
    @Test
    void controlCharactersAndMarkTagsInTheTextForgeNothing() {
        String stored = "\u0002Math\u0001 tutoring </mark><mark>free</mark> \u0001\u0001 <mark";
        Highlight highlight = Highlights.matching(stored, new String[] {"tutoring", "mark"});
        assertThat(highlight.excerpt()).isEqualTo("Math tutoring </mark><mark>free</mark> <mark");
        assertThat(highlight.snippet()).isEqualTo("Math <mark>tutoring</mark> &lt;/<mark>mark</mark>&gt;&lt;"
                + "<mark>mark</mark>&gt;free&lt;/<mark>mark</mark>&gt; &lt;<mark>mark</mark>");
        assertBalanced(highlight);
        assertThat(highlight.terms()).containsExactly("tutoring", "mark");
    }

    @Test
    void longTextsKeepTwoPassagesAroundTheFirstMatches() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            words.add(i == 10 || i == 60 || i == 62 || i == 90 ? "robots" : "w" + i);
        }
        Highlight highlight = Highlights.matching(String.join(" ", words), new String[] {"robots"});
        assertThat(highlight.excerpt()).isEqualTo("… w7 w8 w9 robots w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 "
                + "w23 w24 … w57 w58 w59 robots w61 robots w63 w64 w65 w66 w67 w68 w69 w70 w71 w72 w73 w74 …");
        assertThat(highlight.marks()).hasSize(3);
        assertBalanced(highlight);
        // no match in the text (it matched elsewhere, say by language): its beginning, unmarked
        Highlight none = Highlights.matching(String.join(" ", words), new String[0]);
        assertThat(none.excerpt()).startsWith("w0 w1").endsWith("w17 …");
        assertThat(none.marks()).isEmpty();
    }

    @Test
    void piecesAreTheExcerptCutAtItsMarks() {
        Highlight highlight = Highlights.matching("After-school <math> club", new String[] {"math", "club"});
        assertThat(highlight.pieces()).containsExactly(new Highlight.Piece("After-school <", false),
                new Highlight.Piece("math", true), new Highlight.Piece("> ", false), new Highlight.Piece("club", true));
    }

    @Provide
    Arbitrary<String> hostileTexts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("math", "Tutoring", "mark", "<mark>", "</mark>", "<", ">", "&", "\"", "'", " ", "\n",
                        "\t", "—", "·", "Ünïcode", "学校", "🚸", "\u0001", "\u0002", "\u0000", "\u007F", "\u0085",
                        "\uFFFE", "\uD800", "\uDC00"),
                Arbitraries.strings().ofMaxLength(3));
        return pieces.list().ofMaxSize(80).map(list -> String.join("", list));
    }

    @Property(tries = 500)
    void marksStayBalancedWhateverTheTextHolds(@ForAll("hostileTexts") String text) {
        assertBalanced(Highlights.matching(text, new String[] {"math", "MARK", "tutoring", "学校"}));
    }

    /**
     * The snippet is the excerpt escaped with exactly one {@code <mark>…</mark>} per mark, around that range; the
     * excerpt holds nothing plain text refuses; marks are in order, inside it, and each covers a matched word.
     */
    private static void assertBalanced(Highlight highlight) {
        String excerpt = highlight.excerpt();
        assertThat(PlainText.Rule.firstRefused(excerpt)).as("refused character in %s", excerpt).isEqualTo(-1);
        StringBuilder expected = new StringBuilder();
        int at = 0;
        for (Highlight.Mark mark : highlight.marks()) {
            assertThat(mark.start()).isGreaterThanOrEqualTo(at).isLessThan(mark.end());
            assertThat(mark.end()).isLessThanOrEqualTo(excerpt.length());
            expected.append(escape(excerpt.substring(at, mark.start()))).append("<mark>")
                    .append(escape(excerpt.substring(mark.start(), mark.end()))).append("</mark>");
            assertThat(highlight.terms()).contains(excerpt.substring(mark.start(), mark.end()).toLowerCase(Locale.ROOT));
            at = mark.end();
        }
        expected.append(escape(excerpt.substring(at)));
        assertThat(highlight.snippet()).isEqualTo(expected.toString());
        assertThat(count(highlight.snippet(), "<mark>")).isEqualTo(highlight.marks().size());
        assertThat(count(highlight.snippet(), "</mark>")).isEqualTo(highlight.marks().size());
        assertThat(highlight.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
