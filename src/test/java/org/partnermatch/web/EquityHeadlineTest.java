package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EquityHeadlineTest {

    @Test
    void noPartnerAtTheHighestNeedSchoolsIsServedLessWellWhateverTheMatchesWaiting() {
        EquityHeadline h = EquityHeadline.of(0, 8, 6, 12);
        assertThat(h.verdict()).isEqualTo("less");
        assertThat(h.sentence()).contains("less well").contains("0% of their open needs have a partner, against 50%");
        assertThat(h.figures()).isEqualTo("0 of 8 open needs at the highest-need schools have a partner (0%), against "
                + "6 of 12 at the other schools (50%).");
    }

    @Test
    void noneAgainstSomeIsNeverTheSameEvenWithinFivePoints() {
        // 0% against 3%: within five points, but not one of the highest-need schools' needs has a partner
        assertThat(EquityHeadline.of(0, 20, 1, 30).verdict()).isEqualTo("less");
        assertThat(EquityHeadline.of(0, 20, 1, 30).sentence()).contains("less well").contains("0%").contains("3%");
        assertThat(EquityHeadline.of(1, 30, 0, 20).verdict()).isEqualTo("better");
        assertThat(EquityHeadline.of(0, 20, 0, 30).verdict()).isEqualTo("same");
    }

    @Test
    void sharesWithinFivePointsAreAboutTheSame() {
        assertThat(EquityHeadline.of(5, 10, 9, 20).verdict()).isEqualTo("same");
        assertThat(EquityHeadline.of(8, 10, 9, 20).verdict()).isEqualTo("better");
    }

    @Test
    void fewerThanFiveNeedsInAGroupIsTooFewToJudge() {
        EquityHeadline h = EquityHeadline.of(0, 4, 0, 30);
        assertThat(h.verdict()).isEqualTo("too_few");
        assertThat(h.sentence()).contains("Too few open needs").contains("the highest-need schools have 4");
        assertThat(EquityHeadline.of(3, 10, 1, 3).sentence()).contains("the other schools have 3");
        assertThat(EquityHeadline.of(0, 0, 0, 0).verdict()).isEqualTo("no_needs");
    }
}
