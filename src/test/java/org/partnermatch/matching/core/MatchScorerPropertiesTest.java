package org.partnermatch.matching.core;

import org.partnermatch.school.NeedIndex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/** Properties of scoring that must hold for any inputs. */
class MatchScorerPropertiesTest {

    private static final List<String> LANGUAGES = List.of("en", "so", "es", "am", "vi", "zh", "ti", "ne");
    private static final List<String> NEED_CATEGORIES = List.of("math", "academic", "mentoring");
    private static final List<String> OFFERING_CATEGORIES =
            List.of("math", "academic", "reading", "mentoring", "youth_development", "clothing");
    private static final List<String> REGIONS = List.of("Southeast", "North", "Central");
    private static final List<String> WORDS = List.of("math", "tutoring", "reading", "Black", "male", "mentors",
            "families", "Somali", "after-school", "algebra", "art", "music", "refugee", "students", "the");
    private static final List<String> COMMUNITIES =
            List.of("East African", "Latino families", "Black", "refugee and immigrant families", "Vietnamese");

    // ------------------------------------------------------------------------------------------ generated inputs

    record NeedSpec(int gradeA, int gradeB, String category, Set<Timing> timings, Set<String> languages,
            int students, Priority priority, List<String> words) {
    }

    record OfferingSpec(int gradeA, int gradeB, Set<String> categories, Set<Timing> timings, Modality modality,
            Set<String> languages, Cost cost, int capacity) {
    }

    record OrganizationSpec(boolean approved, Double kmNorth, Double radiusKm, Set<String> regions,
            Set<String> staffLanguages, Set<String> communities, Set<Leadership> leadership, int ratings) {
    }

    record SchoolSpec(String region, boolean titleI, double frl, double ell, Integer rank, Set<String> home) {
    }

    record Spec(NeedSpec need, OfferingSpec offering, OrganizationSpec organization, SchoolSpec school,
            boolean active, CapacityUnit unit, List<String> offeringWords, double ratingAverage) {

        Fixtures.Scenario scenario() {
            Fixtures.Scenario s = Fixtures.scenario();
            s.school.region(school.region).titleI(school.titleI).frl(school.frl).ell(school.ell)
                    .qualityRank(school.rank).homeLanguages(school.home.toArray(new String[0]));
            s.need.grades(Math.min(need.gradeA, need.gradeB), Math.max(need.gradeA, need.gradeB))
                    .category(need.category).timings(need.timings.toArray(new Timing[0]))
                    .languages(need.languages).students(need.students).priority(need.priority)
                    .title(String.join(" ", need.words)).description(null);
            s.offering.grades(Math.min(offering.gradeA, offering.gradeB), Math.max(offering.gradeA, offering.gradeB))
                    .categories(offering.categories.toArray(new String[0]))
                    .timings(offering.timings.toArray(new Timing[0])).modality(offering.modality)
                    .languages(offering.languages.toArray(new String[0])).cost(offering.cost)
                    .capacity(unit, offering.capacity).active(active)
                    .name(String.join(" ", offeringWords)).description(null);
            OrganizationSpec o = organization;
            s.organization.approved(o.approved).radiusKm(o.radiusKm).regions(o.regions.toArray(new String[0]))
                    .staffLanguages(o.staffLanguages.toArray(new String[0]))
                    .communities(o.communities.toArray(new String[0]))
                    .leadership(o.leadership.toArray(new Leadership[0]))
                    .trackRecord(o.ratings, o.ratings * ratingAverage);
            if (o.kmNorth == null) {
                s.organization.noLocation();
            } else {
                s.organization.kmNorthOfSchool(o.kmNorth);
            }
            return s;
        }
    }

    /** True nine times in ten: most generated scenarios should pass the hard constraints. */
    private static Arbitrary<Boolean> mostlyTrue() {
        return Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
    }

    /** Mostly some room left, sometimes full or over-booked. */
    private static Arbitrary<Integer> capacity() {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(1, 200)),
                Tuple.of(1, Arbitraries.integers().between(-3, 0)));
    }

    private static Arbitrary<Integer> grade() {
        return Arbitraries.integers().between(-1, 12);
    }

    private static Arbitrary<Set<String>> languages() {
        return Arbitraries.of(LANGUAGES).set().ofMaxSize(3);
    }

    private static Arbitrary<NeedSpec> needs() {
        return Combinators.combine(grade(), grade(), Arbitraries.of(NEED_CATEGORIES),
                Arbitraries.of(Timing.class).set().ofMaxSize(3), languages(), Arbitraries.integers().between(0, 300),
                Arbitraries.of(Priority.class), Arbitraries.of(WORDS).list().ofMaxSize(5)).as(NeedSpec::new);
    }

    private static Arbitrary<OfferingSpec> offerings() {
        // offerings usually span several grades: low in PK..6, high in 4..12
        return Combinators.combine(Arbitraries.integers().between(-1, 6), Arbitraries.integers().between(4, 12),
                Arbitraries.of(OFFERING_CATEGORIES).set().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(Timing.class).set().ofMaxSize(3), Arbitraries.of(Modality.class), languages(),
                Arbitraries.of(Cost.class), capacity()).as(OfferingSpec::new);
    }

    private static Arbitrary<OrganizationSpec> organizations() {
        return Combinators.combine(mostlyTrue(),
                Arbitraries.doubles().between(0, 30).injectNull(0.15),
                Arbitraries.doubles().between(0, 40).injectNull(0.2),
                Arbitraries.of(REGIONS).set().ofMaxSize(2), languages(),
                Arbitraries.of(COMMUNITIES).set().ofMaxSize(2), Arbitraries.of(Leadership.class).set().ofMaxSize(2),
                Arbitraries.integers().between(0, 50)).as(OrganizationSpec::new);
    }

    private static Arbitrary<SchoolSpec> schools() {
        return Combinators.combine(Arbitraries.of(REGIONS), Arbitraries.of(true, false),
                Arbitraries.doubles().between(0, 100), Arbitraries.doubles().between(0, 100),
                Arbitraries.integers().between(1, 5).injectNull(0.2), languages()).as(SchoolSpec::new);
    }

    @Provide
    Arbitrary<Spec> specs() {
        return Combinators.combine(needs(), offerings(), organizations(), schools(),
                mostlyTrue(), Arbitraries.of(CapacityUnit.class),
                Arbitraries.of(WORDS).list().ofMaxSize(4), Arbitraries.doubles().between(1, 5)).as(Spec::new);
    }

    @Provide
    Arbitrary<MatchWeights> weights() {
        return Arbitraries.doubles().between(0, 10).list().ofSize(MatchFactor.values().length)
                .filter(w -> w.stream().mapToDouble(Double::doubleValue).sum() > 0)
                .map(w -> MatchWeights.of(w.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    // ------------------------------------------------------------------------------------------------ properties

    @Property(tries = 500)
    void totalAndEveryFactorStayWithinZeroAndOne(@ForAll("specs") Spec spec, @ForAll("weights") MatchWeights w) {
        Fixtures.Scenario s = spec.scenario();
        MatchScorer scorer = Fixtures.scorer(w);
        var result = s.score(scorer);
        Statistics.label("eligible").collect(result.isPresent());
        result.ifPresent(r -> {
            assertThat(r.total()).isBetween(0.0, 1.0);
            assertThat(r.percent()).isBetween(0.0, 100.0);
            assertThat(r.factors()).allSatisfy(f -> assertThat(f.score()).isBetween(0.0, 1.0));
        });
        Statistics.label("eligible").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 500)
    void raisingAnyWeightNeverMakesAnIneligibleOfferingEligible(@ForAll("specs") Spec spec,
            @ForAll("weights") MatchWeights w, @ForAll MatchFactor factor,
            @ForAll @DoubleRange(min = 0.01, max = 100) double raise) {
        Fixtures.Scenario s = spec.scenario();
        double[] raised = w.toArray();
        raised[factor.ordinal()] += raise;
        MatchWeights higher = MatchWeights.of(raised);

        Eligibility before = s.eligibility(Fixtures.scorer(w));
        Eligibility after = s.eligibility(Fixtures.scorer(higher));
        assertThat(after).isEqualTo(before);
        if (!before.isEligible()) {
            assertThat(s.score(Fixtures.scorer(higher))).isEmpty();
        }
    }

    @Property(tries = 300)
    void scoresAreDeterministic(@ForAll("specs") Spec spec) {
        Fixtures.Scenario s = spec.scenario();
        MatchScorer one = Fixtures.scorer();
        MatchScorer two = Fixtures.scorer();
        assertThat(s.score(one)).isEqualTo(s.score(two));
        assertThat(one.quickTotal(s.prepared(one), s.candidate()))
                .isEqualTo(two.quickTotal(s.prepared(two), s.candidate()));
    }

    @Property(tries = 300)
    void quickTotalAgreesWithTheExplainedScore(@ForAll("specs") Spec spec, @ForAll("weights") MatchWeights w) {
        Fixtures.Scenario s = spec.scenario();
        MatchScorer scorer = Fixtures.scorer(w);
        PreparedNeed need = s.prepared(scorer);
        MatchCandidate candidate = s.candidate();
        double quick = scorer.quickTotal(need, candidate);
        var explained = scorer.score(need, candidate);
        if (explained.isPresent()) {
            assertThat(quick).isEqualTo(explained.get().total());
        } else {
            assertThat(quick).isEqualTo(MatchScorer.INELIGIBLE);
        }
        assertThat(scorer.eligibility(need, candidate).isEligible()).isEqualTo(explained.isPresent());
    }

    @Property(tries = 500)
    void addingARequestedLanguageTheOfferingSpeaksNeverLowersTheLanguageFactor(@ForAll("specs") Spec spec,
            @ForAll @IntRange(min = 0, max = 20) int pick) {
        Fixtures.Scenario s = spec.scenario();
        List<String> spoken = new ArrayList<>(spec.offering().languages());
        spoken.addAll(spec.organization().staffLanguages());
        if (spoken.isEmpty() || !s.eligibility().isEligible()) {
            return;
        }
        double before = s.factor(MatchFactor.LANGUAGES).score();
        Set<String> more = new HashSet<>(spec.need().languages());
        more.add(spoken.get(pick % spoken.size()));
        s.need.languages(more);
        double after = s.factor(MatchFactor.LANGUAGES).score();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property(tries = 300)
    void eligibilityIgnoresSoftOnlyFields(@ForAll("specs") Spec spec, @ForAll Cost cost,
            @ForAll("languageSets") Set<String> languages) {
        Fixtures.Scenario s = spec.scenario();
        if (FactorFormulas.bestRelation(s.prepared(Fixtures.scorer()), s.candidate()) == CategoryRelation.SIBLING) {
            return; // a sibling category needs common ground, and a shared language is common ground
        }
        Eligibility before = s.eligibility();
        s.offering.cost(cost);
        s.need.languages(languages);
        s.organization.staffLanguages().leadership();
        assertThat(s.eligibility()).isEqualTo(before);
    }

    @Provide
    Arbitrary<Set<String>> languageSets() {
        return languages();
    }

    @Property(tries = 200)
    void schoolRankingIsIndependentOfInputOrderAndWithinZeroAndOne(@ForAll("specs") Spec spec,
            @ForAll @IntRange(min = 1, max = 6) int organizations, @ForAll long seed) {
        Random random = new Random(seed);
        UUID school = UUID.randomUUID();
        List<NeedProfile> needs = new ArrayList<>();
        for (Priority p : Priority.values()) {
            needs.add(Fixtures.scenario().need.priority(p).build(school));
        }
        List<MatchResult> results = new ArrayList<>();
        for (int o = 0; o < organizations; o++) {
            UUID org = new UUID(0, random.nextInt(4)); // collisions on purpose: several offerings per org
            for (NeedProfile n : needs) {
                if (random.nextBoolean()) {
                    results.add(Fixtures.result(n.id(), school, UUID.randomUUID(), org, random.nextDouble()));
                }
            }
        }
        List<SchoolRanking.Entry> ranking = SchoolRanking.rank(needs, results);
        assertThat(ranking).allSatisfy(e -> assertThat(e.score()).isBetween(0.0, 1.0));
        assertThat(ranking).extracting(SchoolRanking.Entry::score).isSortedAccordingTo(Collections.reverseOrder());
        List<MatchResult> shuffled = new ArrayList<>(results);
        Collections.shuffle(shuffled, random);
        assertThat(SchoolRanking.rank(needs, shuffled)).isEqualTo(ranking);
    }

    @Property(tries = 300)
    void needIndexStaysWithinZeroAndHundredAndGrowsWithFrl(@ForAll boolean titleI,
            @ForAll @DoubleRange(min = 0, max = 90) double frl, @ForAll @DoubleRange(min = 0, max = 100) double ell,
            @ForAll @IntRange(min = 1, max = 5) int rank) {
        double index = NeedIndex.of(frl, ell, titleI, rank);
        assertThat(index).isBetween(0.0, 100.0);
        assertThat(NeedIndex.of(frl + 10, ell, titleI, rank)).isGreaterThanOrEqualTo(index);
        assertThat(NeedIndex.of(frl, ell, true, rank)).isGreaterThanOrEqualTo(NeedIndex.of(frl, ell, false, rank));
    }

    @Property(tries = 100)
    void poolScanAgreesWithPairByPairScoring(@ForAll("specList") List<Spec> specs, @ForAll("weights") MatchWeights w) {
        if (specs.isEmpty()) {
            return;
        }
        MatchScorer scorer = Fixtures.scorer(w);
        // a few organizations, each with several of the generated offerings
        List<Fixtures.Scenario> scenarios = specs.stream().map(Spec::scenario).toList();
        List<OrganizationProfile> orgs = scenarios.stream().limit(3).map(Fixtures.Scenario::organizationProfile)
                .toList();
        // as the candidate index builds them, an organization's part shared by its offerings' candidates
        List<MatchCandidate.OrganizationPart> parts = orgs.stream().map(MatchCandidate.OrganizationPart::of).toList();
        List<MatchCandidate> candidates = new ArrayList<>();
        List<MatchCandidate> builtAlone = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            OrganizationProfile org = orgs.get(i % orgs.size());
            OfferingProfile offering = scenarios.get(i).offering.build(org.id());
            candidates.add(MatchCandidate.of(offering, parts.get(i % orgs.size()), null));
            builtAlone.add(MatchCandidate.of(offering, org));
        }
        CandidatePool pool = CandidatePool.of(candidates);
        List<PreparedNeed> needs = scenarios.stream().limit(4).map(s -> s.prepared(scorer)).toList();
        for (PreparedNeed need : needs) {
            for (int i = 0; i < candidates.size(); i++) {
                assertThat(scorer.score(need, candidates.get(i))).isEqualTo(scorer.score(need, builtAlone.get(i)));
            }
        }

        for (PreparedNeed need : needs) {
            long eligible = candidates.stream().filter(c -> scorer.quickTotal(need, c) >= 0).count();
            assertThat(scorer.eligibleCount(need, pool)).isEqualTo((int) eligible);
            List<MatchCandidate> scanned = new ArrayList<>();
            scorer.eligibleTotals(need, pool, (c, total) -> {
                assertThat(total).isEqualTo(scorer.quickTotal(need, c));
                scanned.add(c);
            });
            assertThat(scanned).containsExactlyElementsOf(
                    pool.candidates().stream().filter(c -> scorer.quickTotal(need, c) >= 0).toList());
            List<MatchResult> all = scorer.bestMatches(need, pool, Integer.MAX_VALUE);
            assertThat(all).hasSize((int) eligible);
            for (MatchResult r : all) {
                MatchCandidate c = candidates.stream()
                        .filter(x -> x.offering().id().equals(r.offeringId())).findFirst().orElseThrow();
                assertThat(r.total()).isEqualTo(scorer.quickTotal(need, c));
            }
        }
        // every need at once: each need's candidates and totals as when it is scanned alone
        List<List<MatchCandidate>> together = new ArrayList<>();
        needs.forEach(n -> together.add(new ArrayList<>()));
        scorer.eligibleTotals(needs.toArray(PreparedNeed[]::new), pool, (k, c, total) -> {
            assertThat(total).isEqualTo(scorer.quickTotal(needs.get(k), c));
            together.get(k).add(c);
        });
        for (int k = 0; k < needs.size(); k++) {
            PreparedNeed need = needs.get(k);
            assertThat(together.get(k)).containsExactlyElementsOf(
                    pool.candidates().stream().filter(c -> scorer.quickTotal(need, c) >= 0).toList());
        }
        List<MatchResult> winners = scorer.bestPerOrganization(needs, pool);
        for (MatchResult r : winners) {
            PreparedNeed need = needs.stream().filter(n -> n.need().id().equals(r.needId())).findFirst().orElseThrow();
            double bestOfOrg = candidates.stream()
                    .filter(c -> c.organization().id().equals(r.organizationId()))
                    .mapToDouble(c -> scorer.quickTotal(need, c)).max().orElseThrow();
            assertThat(r.total()).isEqualTo(bestOfOrg);
        }
    }

    @Property(tries = 200)
    void schoolRankingFromTotalsEqualsRankingEveryExplainedMatch(@ForAll("specList") List<Spec> specs,
            @ForAll("weights") MatchWeights w, @ForAll @IntRange(min = 1, max = 5) int limit) {
        MatchScorer scorer = Fixtures.scorer(w);
        List<Fixtures.Scenario> scenarios = specs.stream().map(Spec::scenario).toList();
        List<OrganizationProfile> orgs = scenarios.stream().limit(5).map(Fixtures.Scenario::organizationProfile)
                .toList();
        List<MatchCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            OrganizationProfile org = orgs.get(i % orgs.size());
            candidates.add(MatchCandidate.of(scenarios.get(i).offering.build(org.id()), org));
        }
        CandidatePool pool = CandidatePool.of(candidates);
        List<PreparedNeed> needs = scenarios.stream().limit(6).map(s -> s.prepared(scorer)).toList();

        List<SchoolRanking.Entry> everything = SchoolRanking.rank(needs.stream().map(PreparedNeed::need).toList(),
                scorer.bestPerOrganization(needs, pool));
        assertThat(scorer.rankForSchool(needs, category -> pool, limit))
                .isEqualTo(everything.subList(0, Math.min(limit, everything.size())));
    }

    @Property(tries = 200)
    void opportunitiesFromTotalsEqualRankingEveryExplainedMatch(@ForAll("specList") List<Spec> specs,
            @ForAll("weights") MatchWeights w, @ForAll @IntRange(min = 0, max = 4) int limit) {
        MatchScorer scorer = Fixtures.scorer(w);
        List<Fixtures.Scenario> scenarios = specs.stream().map(Spec::scenario).toList();
        // one organization's offerings against needs of up to three schools (several needs per school)
        OrganizationProfile organization = scenarios.get(0).organizationProfile();
        CandidatePool pool = CandidatePool.of(scenarios.stream()
                .map(s -> MatchCandidate.of(s.offering.build(organization.id()), organization)).toList());
        Map<UUID, SchoolProfile> schools = new HashMap<>();
        List<PreparedNeed> needs = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            SchoolProfile school = scenarios.get(i % 3).schoolProfile();
            schools.put(school.id(), school);
            needs.add(scorer.prepare(scenarios.get(i).need.build(school.id()), school));
        }

        List<OpportunityRanking.Opportunity> everything = OpportunityRanking.rank(
                scorer.bestPerOrganization(needs, pool), schools);
        assertThat(scorer.rankOpportunities(needs, pool, schools, limit))
                .isEqualTo(everything.subList(0, Math.min(limit, everything.size())));
    }

    @Provide
    Arbitrary<List<Spec>> specList() {
        return specs().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 200)
    void communityLeadershipNeverLowersCulturalFit(@ForAll("specs") Spec spec) {
        Fixtures.Scenario s = spec.scenario();
        if (!s.eligibility().isEligible()) {
            return;
        }
        s.organization.leadership();
        double without = s.factor(MatchFactor.CULTURAL_FIT).score();
        s.organization.leadership(Leadership.black_led);
        assertThat(s.factor(MatchFactor.CULTURAL_FIT).score()).isGreaterThanOrEqualTo(without);
    }
}
