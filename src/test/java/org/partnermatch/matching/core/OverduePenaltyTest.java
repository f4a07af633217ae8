package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An overdue listing passes every hard constraint but ranks lower, and its reasons say since when it is unconfirmed. */
class OverduePenaltyTest {

    private static final Instant CUTOFF = Instant.parse("2026-05-08T00:00:00Z");
    /** Mar 3, 2026 in Los Angeles, Mar 4 in UTC: the reason's date is the district's. */
    private static final Instant CONFIRMED = Instant.parse("2026-03-04T03:00:00Z");
    private static final OverduePenalty LA = new OverduePenalty(0.15, ZoneId.of("America/Los_Angeles"), Locale.US);

    private final MatchScorer scorer = new MatchScorer(MatchWeights.defaults(), CategoryScores.defaults(),
            Fixtures.TAXONOMY, org.partnermatch.vocabulary.DistanceUnit.miles, LA);

    private static MatchCandidate candidate(Fixtures.Scenario s) {
        return MatchCandidate.of(s.offeringProfile(), s.organizationProfile(), CUTOFF);
    }

    @Test
    void anOverdueOfferingOrOrganizationIsOverdueACurrentOrUnknownOneIsNot() {
        Fixtures.Scenario s = Fixtures.scenario();
        assertThat(candidate(s).overdue()).isFalse(); // not known: never overdue
        s.offering.lastVerifiedAt(CUTOFF.plusSeconds(1));
        s.organization.lastVerifiedAt(CUTOFF);
        assertThat(candidate(s).overdue()).isFalse(); // at the cutoff exactly: still current
        s.organization.lastVerifiedAt(CONFIRMED);
        assertThat(candidate(s).overdue()).isTrue(); // the organization's profile is overdue
        assertThat(candidate(s).confirmedAt()).isEqualTo(CONFIRMED);
        s.organization.lastVerifiedAt(null);
        s.offering.lastVerifiedAt(CONFIRMED);
        assertThat(candidate(s).overdue()).isTrue();
        assertThat(MatchCandidate.of(s.offeringProfile(), s.organizationProfile()).overdue()).isFalse(); // no cutoff
    }

    @Test
    void anOverdueExactFitRanksBelowAnEquallyGoodCurrentOneAndSaysWhy() {
        Fixtures.Scenario current = Fixtures.scenario();
        current.offering.lastVerifiedAt(CUTOFF.plusSeconds(86_400));
        Fixtures.Scenario overdue = Fixtures.scenario();
        overdue.offering.lastVerifiedAt(CONFIRMED);
        PreparedNeed need = current.prepared(scorer);

        MatchResult fresh = scorer.score(need, candidate(current)).orElseThrow();
        MatchResult stale = scorer.score(need, candidate(overdue)).orElseThrow();
        assertThat(stale.total()).isCloseTo(fresh.total() - 0.15, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(stale.reasons().get(0))
                .isEqualTo("Listing not confirmed since Mar 3, 2026: ranked lower until its organization confirms it");
        assertThat(fresh.reasons()).noneMatch(r -> r.startsWith("Listing not confirmed"));
        // the factors are the same: only the total is lowered
        assertThat(stale.factors()).isEqualTo(fresh.factors());
        // the fast path agrees with the explained one
        assertThat(scorer.quickTotal(need, candidate(overdue))).isEqualTo(stale.total());

        List<MatchResult> ranked = scorer.bestMatches(need,
                List.of(candidate(overdue), candidate(current)), 10);
        assertThat(ranked).extracting(MatchResult::offeringId)
                .containsExactly(current.offeringProfile().id(), overdue.offeringProfile().id());
    }

    @Test
    void hardConstraintsAreUntouchedAndAMuchBetterOverdueFitCanStillLead() {
        Fixtures.Scenario overdue = Fixtures.scenario();
        overdue.offering.lastVerifiedAt(CONFIRMED);
        assertThat(scorer.eligibility(overdue.prepared(scorer), candidate(overdue))).isEqualTo(Eligibility.ELIGIBLE);
        overdue.offering.grades(0, 2);
        assertThat(scorer.eligibility(overdue.prepared(scorer), candidate(overdue)))
                .isEqualTo(Eligibility.GRADES_DISJOINT);

        Fixtures.Scenario strong = Fixtures.scenario();
        strong.offering.lastVerifiedAt(CONFIRMED).languages("so");
        Fixtures.Scenario weak = Fixtures.scenario();
        weak.organization.staffLanguages("en").communities();
        weak.offering.cost(org.partnermatch.vocabulary.Cost.fee).timings(org.partnermatch.vocabulary.Timing.weekend);
        PreparedNeed need = strong.prepared(scorer);
        assertThat(scorer.quickTotal(need, candidate(strong))).isGreaterThan(scorer.quickTotal(need, candidate(weak)));
    }

    @Test
    void aZeroPenaltyRanksAsIfCurrentButStillTellsAndTheTotalNeverGoesBelowZero() {
        MatchScorer noPenalty = new MatchScorer(MatchWeights.defaults(), CategoryScores.defaults(), Fixtures.TAXONOMY,
                org.partnermatch.vocabulary.DistanceUnit.miles, new OverduePenalty(0, ZoneId.of("UTC"), Locale.US));
        Fixtures.Scenario s = Fixtures.scenario();
        MatchResult asCurrent = noPenalty.score(s.prepared(noPenalty), candidate(s)).orElseThrow();
        s.offering.lastVerifiedAt(CONFIRMED);
        MatchResult overdue = noPenalty.score(s.prepared(noPenalty), candidate(s)).orElseThrow();
        assertThat(overdue.total()).isEqualTo(asCurrent.total());
        assertThat(overdue.reasons().get(0)).isEqualTo(
                "Listing not confirmed since Mar 4, 2026: ask its organization whether it is still offered");

        MatchScorer full = new MatchScorer(MatchWeights.defaults(), CategoryScores.defaults(), Fixtures.TAXONOMY,
                org.partnermatch.vocabulary.DistanceUnit.miles, new OverduePenalty(1, ZoneId.of("UTC"), Locale.US));
        assertThat(full.score(s.prepared(full), candidate(s)).orElseThrow().total()).isZero();
        assertThatThrownBy(() -> new OverduePenalty(1.5, ZoneId.of("UTC"), Locale.US))
                .hasMessageContaining("overdue penalty");
    }
}
