package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

    @ParameterizedTest(name = "{0} and {1} share a stem")
    @CsvSource({
        "tutoring, tutor",
        "tutors, tutor",
        "tutored, tutor",
        "families, family",
        "classes, class",
        "lunches, lunch",
        "swimming, swim",
        "dancing, dance",
        "mentoring, mentors",
        "readings, read",
        "males, male",
        "caring, care"
    })
    void inflectionsShareAStem(String a, String b) {
        assertThat(Terms.stem(a)).isEqualTo(Terms.stem(b));
    }

    @Test
    void stemsKnownWords() {
        assertThat(Terms.stem("tutoring")).isEqualTo("tutor");
        assertThat(Terms.stem("families")).isEqualTo("family");
        assertThat(Terms.stem("spelling")).isEqualTo("spell");
        assertThat(Terms.stem("bus")).isEqualTo("bus");
        assertThat(Terms.stem("crisis")).isEqualTo("crisis");
    }

    @Test
    void splitsOnNonLettersLowerCasesAndDropsStopWords() {
        assertThat(Terms.of("Math TUTORING for 6th-grade students, after school!"))
                .containsExactly("math", "tutor");
    }

    @Test
    void stopWordsCatchInflectedForms() {
        assertThat(Terms.of("students schools grades programs")).isEmpty();
        assertThat(Terms.isStopWord("Students")).isTrue();
        assertThat(Terms.isStopWord("algebra")).isFalse();
    }

    @Test
    void keepsApostrophesInsideWords() {
        assertThat(Terms.words("children's don't")).containsExactly("childrens", "dont");
        assertThat(Terms.of("children's")).containsExactly("children");
    }

    @Test
    void keepsNonAsciiLetters() {
        assertThat(Terms.words("Español café")).containsExactly("español", "café");
    }

    @Test
    void nullAndBlankTextHaveNoTerms() {
        assertThat(Terms.of(null)).isEmpty();
        assertThat(Terms.of("  -- 42 ")).isEmpty();
    }

    @Test
    void distinctKeepsFirstAppearanceOrderAcrossTexts() {
        assertThat(Terms.distinct("Reading tutors", "tutoring in reading and writing"))
                .containsExactly("read", "tutor", "writ");
    }
}
