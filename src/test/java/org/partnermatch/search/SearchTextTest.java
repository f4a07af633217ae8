package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnermatch.common.ProblemException;

/** The pure parts of search: parsing the text, location and highlights. No database. */
class SearchTextTest {

    @Test
    void wordsAreLowerCasedLettersAndDigits() {
        SearchText text = SearchText.parse("q", "  Math, tutoring — SOMAL!  ");
        assertThat(text.words()).containsExactly("math", "tutoring", "somal");
        assertThat(text.plain()).isEqualTo("math tutoring somal");
        assertThat(SearchText.wordsOf("tutoría, ñandú 4-H")).containsExactly("tutoría", "ñandú", "4", "H");
    }

    @Test
    void punctuationAndQuotesNeverReachTheQuerySyntax() {
        SearchText text = SearchText.parse("q", "after-school's \"music\" & (art) | !x:* '--");
        assertThat(text.words()).containsExactly("after", "school", "s", "music", "art", "x");
    }

    @Test
    void repeatedWordsCountOnce() {
        assertThat(SearchText.parse("q", "Music music MUSIC").words()).containsExactly("music");
    }

    @Test
    void badTextIsA400NamingTheParameter() {
        assertThat(SearchText.parse("q", null)).isNull();
        assertThat(SearchText.parse("q", "   ")).isNull();
        assertBad(() -> SearchText.parse("q", "!!! ---"), "q");
        assertBad(() -> SearchText.parse("q", "x".repeat(201)), "q");
        assertBad(() -> SearchText.parse("q", "a b c d e f g h i j k l m"), "q");
    }

    @Test
    void nearIsLatitudeCommaLongitude() {
        assertThat(GeoPoint.parse("near", "47.5466,-122.2838")).isEqualTo(new GeoPoint(47.5466, -122.2838));
        assertThat(GeoPoint.parse("near", " 47.5 , -122.3 ")).isEqualTo(new GeoPoint(47.5, -122.3));
        assertThat(GeoPoint.parse("near", null)).isNull();
        assertBad(() -> GeoPoint.parse("near", "47.5"), "near");
        assertBad(() -> GeoPoint.parse("near", "north,west"), "near");
        assertBad(() -> GeoPoint.parse("near", "91,0"), "near");
        assertBad(() -> GeoPoint.parse("near", "0,181"), "near");
        assertBad(() -> GeoPoint.parse("near", "NaN,0"), "near");
    }

    @Test
    void editDistanceCountsASwapAsOne() {
        assertThat(Highlights.editDistance("baby", "bbay")).isEqualTo(1);
        assertThat(Highlights.editDistance("tutoring", "tutring")).isEqualTo(1);
        assertThat(Highlights.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Highlights.editDistance("same", "same")).isZero();
    }

    @Test
    void facetCountsAreLargestFirst() {
        assertThat(Facets.sorted(java.util.Map.of("b", 2L, "a", 2L, "c", 5L, "d", 0L)).keySet())
                .containsExactly("c", "a", "b", "d");
    }

    private static void assertBad(Runnable parse, String field) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.violations().get(0).field()).isEqualTo(field);
        });
    }
}
