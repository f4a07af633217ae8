package org.partnermatch.matching.core;

import static org.partnermatch.matching.core.MatchFactor.CAPACITY;
import static org.partnermatch.matching.core.MatchFactor.CATEGORY;
import static org.partnermatch.matching.core.MatchFactor.COST;
import static org.partnermatch.matching.core.MatchFactor.CULTURAL_FIT;
import static org.partnermatch.matching.core.MatchFactor.DISTANCE;
import static org.partnermatch.matching.core.MatchFactor.GRADES;
import static org.partnermatch.matching.core.MatchFactor.LANGUAGES;
import static org.partnermatch.matching.core.MatchFactor.PRIORITY;
import static org.partnermatch.matching.core.MatchFactor.RESPONSIVENESS;
import static org.partnermatch.matching.core.MatchFactor.TEXT;
import static org.partnermatch.matching.core.MatchFactor.TIMING;
import static org.partnermatch.matching.core.MatchFactor.TRACK_RECORD;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.partnermatch.vocabulary.DistanceUnit;

/**
 * Scores how well an offering fits a school's need. Pure: no I/O, no shared mutable state, thread-safe.
 *
 * <ol>
 *   <li><b>Hard constraints</b> ({@link Eligibility}, one list checked in order): an offering that breaks any of
 *       them — the organization approved, the offering active with room left, not declined recently, grades
 *       overlapping, a fitting category, the school in its service area — is no candidate at all.</li>
 *   <li><b>Soft factors</b> ({@link MatchFactor}, the registry of keys, default weights, formulas and reasons), each
 *       scored 0..1; the total is {@code Σ weight × score / Σ weight}, in [0, 1] ({@link MatchWeights}).</li>
 *   <li><b>Overdue listings</b>: an {@linkplain MatchCandidate#overdue() overdue} listing's total is then lowered by
 *       the {@link OverduePenalty} (never below 0), and its reasons open with the date it was last confirmed.</li>
 * </ol>
 *
 * {@link #eligibility} and {@link #score} are the plain path: the policy list, then every factor of the registry,
 * with reasons. The rankings ({@link #bestMatches}, {@link #rankForSchool} …) run an accelerator, {@link #scan}: the
 * same rules and formulas written out over the candidate pool's primitive arrays, so one request can score tens of
 * thousands of pairs without allocating; reasons are built (on the plain path) only for the results returned.
 * {@code MatchScorerPropertiesTest} holds the accelerator to the plain path, bit for bit.
 */
public final class MatchScorer {

    /** What {@link #quickTotal} returns for an offering that breaks a hard constraint. */
    public static final double INELIGIBLE = -1.0;

    private static final Comparator<FactorScore> BIGGEST_CONTRIBUTION_FIRST =
            Comparator.comparingDouble(FactorScore::weighted).reversed();
    private static final Comparator<Scored> BEST_SCORED_FIRST = Comparator.comparingDouble(Scored::total).reversed()
            .thenComparing(s -> s.candidate().offering().id());

    private final MatchWeights weights;
    private final CategoryScores categoryScores;
    /** Category factor score indexed by {@link CategoryRelation#ordinal()}. */
    private final double[] relationScore;
    private final Taxonomy taxonomy;
    /** The unit match reasons state distances in (the district's: miles in a US district). */
    private final DistanceUnit distanceUnit;
    /** Weights indexed by {@link MatchFactor#ordinal()}. */
    private final double[] w;
    private final double weightSum;
    /** All factors in declaration order (an instance copy: static arrays would be shared mutable state). */
    private final MatchFactor[] allFactors = MatchFactor.values();
    /** How much lower an overdue listing ranks, and how its reason reads. */
    private final OverduePenalty overdue;

    public MatchScorer(MatchWeights weights, Taxonomy taxonomy) {
        this(weights, CategoryScores.defaults(), taxonomy);
    }

    public MatchScorer(MatchWeights weights, CategoryScores categoryScores, Taxonomy taxonomy) {
        this(weights, categoryScores, taxonomy, DistanceUnit.km);
    }

    public MatchScorer(MatchWeights weights, CategoryScores categoryScores, Taxonomy taxonomy,
                       DistanceUnit distanceUnit) {
        this(weights, categoryScores, taxonomy, distanceUnit, OverduePenalty.defaults());
    }

    public MatchScorer(MatchWeights weights, CategoryScores categoryScores, Taxonomy taxonomy,
                       DistanceUnit distanceUnit, OverduePenalty overdue) {
        this.overdue = Objects.requireNonNull(overdue, "overdue");
        this.distanceUnit = Objects.requireNonNull(distanceUnit, "distanceUnit");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.categoryScores = Objects.requireNonNull(categoryScores, "categoryScores");
        this.relationScore = new double[CategoryRelation.values().length];
        for (CategoryRelation r : CategoryRelation.values()) {
            relationScore[r.ordinal()] = categoryScores.score(r);
        }
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.w = weights.toArray();
        this.weightSum = weights.total();
    }

    public MatchWeights weights() {
        return weights;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public CategoryScores categoryScores() {
        return categoryScores;
    }

    public OverduePenalty overduePenalty() {
        return overdue;
    }

    /** For a candidate whose listing is overdue for confirmation, the sentence its reasons open with. */
    public Optional<String> overdueReason(MatchCandidate candidate) {
        return candidate.overdue() ? Optional.of(overdue.reason(candidate.confirmedAt()).text()) : Optional.empty();
    }

    /** Prepares a need for scoring against many candidates (once per need and request). */
    public PreparedNeed prepare(NeedProfile need, SchoolProfile school) {
        return PreparedNeed.of(need, school, taxonomy);
    }

    // ------------------------------------------------------------------------------------------------ eligibility

    /** Which hard constraint, if any, keeps the offering from serving the need. */
    public Eligibility eligibility(NeedProfile need, SchoolProfile school, OfferingProfile offering,
            OrganizationProfile organization) {
        return eligibility(prepare(need, school), MatchCandidate.of(offering, organization));
    }

    /** Which hard constraint, if any, keeps the candidate from serving the need. Allocation-free. */
    public Eligibility eligibility(PreparedNeed need, MatchCandidate candidate) {
        requireSameTaxonomy(need);
        return Eligibility.of(need, candidate);
    }

    // ---------------------------------------------------------------------------------------------------- scoring

    /**
     * The total score (0..1) of one candidate for a need, or {@link #INELIGIBLE} (−1) when a hard constraint fails;
     * allocation-free, and equal to {@code score(need, candidate).get().total()} when eligible. To weigh a whole
     * pool, {@link #eligibleTotals} is faster.
     */
    public double quickTotal(PreparedNeed need, MatchCandidate candidate) {
        requireSameTaxonomy(need);
        if (Eligibility.of(need, candidate) != Eligibility.ELIGIBLE) {
            return INELIGIBLE;
        }
        CategoryRelation relation = FactorFormulas.bestRelation(need, candidate);
        return weightedTotal(need, candidate, relation, kmIfPresent(need, candidate), Double.NaN);
    }

    /** The distance the hard constraints and the distance factor read: NaN for virtual delivery or no location. */
    private static double kmIfPresent(PreparedNeed need, MatchCandidate candidate) {
        return candidate.modality().needsPresence() ? FactorFormulas.kmBetween(need, candidate) : Double.NaN;
    }

    /** The scored match with per-factor reasons, or empty when a hard constraint fails. */
    public Optional<MatchResult> score(NeedProfile need, SchoolProfile school, OfferingProfile offering,
            OrganizationProfile organization) {
        return score(prepare(need, school), MatchCandidate.of(offering, organization));
    }

    /** The scored match with per-factor reasons, or empty when a hard constraint fails. */
    public Optional<MatchResult> score(PreparedNeed need, MatchCandidate candidate) {
        if (eligibility(need, candidate) != Eligibility.ELIGIBLE) {
            return Optional.empty();
        }
        MatchFactor.Pair pair = new MatchFactor.Pair(need, candidate, FactorFormulas.bestRelation(need, candidate),
                kmIfPresent(need, candidate), categoryScores, distanceUnit);
        List<FactorScore> factors = new ArrayList<>(allFactors.length);
        double sum = 0;
        for (MatchFactor f : allFactors) {
            double score = f.score(pair);
            double weight = w[f.ordinal()];
            if (weight > 0) {
                sum += weight * score;
            }
            factors.add(new FactorScore(f, score, weight, f.explain(pair)));
        }
        double total = finish(sum, candidate);
        List<FactorScore> byContribution = new ArrayList<>(factors);
        byContribution.sort(BIGGEST_CONTRIBUTION_FIRST); // stable: ties keep factor order
        List<Reason> reasons = new ArrayList<>();
        if (candidate.overdue()) {
            reasons.add(overdue.reason(candidate.confirmedAt())); // first: it is why a good fit ranks lower
        }
        for (FactorScore f : byContribution) {
            if (f.weight() > 0 && !f.reason().isEmpty()) {
                reasons.add(f.explanation());
            }
        }
        NeedProfile n = need.need();
        OfferingProfile o = candidate.offering();
        return Optional.of(MatchResult.explained(n.id(), n.schoolId(), o.id(), o.organizationId(), total, factors,
                reasons));
    }

    /**
     * The best {@code limit} eligible candidates for a need, best first (ties by offering id), with reasons. Scores
     * every candidate in the pool and builds reasons only for those returned.
     */
    public List<MatchResult> bestMatches(PreparedNeed need, CandidatePool pool, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        List<Scored> eligible = new ArrayList<>();
        scan(new PreparedNeed[] {need}, pool, (k, c, t) -> eligible.add(new Scored(t, c)));
        eligible.sort(BEST_SCORED_FIRST);
        List<MatchResult> out = new ArrayList<>(Math.min(limit, eligible.size()));
        for (int i = 0; i < eligible.size() && i < limit; i++) {
            score(need, eligible.get(i).candidate()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * Every eligible match of the {@code organizationLimit} organizations whose best offering scores highest (ties by
     * organization id, as {@link NeedRanking} orders them), with reasons; reasons are built only for those
     * organizations' offerings, so a wide candidate set costs bare totals, not explanations.
     * {@code NeedRanking.rank(result.matches())} then equals the first {@code organizationLimit} entries of ranking
     * every eligible match.
     */
    public TopMatches bestMatchesOfTopOrganizations(PreparedNeed need, CandidatePool pool, int organizationLimit) {
        if (organizationLimit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + organizationLimit);
        }
        List<Scored> eligible = new ArrayList<>();
        Map<UUID, Scored> bestByOrganization = new HashMap<>();
        scan(new PreparedNeed[] {need}, pool, (k, c, t) -> {
            Scored scored = new Scored(t, c);
            eligible.add(scored);
            bestByOrganization.merge(c.organization().id(), scored, MatchScorer::better);
        });
        List<Map.Entry<UUID, Scored>> organizations = new ArrayList<>(bestByOrganization.entrySet());
        organizations.sort(Comparator.comparingDouble((Map.Entry<UUID, Scored> e) -> e.getValue().total()).reversed()
                .thenComparing(Map.Entry::getKey));
        Set<UUID> top = new java.util.HashSet<>();
        for (int i = 0; i < organizations.size() && i < organizationLimit; i++) {
            top.add(organizations.get(i).getKey());
        }
        List<MatchResult> out = new ArrayList<>();
        for (Scored s : eligible) {
            if (top.contains(s.candidate().organization().id())) {
                score(need, s.candidate()).ifPresent(out::add);
            }
        }
        return new TopMatches(List.copyOf(out), bestByOrganization.size());
    }

    /**
     * @param matches               the explained matches of the top organizations
     * @param eligibleOrganizations how many organizations have at least one eligible offering
     */
    public record TopMatches(List<MatchResult> matches, int eligibleOrganizations) {
    }

    /** {@link #bestMatches(PreparedNeed, CandidatePool, int)} for a plain collection (builds a pool each call). */
    public List<MatchResult> bestMatches(PreparedNeed need, Collection<MatchCandidate> candidates, int limit) {
        return bestMatches(need, CandidatePool.of(candidates), limit);
    }

    /**
     * For several needs at once (typically all open needs of one school, or all open needs in the district against
     * one organization's offerings): for every need and every organization with an eligible offering, the match of
     * that organization's best offering for the need (ties: lower offering id). This is exactly what
     * {@link SchoolRanking} and {@link OpportunityRanking} consume, and reasons are built only for these winners.
     *
     * @return results ordered by need (in the given order), then total descending, then offering id
     */
    public List<MatchResult> bestPerOrganization(List<PreparedNeed> needs, CandidatePool pool) {
        PreparedNeed[] ns = needs.toArray(new PreparedNeed[0]);
        List<Map<UUID, Scored>> best = bestOfEachOrganization(ns, pool);
        List<MatchResult> out = new ArrayList<>();
        for (int i = 0; i < ns.length; i++) {
            List<Scored> winners = new ArrayList<>(best.get(i).values());
            winners.sort(BEST_SCORED_FIRST);
            for (Scored w : winners) {
                score(ns[i], w.candidate()).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** Per need (in the given order), each organization's best eligible offering as a bare total (ties: lower offering id). */
    private List<Map<UUID, Scored>> bestOfEachOrganization(PreparedNeed[] needs, CandidatePool pool) {
        List<Map<UUID, Scored>> best = new ArrayList<>(needs.length);
        for (int i = 0; i < needs.length; i++) {
            best.add(new HashMap<>());
        }
        scan(needs, pool, (k, c, t) -> best.get(k).merge(c.organization().id(), new Scored(t, c), MatchScorer::better));
        return best;
    }

    /**
     * The first {@code limit} schools of {@link OpportunityRanking#rank} over {@link #bestPerOrganization} of these
     * needs against one organization's candidates — the same opportunities in the same order, with the same matches —
     * but reasons are built only for the needs of the schools returned: every need's winner is ranked on its bare
     * total first (equal to its explained total to the last bit), and only the returned ones are explained.
     */
    public List<OpportunityRanking.Opportunity> rankOpportunities(List<PreparedNeed> needs, CandidatePool pool,
                                                                  Map<UUID, SchoolProfile> schools, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        PreparedNeed[] ns = needs.toArray(new PreparedNeed[0]);
        List<Map<UUID, Scored>> best = bestOfEachOrganization(ns, pool);
        Map<MatchResult, PreparedNeed> needOf = new IdentityHashMap<>();
        Map<MatchResult, MatchCandidate> candidateOf = new IdentityHashMap<>();
        List<MatchResult> bare = new ArrayList<>();
        for (int i = 0; i < ns.length; i++) {
            NeedProfile need = ns[i].need();
            for (Scored w : best.get(i).values()) {
                OfferingProfile offering = w.candidate().offering();
                MatchResult result = new MatchResult(need.id(), need.schoolId(), offering.id(),
                        offering.organizationId(), w.total(), List.of(), List.of(), List.of());
                bare.add(result);
                needOf.put(result, ns[i]);
                candidateOf.put(result, w.candidate());
            }
        }
        List<OpportunityRanking.Opportunity> ranked = OpportunityRanking.rank(bare, schools);
        List<OpportunityRanking.Opportunity> out = new ArrayList<>(Math.min(limit, ranked.size()));
        for (OpportunityRanking.Opportunity o : ranked.subList(0, Math.min(limit, ranked.size()))) {
            List<MatchResult> explained = new ArrayList<>(o.needs().size());
            for (MatchResult r : o.needs()) {
                explained.add(score(needOf.get(r), candidateOf.get(r)).orElseThrow());
            }
            out.add(new OpportunityRanking.Opportunity(o.schoolId(), o.needIndex(), o.fitScore(), o.score(), explained));
        }
        return List.copyOf(out);
    }

    /**
     * The first {@code limit} organizations of {@link SchoolRanking#rank} over all of a school's open needs — the same
     * entries in the same order as ranking {@link #bestPerOrganization} of every category's needs against its pool —
     * but reasons are built only for the organizations returned. Organizations are ranked on allocation-free totals
     * (summed in need-id order, exactly as {@link SchoolRanking} sums them), kept in a bounded heap, and only the
     * winners' best matches are explained.
     *
     * @param openNeeds every open need of the school, prepared by this scorer (the ranking's denominator)
     * @param poolFor   the candidate pool for a need category
     */
    public List<SchoolRanking.Entry> rankForSchool(List<PreparedNeed> openNeeds,
            Function<String, CandidatePool> poolFor, int limit) {
        return explain(shortlistForSchool(openNeeds, poolFor, limit));
    }

    /** The scoring half of {@link #rankForSchool}: which organizations it returns, and their best offerings. */
    public SchoolShortlist shortlistForSchool(List<PreparedNeed> openNeeds,
            Function<String, CandidatePool> poolFor, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        int m = openNeeds.size();
        // needs in id order: the order SchoolRanking sums in, so the totals here equal its scores bit for bit
        PreparedNeed[] byId = openNeeds.toArray(new PreparedNeed[0]);
        Arrays.sort(byId, Comparator.comparing(n -> n.need().id()));
        Map<UUID, Integer> position = new HashMap<>();
        for (int k = 0; k < m; k++) {
            position.putIfAbsent(byId[k].need().id(), k);
        }
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        for (int k = 0; k < m; k++) {
            if (position.get(byId[k].need().id()) == k) { // a need listed twice counts once, as in SchoolRanking
                byCategory.computeIfAbsent(byId[k].need().categoryCode(), c -> new ArrayList<>()).add(k);
            }
        }
        // organization → its best offering for each need (by position), ties to the lower offering id
        Map<UUID, Scored[]> best = new HashMap<>();
        for (Map.Entry<String, List<Integer>> group : byCategory.entrySet()) {
            List<Integer> positions = group.getValue();
            PreparedNeed[] needs = new PreparedNeed[positions.size()];
            for (int j = 0; j < needs.length; j++) {
                needs[j] = byId[positions.get(j)];
            }
            scan(needs, poolFor.apply(group.getKey()), (j, c, t) -> {
                Scored[] perNeed = best.computeIfAbsent(c.organization().id(), id -> new Scored[m]);
                int k = positions.get(j);
                Scored current = perNeed[k];
                if (current == null || t > current.total()
                        || (t == current.total() && c.offering().id().compareTo(current.candidate().offering().id()) < 0)) {
                    perNeed[k] = new Scored(t, c);
                }
            });
        }
        double denominator = 0;
        for (int k = 0; k < m; k++) {
            if (position.get(byId[k].need().id()) == k) {
                denominator += byId[k].need().priority().weight();
            }
        }
        List<NeedProfile> profiles = new ArrayList<>(m);
        for (PreparedNeed need : openNeeds) {
            profiles.add(need.need());
        }
        if (denominator <= 0 || limit == 0) {
            return new SchoolShortlist(profiles, List.of());
        }
        record Ranked(UUID organizationId, double score) {
        }
        Comparator<Ranked> bestFirst = Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(Ranked::organizationId);
        PriorityQueue<Ranked> top = new PriorityQueue<>(limit + 1, bestFirst.reversed());
        for (Map.Entry<UUID, Scored[]> org : best.entrySet()) {
            double numerator = 0;
            for (int k = 0; k < m; k++) {
                Scored s = org.getValue()[k];
                if (s != null) {
                    numerator += byId[k].need().priority().weight() * s.total();
                }
            }
            top.add(new Ranked(org.getKey(), Math.min(1.0, numerator / denominator)));
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<SchoolShortlist.Pick> picks = new ArrayList<>();
        for (Ranked r : top) {
            Scored[] perNeed = best.get(r.organizationId());
            for (int k = 0; k < m; k++) {
                if (perNeed[k] != null) {
                    picks.add(new SchoolShortlist.Pick(byId[k], perNeed[k].candidate()));
                }
            }
        }
        return new SchoolShortlist(profiles, picks);
    }

    /** The explaining half of {@link #rankForSchool}: the shortlist's matches with reasons, ranked. */
    public List<SchoolRanking.Entry> explain(SchoolShortlist shortlist) {
        List<MatchResult> results = new ArrayList<>(shortlist.picks().size());
        for (SchoolShortlist.Pick pick : shortlist.picks()) {
            score(pick.need(), pick.candidate()).ifPresent(results::add);
        }
        return SchoolRanking.rank(shortlist.openNeeds(), results);
    }

    /** {@link #bestPerOrganization(List, CandidatePool)} for a plain collection (builds a pool each call). */
    public List<MatchResult> bestPerOrganization(List<PreparedNeed> needs, Collection<MatchCandidate> candidates) {
        return bestPerOrganization(needs, CandidatePool.of(candidates));
    }

    /**
     * How many candidates in the pool may serve the need (pass every hard constraint). Useful for coverage reports
     * ("3 offerings could serve this need"); allocation-free apart from a few small arrays.
     */
    public int eligibleCount(PreparedNeed need, CandidatePool pool) {
        int[] count = new int[1];
        scan(new PreparedNeed[] {need}, pool, (k, c, t) -> count[0]++);
        return count[0];
    }

    /**
     * Every candidate in the pool that may serve the need, with its bare total (no reasons), in pool order: the
     * accelerator's scan for callers that weigh many pairs (allocation, coverage reports). The same candidates and
     * totals as {@link #quickTotal} on each candidate of the pool, at a fraction of the cost.
     */
    public void eligibleTotals(PreparedNeed need, CandidatePool pool, EligibleTotal sink) {
        scan(new PreparedNeed[] {need}, pool, (k, c, t) -> sink.accept(c, t));
    }

    /**
     * {@link #eligibleTotals(PreparedNeed, CandidatePool, EligibleTotal)} for several needs in one pass over the pool:
     * candidate-major, so each candidate is read from memory once for all of them (the pass is memory-bound). Each
     * need's candidates arrive in pool order, with the totals a scan of that need alone gives.
     */
    public void eligibleTotals(PreparedNeed[] needs, CandidatePool pool, EligiblePair sink) {
        scan(needs, pool, sink);
    }

    /** Receives an eligible candidate and its total from {@link #eligibleTotals}. */
    @FunctionalInterface
    public interface EligibleTotal {
        void accept(MatchCandidate candidate, double total);
    }

    /** Receives each eligible (index of the need among those scanned, candidate, total) of a scan of several needs. */
    @FunctionalInterface
    public interface EligiblePair {
        void accept(int needIndex, MatchCandidate candidate, double total);
    }

    /**
     * The hot loop. Candidate-major, so each candidate is read from memory once per request; the open flag, grade
     * range and category bits come from the pool's primitive arrays, and only pairs that pass them reach the full
     * constraint check and the factors. No allocation except in the sink.
     */
    private void scan(PreparedNeed[] needs, CandidatePool pool, EligiblePair sink) {
        int m = needs.length;
        int[] lows = new int[m];
        int[] highs = new int[m];
        long[] bits = new long[m];
        for (int k = 0; k < m; k++) {
            requireSameTaxonomy(needs[k]);
            lows[k] = needs[k].gradeLow();
            highs[k] = needs[k].gradeHigh();
            bits[k] = needs[k].matchBits();
        }
        int n = pool.size();
        for (int i = 0; i < n; i++) {
            if (!pool.open(i)) {
                continue;
            }
            for (int k = 0; k < m; k++) {
                if (!pool.mayServe(i, lows[k], highs[k], bits[k])) {
                    continue;
                }
                PreparedNeed need = needs[k];
                // the candidate itself is read only for a need some organization turned down (few are)
                if (need.hasDeclines() && need.declinedBy(pool.candidate(i).organization().id())) {
                    continue;
                }
                CategoryRelation relation = pool.bestRelation(i, need);
                // a sibling fits only with words (or a language) in common: the text factor it is decided by is the
                // one the total adds, so it is looked up once
                double text = Eligibility.textItFitsBy(relation, need, pool.candidate(i));
                if (!Eligibility.categoryFits(relation, need, pool.candidate(i), text)) {
                    continue;
                }
                double km = Double.NaN;
                if (pool.needsPresence(i)) {
                    km = pool.kmTo(i, need);
                    if (!pool.withinRadius(i, km) && !pool.candidate(i).servesRegion(need.regionLower())) {
                        continue;
                    }
                }
                MatchCandidate c = pool.candidate(i);
                sink.accept(k, c, weightedTotal(need, c, relation, km, text));
            }
        }
    }

    private static Scored better(Scored a, Scored b) {
        return BEST_SCORED_FIRST.compare(a, b) <= 0 ? a : b;
    }

    private record Scored(double total, MatchCandidate candidate) {
    }

    /**
     * The accelerator's total: {@code Σ weight × score / Σ weight} with each {@link MatchFactor}'s formula written out
     * (so the JIT inlines every one) in registry order, adding nothing for factors weighted 0 — the same sum in the same
     * order as {@link #score}'s loop over the registry, so both give the same total to the last bit. {@code text}: the
     * text factor's score when the caller has it (NaN: worked out here).
     */
    private double weightedTotal(PreparedNeed n, MatchCandidate c, CategoryRelation relation, double km, double text) {
        double sum = 0;
        sum += term(CATEGORY, relationScore[relation.ordinal()]);
        sum += term(TEXT, Double.isNaN(text) ? FactorFormulas.text(n, c) : text);
        sum += term(GRADES, FactorFormulas.grades(n, c));
        sum += term(LANGUAGES, FactorFormulas.languages(n, c));
        sum += term(TIMING, FactorFormulas.timing(n, c));
        sum += term(DISTANCE, FactorFormulas.distance(c.modality(), km, c.radiusKm()));
        sum += term(COST, FactorFormulas.cost(c.cost(), n.costMattersLess()));
        sum += term(CAPACITY, FactorFormulas.capacity(c.capacityUnit(), c.capacityRemaining(),
                n.need().studentsAffected()));
        sum += term(CULTURAL_FIT, FactorFormulas.culturalFit(n, c));
        sum += term(TRACK_RECORD, c.trackRecordScore());
        sum += term(PRIORITY, n.need().priority().weight());
        sum += term(RESPONSIVENESS, c.responsivenessScore());
        return finish(sum, c);
    }

    /** A factor's weighted score, 0 when the factor is off. */
    private double term(MatchFactor f, double score) {
        double weight = w[f.ordinal()];
        return weight > 0 ? weight * score : 0;
    }

    /** Divides by the weights' sum, clamps to [0, 1] and applies the overdue penalty. */
    private double finish(double weightedSum, MatchCandidate c) {
        double total = weightedSum / weightSum;
        total = total < 0 ? 0 : Math.min(total, 1.0);
        return c.overdue() ? overdue.apply(total) : total;
    }

    private void requireSameTaxonomy(PreparedNeed need) {
        if (need.taxonomy() != taxonomy && !need.taxonomy().equals(taxonomy)) {
            throw new IllegalArgumentException("need was prepared under a different taxonomy than this scorer's");
        }
    }
}
