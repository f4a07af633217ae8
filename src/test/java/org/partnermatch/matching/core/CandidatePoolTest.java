package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Priority;

/** The pool-based scan: same answers as pair by pair, best offering per organization and need. */
class CandidatePoolTest {

    private final MatchScorer scorer = Fixtures.scorer();

    /** Offerings of two organizations around one school and its needs. */
    private final Fixtures.Scenario base = Fixtures.scenario();
    private final OrganizationProfile near = base.organizationProfile();
    private final OrganizationProfile far = Fixtures.scenario().organization.kmNorthOfSchool(8).build();

    private MatchCandidate offering(OrganizationProfile org, Cost cost, String... categories) {
        Fixtures.OfferingBuilder b = Fixtures.scenario().offering.cost(cost).categories(categories);
        return MatchCandidate.of(b.build(org.id()), org);
    }

    @Test
    void poolKeepsItsCandidatesInOrderAndRejectsNull() {
        MatchCandidate a = offering(near, Cost.free, "math");
        MatchCandidate b = offering(far, Cost.fee, "math");
        assertThat(CandidatePool.of(List.of(a, b)).candidates()).containsExactly(a, b);
        assertThat(CandidatePool.of(List.of()).size()).isZero();
        assertThat(CandidatePool.empty().candidates()).isEmpty();
        assertThatThrownBy(() -> CandidatePool.of(Arrays.asList(a, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eligibleCountAgreesWithPairByPairEligibility() {
        List<MatchCandidate> candidates = List.of(
                offering(near, Cost.free, "math"),
                offering(near, Cost.fee, "reading"),          // sibling: a weaker candidate
                offering(far, Cost.free, "academic"),
                offering(far, Cost.free, "clothing"));        // unrelated
        PreparedNeed need = base.prepared(scorer);
        long expected = candidates.stream().filter(c -> scorer.eligibility(need, c).isEligible()).count();
        assertThat(scorer.eligibleCount(need, CandidatePool.of(candidates))).isEqualTo(expected).isEqualTo(3);
    }

    @Test
    void bestPerOrganizationKeepsEachOrganizationsBestOfferingPerNeed() {
        MatchCandidate nearFree = offering(near, Cost.free, "math");
        MatchCandidate nearFee = offering(near, Cost.fee, "math");
        MatchCandidate farFree = offering(far, Cost.free, "math");
        MatchCandidate farReading = offering(far, Cost.free, "clothing"); // no sibling of math
        NeedProfile math = base.needProfile();
        NeedProfile reading = base.need.id(UUID.randomUUID()).category("clothing").priority(Priority.low)
                .build(base.school.id);
        SchoolProfile school = base.schoolProfile();
        List<PreparedNeed> needs = List.of(scorer.prepare(math, school), scorer.prepare(reading, school));

        List<MatchResult> results = scorer.bestPerOrganization(needs,
                CandidatePool.of(List.of(nearFee, farReading, nearFree, farFree)));

        assertThat(results).extracting(MatchResult::needId)
                .containsExactly(math.id(), math.id(), reading.id());
        assertThat(results).extracting(MatchResult::offeringId)
                .containsExactly(nearFree.offering().id(), farFree.offering().id(), farReading.offering().id());

        // and that is what the school ranking consumes
        List<SchoolRanking.Entry> ranking = SchoolRanking.rank(List.of(math, reading), results);
        assertThat(ranking).extracting(SchoolRanking.Entry::organizationId).containsExactly(far.id(), near.id());
        assertThat(ranking.get(0).needs()).hasSize(2);
    }

    @Test
    void collectionOverloadsMatchThePoolVersions() {
        List<MatchCandidate> candidates = new ArrayList<>();
        for (Cost cost : Cost.values()) {
            candidates.add(offering(near, cost, "math"));
            candidates.add(offering(far, cost, "academic"));
        }
        PreparedNeed need = base.prepared(scorer);
        assertThat(scorer.bestMatches(need, candidates, 4))
                .isEqualTo(scorer.bestMatches(need, CandidatePool.of(candidates), 4));
        assertThat(scorer.bestPerOrganization(List.of(need), candidates))
                .isEqualTo(scorer.bestPerOrganization(List.of(need), CandidatePool.of(candidates)));
    }

    @Test
    void topOrganizationsExplainedOnlyRankExactlyAsRankingEveryMatch() {
        OrganizationProfile third = Fixtures.scenario().organization.kmNorthOfSchool(3).build();
        List<MatchCandidate> candidates = List.of(
                offering(near, Cost.fee, "math"), offering(near, Cost.free, "reading"),
                offering(far, Cost.free, "math"), offering(far, Cost.sliding_scale, "academic"),
                offering(third, Cost.free, "reading"), offering(third, Cost.fee, "clothing"));
        PreparedNeed need = base.prepared(scorer);
        CandidatePool pool = CandidatePool.of(candidates);
        List<NeedRanking.Entry> all = NeedRanking.rank(scorer.bestMatches(need, pool, candidates.size()));
        assertThat(all).hasSize(3);
        for (int limit = 0; limit <= 4; limit++) {
            MatchScorer.TopMatches top = scorer.bestMatchesOfTopOrganizations(need, pool, limit);
            assertThat(top.eligibleOrganizations()).isEqualTo(3);
            assertThat(NeedRanking.rank(top.matches())).isEqualTo(all.subList(0, Math.min(limit, all.size())));
        }
    }
}
