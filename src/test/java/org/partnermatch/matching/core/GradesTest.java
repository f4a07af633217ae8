package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradesTest {

    @Test
    void labelsPreKAndKindergartenByName() {
        assertThat(Grades.label(-1)).isEqualTo("PK");
        assertThat(Grades.label(0)).isEqualTo("K");
        assertThat(Grades.label(1)).isEqualTo("1");
        assertThat(Grades.label(12)).isEqualTo("12");
    }

    @Test
    void rangesUseAnEnDashAndCollapseSingleGrades() {
        assertThat(Grades.range(6, 8)).isEqualTo("6\u20138");
        assertThat(Grades.range(-1, 0)).isEqualTo("PK\u2013K");
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
    void validGradesRunFromPreKTo12() {
        assertThat(Grades.isValid(-1)).isTrue();
        assertThat(Grades.isValid(12)).isTrue();
        assertThat(Grades.isValid(-2)).isFalse();
        assertThat(Grades.isValid(13)).isFalse();
    }
}
