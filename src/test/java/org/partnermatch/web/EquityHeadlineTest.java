package org.partnermatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EquityHeadlineTest {

    @Test
    void noPartnerAtTheHighestNeedSchoolsIsServedLessWellWhateverTheMatchesWaiting() {
        EquityHeadline h = EquityHeadline.of(0, 8, 6, 12);
        assertThat(h.verdict()).isEqualTo("less");
        assertThat(h.topShare()).isZero();
        assertThat(h.restShare()).isEqualTo(50);
        assertThat(h.topShareInBrackets()).isEqualTo(" (0%)");
        assertThat(h.restShareInBrackets()).isEqualTo(" (50%)");
    }

    @Test
    void noneAgainstSomeIsNeverTheSameEvenWithinFivePoints() {
        // 0% against 3%: within five points, but not one of the highest-need schools' needs has a partner
        assertThat(EquityHeadline.of(0, 20, 1, 30).verdict()).isEqualTo("less");
        assertThat(EquityHeadline.of(0, 20, 1, 30).restShare()).isEqualTo(3);
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
        assertThat(EquityHeadline.of(0, 4, 0, 30).verdict()).isEqualTo("too_few");
        assertThat(EquityHeadline.of(3, 10, 1, 3).verdict()).isEqualTo("too_few");
        assertThat(EquityHeadline.of(0, 0, 0, 0).verdict()).isEqualTo("no_needs");
        assertThat(EquityHeadline.of(0, 0, 2, 6).topShareInBrackets()).isEmpty();
    }
}
