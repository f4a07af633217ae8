package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Modality;

/** The scorer's entry points and how they agree. */
class MatchScorerTest {

    private final MatchScorer scorer = Fixtures.scorer();

    @Test
    void quickTotalEqualsTheExplainedTotal() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.offering.cost(Cost.sliding_scale).modality(Modality.hybrid);
        PreparedNeed need = s.prepared(scorer);
        MatchCandidate candidate = s.candidate();
        assertThat(scorer.quickTotal(need, candidate)).isEqualTo(scorer.score(need, candidate).orElseThrow().total());
    }

    @Test
    void bestMatchesReturnsTheTopEligibleCandidatesBestFirst() {
        Fixtures.Scenario base = Fixtures.scenario();
        PreparedNeed need = base.prepared(scorer);
        List<MatchCandidate> candidates = new ArrayList<>();
        for (Cost cost : Cost.values()) {
            Fixtures.Scenario s = Fixtures.scenario();
            s.offering.cost(cost);
            candidates.add(s.candidate());
        }
        Fixtures.Scenario ineligible = Fixtures.scenario();
        ineligible.organization.approved(false);
        candidates.add(0, ineligible.candidate());

        List<MatchResult> best = scorer.bestMatches(need, candidates, 2);

        assertThat(best).hasSize(2);
        assertThat(best.get(0).factor(MatchFactor.COST).orElseThrow().reason()).isEqualTo("Free");
        assertThat(best.get(1).factor(MatchFactor.COST).orElseThrow().reason()).isEqualTo("Sliding-scale cost");
        assertThat(best.get(0).total()).isGreaterThan(best.get(1).total());
        assertThat(scorer.bestMatches(need, candidates, 10)).hasSize(3);
        assertThat(scorer.bestMatches(need, candidates, 0)).isEmpty();
    }

    @Test
    void bestMatchesRejectsANegativeLimit() {
        Fixtures.Scenario s = Fixtures.scenario();
        assertThatThrownBy(() -> scorer.bestMatches(s.prepared(scorer), List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsPreparedUnderAnotherTaxonomyAreRejected() {
        Fixtures.Scenario s = Fixtures.scenario();
        PreparedNeed foreign = PreparedNeed.of(s.needProfile(), s.schoolProfile(), Taxonomy.empty());
        assertThatThrownBy(() -> scorer.quickTotal(foreign, s.candidate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taxonomy");
    }

    @Test
    void anEqualTaxonomyInstanceIsAccepted() {
        Fixtures.Scenario s = Fixtures.scenario();
        MatchScorer copy = new MatchScorer(MatchWeights.defaults(),
                new Taxonomy(Fixtures.TAXONOMY.parentOf(), Fixtures.TAXONOMY.names()));
        assertThat(copy.quickTotal(s.prepared(scorer), s.candidate())).isEqualTo(
                scorer.quickTotal(s.prepared(scorer), s.candidate()));
    }

    @Test
    void preparedNeedExposesItsKeyWordsAndNeedIndex() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.title("Reading buddies").description("Reading and writing support for ELL students");
        PreparedNeed need = s.prepared(scorer);
        assertThat(need.terms()).containsExactly("read", "buddy", "writ", "ell");
        assertThat(need.needIndex()).isEqualTo(s.schoolProfile().needIndex());
    }

    @Test
    void weightsChangeTheTotalButNotEligibility() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.offering.cost(Cost.fee);
        MatchScorer costly = Fixtures.scorer(MatchWeights.defaultsWith(Map.of("cost", 10.0)));
        assertThat(s.score(costly).orElseThrow().total()).isLessThan(s.result().total());
        s.offering.categories("clothing");
        assertThat(s.eligibility(costly)).isEqualTo(Eligibility.CATEGORY_MISMATCH);
    }
}
