package org.partnermatch.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Grade levels, one rule set for the API, imports, pages and matching reasons. */
class GradesTest {

    @Test
    void labelsPreKAndKindergartenByName() {
        assertThat(Grades.label(-1)).isEqualTo("PK");
        assertThat(Grades.label(0)).isEqualTo("K");
        assertThat(Grades.label(1)).isEqualTo("1");
        assertThat(Grades.label(12)).isEqualTo("12");
    }

    @Test
    void rangesAreWrittenAsPeopleAndTheApiWriteThem() {
        assertThat(Grades.range(6, 8)).isEqualTo("6-8");
        assertThat(Grades.range(-1, 0)).isEqualTo("PK-K");
        assertThat(Grades.range(3, 3)).isEqualTo("3");
    }

    @Test
    void countsAndOverlapsAreInclusive() {
        assertThat(Grades.count(-1, 12)).isEqualTo(14);
        assertThat(Grades.overlap(6, 8, 8, 10)).isEqualTo(1);
        assertThat(Grades.overlap(6, 8, 9, 10)).isZero();
        assertThat(Grades.overlap(0, 12, 3, 5)).isEqualTo(3);
    }

    @Test
    void rangesAreReadAsPeopleWriteThem() {
        assertThat(Grades.parseRange("K-5")).containsExactly(0, 5);
        assertThat(Grades.parseRange("pre-k \u2013 8")).containsExactly(-1, 8);
        assertThat(Grades.parseRange("9 to 12")).containsExactly(9, 12);
        assertThat(Grades.parseRange("6th")).containsExactly(6, 6);
        assertThat(Grades.parseRange("K-5-8")).isNull();
        assertThat(Grades.parseRange("middle")).isNull();
        assertThat(Grades.ordered(6, 5)).isFalse();
        assertThat(Grades.ordered(null, 5)).isTrue();
    }

    @Test
    void validGradesRunFromPreKTo12() {
        assertThat(Grades.isValid(-1)).isTrue();
        assertThat(Grades.isValid(12)).isTrue();
        assertThat(Grades.isValid(-2)).isFalse();
        assertThat(Grades.isValid(13)).isFalse();
    }

    @Test
    void adultEducationIsAeAfterGrade12ButNeverASchoolGrade() {
        assertThat(Grades.label(Grades.ADULT)).isEqualTo("AE");
        assertThat(Grades.range(9, 13)).isEqualTo("9-AE");
        assertThat(Grades.range(13, 13)).isEqualTo("AE");
        assertThat(Grades.parseRange("AE")).containsExactly(13, 13);
        assertThat(Grades.parseRange("Adult education")).containsExactly(13, 13);
        assertThat(Grades.parseRange("9 to adult")).containsExactly(9, 13);
        assertThat(Grades.parseRange("PK-AE")).containsExactly(-1, 13);
        assertThat(Grades.isValid(Grades.ADULT)).isFalse();
        assertThat(Grades.isValidListing(Grades.ADULT)).isTrue();
        assertThat(Grades.isValidListing(14)).isFalse();
        assertThat(Grades.phrase(13, 13)).isEqualTo("adult education");
        assertThat(Grades.phrase(9, 13)).isEqualTo("grades 9-12 and adult education");
        assertThat(Grades.phrase(12, 13)).isEqualTo("grade 12 and adult education");
        assertThat(Grades.phrase(6, 8)).isEqualTo("grades 6-8");
        assertThat(Grades.phrase(-1, -1)).isEqualTo("grade PK");
        assertThat(Grades.count(12, 13)).isEqualTo(2);
    }
}
