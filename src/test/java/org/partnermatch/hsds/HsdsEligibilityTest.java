package org.partnermatch.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.Grades;

/** The export's eligibility sentence names adult education (grade AE) in words, and its grades attribute reads back. */
class HsdsEligibilityTest {

    @Test
    void gradesAndAdultEducationInWords() {
        assertThat(HsdsService.eligibility(6, 8)).isEqualTo("Students in grades 6-8.");
        assertThat(HsdsService.eligibility(-1, -1)).isEqualTo("Students in grade PK.");
        assertThat(HsdsService.eligibility(13, 13)).isEqualTo("Parents and other adults (adult education).");
        assertThat(HsdsService.eligibility(9, 13))
                .isEqualTo("Students in grades 9-12, and parents and other adults (adult education).");
        // the grades attribute is Grades.range, which the import reads back through Grades.parseRange
        assertThat(Grades.parseRange(Grades.range(9, 13))).containsExactly(9, 13);
        assertThat(Grades.parseRange(Grades.range(13, 13))).containsExactly(13, 13);
    }
}
