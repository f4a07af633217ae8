package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnermatch.matching.core.Fixtures.result;
import static org.partnermatch.matching.core.Fixtures.uuid;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NeedRankingTest {

    private final UUID need = uuid(1);
    private final UUID school = uuid(2);

    private MatchResult match(int offering, int organization, double total) {
        return result(need, school, uuid(offering), uuid(organization), total);
    }

    @Test
    void groupsOfferingsUnderTheirOrganizationBestFirst() {
        List<NeedRanking.Entry> ranking = NeedRanking.rank(List.of(
                match(101, 10, 0.5), match(201, 20, 0.7), match(102, 10, 0.9), match(103, 10, 0.6)));

        assertThat(ranking).extracting(NeedRanking.Entry::organizationId).containsExactly(uuid(10), uuid(20));
        NeedRanking.Entry first = ranking.get(0);
        assertThat(first.best().offeringId()).isEqualTo(uuid(102));
        assertThat(first.score()).isEqualTo(0.9);
        assertThat(first.others()).extracting(MatchResult::offeringId).containsExactly(uuid(103), uuid(101));
        assertThat(ranking.get(1).others()).isEmpty();
    }

    @Test
    void organizationsAreOrderedByTheirBestOfferingNotTheirCount() {
        List<NeedRanking.Entry> ranking = NeedRanking.rank(List.of(
                match(101, 10, 0.6), match(102, 10, 0.6), match(103, 10, 0.6), match(201, 20, 0.61)));
        assertThat(ranking).extracting(NeedRanking.Entry::organizationId).containsExactly(uuid(20), uuid(10));
    }

    @Test
    void tiesAreDeterministic() {
        List<NeedRanking.Entry> ranking = NeedRanking.rank(List.of(
                match(302, 30, 0.8), match(301, 30, 0.8), match(401, 29, 0.8)));
        assertThat(ranking).extracting(NeedRanking.Entry::organizationId).containsExactly(uuid(29), uuid(30));
        assertThat(ranking.get(1).best().offeringId()).isEqualTo(uuid(301));
    }

    @Test
    void rejectsResultsOfSeveralNeeds() {
        MatchResult other = result(uuid(99), school, uuid(101), uuid(10), 0.5);
        assertThatThrownBy(() -> NeedRanking.rank(List.of(match(101, 10, 0.5), other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one need");
    }

    @Test
    void noResultsNoRanking() {
        assertThat(NeedRanking.rank(List.of())).isEmpty();
    }
}
