package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.partnermatch.matching.core.Fixtures.result;
import static org.partnermatch.matching.core.Fixtures.uuid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.Priority;

class SchoolRankingTest {

    private final UUID school = uuid(900);
    private final NeedProfile urgent = need(uuid(1), Priority.urgent);   // weight 1.0
    private final NeedProfile high = need(uuid(2), Priority.high);       // weight 0.75
    private final NeedProfile low = need(uuid(3), Priority.low);         // weight 0.25
    private final List<NeedProfile> openNeeds = List.of(urgent, high, low); // Σ weights = 2.0

    private final UUID multi = uuid(10);
    private final UUID single = uuid(20);

    private NeedProfile need(UUID id, Priority priority) {
        return Fixtures.scenario().need.id(id).priority(priority).build(school);
    }

    private MatchResult match(NeedProfile need, UUID offering, UUID organization, double total) {
        return result(need.id(), school, offering, organization, total);
    }

    @Test
    void organizationCoveringSeveralPressingNeedsBeatsOneCoveringALowPriorityNeed() {
        List<MatchResult> results = List.of(
                match(urgent, uuid(101), multi, 0.8),
                match(high, uuid(102), multi, 0.7),
                match(low, uuid(201), single, 0.95));

        List<SchoolRanking.Entry> ranking = SchoolRanking.rank(openNeeds, results);

        assertThat(ranking).extracting(SchoolRanking.Entry::organizationId).containsExactly(multi, single);
        assertThat(ranking.get(0).score()).isCloseTo((1.0 * 0.8 + 0.75 * 0.7) / 2.0, within(1e-12));
        assertThat(ranking.get(1).score()).isCloseTo(0.25 * 0.95 / 2.0, within(1e-12));
    }

    @Test
    void theBestOfferingPerNeedIsChosen() {
        List<MatchResult> results = List.of(
                match(urgent, uuid(101), multi, 0.6),
                match(urgent, uuid(103), multi, 0.9),
                match(high, uuid(102), multi, 0.5));

        SchoolRanking.Entry entry = SchoolRanking.rank(openNeeds, results).get(0);

        assertThat(entry.needs()).extracting(SchoolRanking.CoveredNeed::needId).containsExactly(urgent.id(), high.id());
        assertThat(entry.needs().get(0).offeringId()).isEqualTo(uuid(103));
        assertThat(entry.needs().get(0).match().total()).isEqualTo(0.9);
        assertThat(entry.needs().get(0).priority()).isEqualTo(Priority.urgent);
        assertThat(entry.score()).isCloseTo((0.9 + 0.75 * 0.5) / 2.0, within(1e-12));
    }

    @Test
    void uncoveredNeedsStillCountInTheDenominator() {
        SchoolRanking.Entry entry = SchoolRanking.rank(openNeeds, List.of(match(urgent, uuid(101), multi, 1.0)))
                .get(0);
        assertThat(entry.score()).isEqualTo(0.5);
        assertThat(entry.percent()).isEqualTo(50.0);
    }

    @Test
    void resultsForNeedsThatAreNotOpenAreIgnored() {
        NeedProfile closed = need(uuid(4), Priority.urgent);
        List<SchoolRanking.Entry> ranking = SchoolRanking.rank(openNeeds,
                List.of(match(closed, uuid(101), multi, 1.0), match(low, uuid(201), single, 0.4)));
        assertThat(ranking).extracting(SchoolRanking.Entry::organizationId).containsExactly(single);
    }

    @Test
    void tiesAreBrokenByOrganizationId() {
        List<MatchResult> results = List.of(
                match(high, uuid(301), uuid(31), 0.7),
                match(high, uuid(302), uuid(30), 0.7));
        assertThat(SchoolRanking.rank(openNeeds, results)).extracting(SchoolRanking.Entry::organizationId)
                .containsExactly(uuid(30), uuid(31));
    }

    @Test
    void rankingDoesNotDependOnInputOrder() {
        List<MatchResult> results = new ArrayList<>();
        for (int org = 0; org < 8; org++) {
            for (NeedProfile n : openNeeds) {
                results.add(match(n, uuid(1000 + org * 10 + results.size()), uuid(50 + org),
                        ((org * 37 + results.size() * 11) % 100) / 100.0));
            }
        }
        List<SchoolRanking.Entry> expected = SchoolRanking.rank(openNeeds, results);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<MatchResult> shuffled = new ArrayList<>(results);
            Collections.shuffle(shuffled, random);
            List<NeedProfile> needs = new ArrayList<>(openNeeds);
            Collections.shuffle(needs, random);
            assertThat(SchoolRanking.rank(needs, shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void noOpenNeedsMeansNoRanking() {
        assertThat(SchoolRanking.rank(List.of(), List.of(match(urgent, uuid(101), multi, 1.0)))).isEmpty();
    }
}
