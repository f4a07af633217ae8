package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.partnermatch.matching.core.Fixtures.result;
import static org.partnermatch.matching.core.Fixtures.uuid;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpportunityRankingTest {

    private final UUID org = uuid(7);
    private final SchoolProfile highNeed = Fixtures.scenario().school.id(uuid(100))
            .titleI(true).frl(90).ell(45).qualityRank(1).build();          // need index 95.5
    private final SchoolProfile lowNeed = Fixtures.scenario().school.id(uuid(200)).affluent().build(); // 5.8
    private final Map<UUID, SchoolProfile> schools = Map.of(highNeed.id(), highNeed, lowNeed.id(), lowNeed);

    private MatchResult match(SchoolProfile school, int need, int offering, double total) {
        return result(uuid(need), school.id(), uuid(offering), org, total);
    }

    @Test
    void higherNeedSchoolComesFirstAmongComparableFits() {
        List<OpportunityRanking.Opportunity> ranking = OpportunityRanking.rank(
                List.of(match(lowNeed, 2, 11, 0.8), match(highNeed, 1, 11, 0.7)), schools);

        assertThat(ranking).extracting(OpportunityRanking.Opportunity::schoolId)
                .containsExactly(highNeed.id(), lowNeed.id());
        assertThat(ranking.get(0).score()).isCloseTo(0.7 * (0.6 + 0.4 * 0.955), within(1e-12));
        assertThat(ranking.get(0).needIndex()).isEqualTo(95.5);
        assertThat(ranking.get(1).score()).isCloseTo(0.8 * (0.6 + 0.4 * 0.058), within(1e-12));
    }

    @Test
    void aPoorFitIsNotRescuedByNeedAlone() {
        List<OpportunityRanking.Opportunity> ranking = OpportunityRanking.rank(
                List.of(match(lowNeed, 2, 11, 0.8), match(highNeed, 1, 11, 0.3)), schools);
        assertThat(ranking).extracting(OpportunityRanking.Opportunity::schoolId)
                .containsExactly(lowNeed.id(), highNeed.id());
    }

    @Test
    void equalFitsAreOrderedByNeedIndex() {
        List<OpportunityRanking.Opportunity> ranking = OpportunityRanking.rank(
                List.of(match(lowNeed, 2, 11, 0.6), match(highNeed, 1, 11, 0.6)), schools);
        assertThat(ranking.get(0).schoolId()).isEqualTo(highNeed.id());
    }

    @Test
    void aSchoolsFitIsItsBestNeedWithTheBestOfferingPerNeed() {
        List<OpportunityRanking.Opportunity> ranking = OpportunityRanking.rank(List.of(
                match(highNeed, 1, 11, 0.4), match(highNeed, 1, 12, 0.65), match(highNeed, 3, 11, 0.5)), schools);

        OpportunityRanking.Opportunity only = ranking.get(0);
        assertThat(only.fitScore()).isEqualTo(0.65);
        assertThat(only.needs()).extracting(MatchResult::needId).containsExactly(uuid(1), uuid(3));
        assertThat(only.needs().get(0).offeringId()).isEqualTo(uuid(12));
    }

    @Test
    void equityScoreFormula() {
        assertThat(OpportunityRanking.equityScore(1.0, 100)).isEqualTo(1.0);
        assertThat(OpportunityRanking.equityScore(1.0, 0)).isEqualTo(0.6);
        assertThat(OpportunityRanking.equityScore(0.5, 50)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void rejectsResultsOfSeveralOrganizations() {
        MatchResult foreign = result(uuid(1), highNeed.id(), uuid(11), uuid(8), 0.5);
        assertThatThrownBy(() -> OpportunityRanking.rank(List.of(match(highNeed, 1, 11, 0.5), foreign), schools))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one organization");
    }

    @Test
    void rejectsResultsForUnknownSchools() {
        MatchResult unknown = result(uuid(1), uuid(999), uuid(11), org, 0.5);
        assertThatThrownBy(() -> OpportunityRanking.rank(List.of(unknown), schools))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no profile");
    }
}
