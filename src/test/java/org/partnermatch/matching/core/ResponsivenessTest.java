package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Acceptance rate and answer time as an explained factor. */
class ResponsivenessTest {

    private final MatchScorer scorer = Fixtures.scorer();

    @Test
    void aNewPartnerScoresNeutrallyAndSaysSo() {
        Responsiveness none = Responsiveness.none();
        assertThat(none.acceptanceRate()).isCloseTo(0.7, within(1e-9));
        assertThat(none.speed()).isEqualTo(0.6);
        assertThat(none.score()).isCloseTo(0.65, within(1e-9));
        FactorScore factor = Fixtures.scenario().factor(MatchFactor.RESPONSIVENESS);
        assertThat(factor.score()).isCloseTo(0.65, within(1e-9));
        assertThat(factor.reason()).isEqualTo("No requests answered yet");
    }

    @Test
    void theReasonSaysHowSoonItUsuallyAnswersAndHowOftenItAccepts() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.organization.responsiveness(5, 4, 60); // median 2.5 days
        assertThat(s.factor(MatchFactor.RESPONSIVENESS).reason())
                .isEqualTo("Usually answers within 3 days; accepted 4 of 5 requests");
        s.organization.responsiveness(1, 1, 5);
        assertThat(s.factor(MatchFactor.RESPONSIVENESS).reason())
                .isEqualTo("Usually answers within a day; accepted 1 of 1 request");
        s.organization.responsiveness(2, 0, Double.NaN); // both expired unanswered
        assertThat(s.factor(MatchFactor.RESPONSIVENESS).reason()).isEqualTo("Accepted 0 of 2 requests; none answered yet");
    }

    @Test
    void fastAcceptingPartnersScoreHigherAndSlowOrRefusingOnesLower() {
        Responsiveness fast = new Responsiveness(10, 9, 20);
        Responsiveness slow = new Responsiveness(10, 9, 24 * 13);
        Responsiveness refusing = new Responsiveness(10, 1, 20);
        assertThat(fast.speed()).isEqualTo(1.0);
        assertThat(new Responsiveness(1, 1, 24 * 20).speed()).isZero();
        assertThat(fast.score()).isGreaterThan(Responsiveness.none().score())
                .isGreaterThan(slow.score()).isGreaterThan(refusing.score());

        Fixtures.Scenario a = Fixtures.scenario();
        a.organization.responsiveness(10, 9, 20);
        Fixtures.Scenario b = Fixtures.scenario();
        b.organization.responsiveness(10, 1, 24 * 13);
        assertThat(a.score(scorer).orElseThrow().total()).isGreaterThan(b.score(scorer).orElseThrow().total());
    }

    @Test
    void impossibleFiguresAreRejected() {
        assertThatThrownBy(() -> new Responsiveness(2, 3, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Responsiveness(-1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Responsiveness(1, 1, -5)).isInstanceOf(IllegalArgumentException.class);
    }
}
