package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The category relation as a graded factor: exact > parent or child > sibling > unrelated (excluded). */
class CategoryFactorTest {

    private final MatchScorer scorer = Fixtures.scorer();

    private static Fixtures.Scenario withCategory(String category) {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.category("math");
        s.offering.categories(category);
        return s;
    }

    @Test
    void everythingElseEqualExactBeatsParentBeatsSiblingAndUnrelatedIsOut() {
        double exact = withCategory("math").score(scorer).orElseThrow().total();
        double parent = withCategory("academic").score(scorer).orElseThrow().total();
        double sibling = withCategory("reading").score(scorer).orElseThrow().total();
        assertThat(exact).isGreaterThan(parent);
        assertThat(parent).isGreaterThan(sibling);
        assertThat(withCategory("clothing").score(scorer)).isEmpty();
        assertThat(withCategory("clothing").eligibility(scorer)).isEqualTo(Eligibility.CATEGORY_MISMATCH);
    }

    @Test
    void siblingFactorAndReasonNameBothCategories() {
        MatchResult result = withCategory("reading").score(scorer).orElseThrow();
        FactorScore category = result.factor(MatchFactor.CATEGORY).orElseThrow();
        assertThat(category.score()).isEqualTo(0.25);
        assertThat(category.reason()).isEqualTo("Related category: Reading (you asked for Math tutoring)");
        assertThat(result.reasons()).contains("Related category: Reading (you asked for Math tutoring)");
    }

    @Test
    void aSiblingSpeakingTheFamiliesLanguageOutranksAnExactMatchThatDoesNot() {
        // the need asks for Somali; the school's families speak Somali and Spanish
        Fixtures.Scenario exact = withCategory("math");
        exact.need.languages("so");
        exact.offering.languages("en");
        exact.organization.staffLanguages("en");
        Fixtures.Scenario sibling = withCategory("reading");
        sibling.need.languages("so");
        sibling.offering.languages("so");
        sibling.organization.staffLanguages("so", "es");
        double exactTotal = exact.score(scorer).orElseThrow().total();
        double siblingTotal = sibling.score(scorer).orElseThrow().total();
        assertThat(siblingTotal).isGreaterThan(exactTotal);
        // but with everything else equal the exact match stays ahead
        Fixtures.Scenario exactSpeaking = withCategory("math");
        exactSpeaking.need.languages("so");
        exactSpeaking.offering.languages("so");
        exactSpeaking.organization.staffLanguages("so", "es");
        assertThat(exactSpeaking.score(scorer).orElseThrow().total()).isGreaterThan(siblingTotal);
    }

    @Test
    void theSiblingScoreIsConfigurableAndZeroStillKeepsSiblingsEligible() {
        MatchScorer strictish = new MatchScorer(MatchWeights.defaults(), new CategoryScores(0.5, 0.0),
                Fixtures.TAXONOMY);
        Fixtures.Scenario s = withCategory("reading");
        MatchResult result = s.score(strictish).orElseThrow();
        assertThat(result.factor(MatchFactor.CATEGORY).orElseThrow().score()).isZero();
        assertThat(result.total()).isLessThan(s.score(scorer).orElseThrow().total());

        MatchScorer generous = new MatchScorer(MatchWeights.defaults(), new CategoryScores(0.8, 0.6),
                Fixtures.TAXONOMY);
        assertThat(s.score(generous).orElseThrow().factor(MatchFactor.CATEGORY).orElseThrow().score())
                .isEqualTo(0.6);
    }

    @Test
    void quickTotalAndPoolScanAgreeWithTheExplainedScoreForSiblings() {
        Fixtures.Scenario s = withCategory("reading");
        PreparedNeed need = s.prepared(scorer);
        MatchCandidate candidate = s.candidate();
        double explained = scorer.score(need, candidate).orElseThrow().total();
        assertThat(scorer.quickTotal(need, candidate)).isEqualTo(explained);
        List<MatchResult> best = scorer.bestMatches(need, List.of(candidate), 5);
        assertThat(best).singleElement().extracting(MatchResult::total).isEqualTo(explained);
    }

    @Test
    void categoryScoresAreCheckedNamingTheSetting() {
        assertThatThrownBy(() -> new CategoryScores(1.2, 0.2)).hasMessageContaining("parent-or-child");
        assertThatThrownBy(() -> new CategoryScores(0.5, 0.6)).hasMessageContaining("sibling");
        assertThatThrownBy(() -> new CategoryScores(0.5, -0.1)).hasMessageContaining("sibling");
        assertThat(CategoryScores.defaults().score(CategoryRelation.EXACT)).isEqualTo(1.0);
        assertThat(CategoryScores.defaults().score(CategoryRelation.NONE)).isZero();
    }

    @Test
    void aSiblingWithNothingSpecificInCommonIsNoMatch() {
        Fixtures.Scenario s = withCategory("reading");
        s.need.title("Math tutoring").description("Algebra help").languages("so");
        s.school.homeLanguages("en", "so");
        s.offering.name("Story hour").description("Picture books read aloud").languages("en");
        s.organization.description("Neighbourhood volunteers").staffLanguages("en").communities();
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.CATEGORY_MISMATCH);
        PreparedNeed need = s.prepared(scorer);
        assertThat(scorer.bestMatches(need, List.of(s.candidate()), 5)).isEmpty();

        // one shared key word is enough ...
        s.offering.name("Story hour and algebra games");
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
        // ... or staff who speak the families' language (English does not count: nearly everyone offers it)
        s.offering.name("Story hour");
        s.organization.staffLanguages("so");
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
        // an exact category needs no common ground
        s.organization.staffLanguages("en");
        s.offering.categories("math");
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void aNeedWithoutKeyWordsHasNoWordsInCommonWithASibling() {
        // the text factor gives such a need a neutral score (not zero): that is no common ground
        Fixtures.Scenario s = withCategory("reading");
        s.need.title("Help for our students").description(null).languages();
        s.school.homeLanguages("en");
        s.offering.name("Story hour").description("Picture books read aloud").languages("en");
        s.organization.description("Neighbourhood volunteers").staffLanguages("en").communities();
        assertThat(s.eligibility(scorer)).isEqualTo(Eligibility.CATEGORY_MISMATCH);
        PreparedNeed need = s.prepared(scorer);
        assertThat(need.termWeightSum()).isZero();
        assertThat(scorer.bestMatches(need, List.of(s.candidate()), 5)).isEmpty();
        assertThat(scorer.quickTotal(need, s.candidate())).isEqualTo(MatchScorer.INELIGIBLE);
        // the same need finds the offering of its own category, its text factor neutral
        s.offering.categories("math");
        assertThat(scorer.bestMatches(s.prepared(scorer), List.of(s.candidate()), 5)).singleElement()
                .satisfies(m -> assertThat(m.total()).isEqualTo(s.score(scorer).orElseThrow().total()));
    }
}
