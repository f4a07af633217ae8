package org.partnermatch.matching.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.DistanceUnit;
import org.partnermatch.vocabulary.Grades;
import org.partnermatch.vocabulary.Modality;

/**
 * Scores how well an offering fits a school's need. Pure: no I/O, no shared mutable state, thread-safe.
 *
 * <h2>Hard constraints</h2>
 * An offering is a candidate only when all hold (checked in this order, cheapest first; see {@link Eligibility}):
 * the organization is approved; the offering is active; it has capacity left (&gt; 0); the organization has not
 * declined or cancelled a request for this need recently ({@link NeedProfile#declinedBy()}); its grades overlap the
 * need's; one of its categories is the need's category, its parent or child, or a sibling (another child of its
 * parent) with common ground (see {@link #categoryFits}; unrelated categories never match); and, for
 * in-person or hybrid delivery, the school lies in the organization's service area: within
 * {@code serviceRadiusKm} of its location (haversine), or in one of its service regions. An organization with
 * neither radius nor regions serves nowhere in person.
 *
 * <h2>Soft factors (each 0..1)</h2>
 * <dl>
 *   <dt>category</dt><dd>exact 1.0, parent or child 0.5, sibling 0.25 (configurable, see {@link CategoryScores})</dd>
 *   <dt>text</dt><dd>the need's key words (title words count double) found in the offering's name (credit 1.0),
 *       its description (0.8), or the organization's description or communities served (0.6), as a weighted share
 *       of all key words; 0.5 when the need has no key words. See {@link Terms} for tokenising and stemming.</dd>
 *   <dt>grades</dt><dd>share of the need's grades the offering covers</dd>
 *   <dt>languages</dt><dd>share of the requested languages the offering is given in or its staff speak; 1.0 when
 *       none are requested</dd>
 *   <dt>timing</dt><dd>share of the requested times the offering runs at; 1.0 when the need says any time; 0.5
 *       when the offering lists no times (flexible)</dd>
 *   <dt>distance</dt><dd>virtual 1.0; in person {@code max(0.1, 1 − km / radius)}, i.e. 1 at 0 km, 0.5 at half the
 *       radius, at least 0.1 anywhere in the service area (a region-only organization is measured against a
 *       {@value #DEFAULT_REFERENCE_KM} km reference radius; 0.5 when it has no location); hybrid is half virtual:
 *       {@code 0.5 + 0.5 × in-person score}</dd>
 *   <dt>cost</dt><dd>free 1.0, sliding scale 0.7, fee 0.3; at a school known not to be Title I and known to have FRL
 *       under {@value #COST_RELIEF_FRL_BELOW}% cost is less of a barrier, so the score moves halfway to 1 (0.85,
 *       0.65); unknown figures never earn that relief</dd>
 *   <dt>capacity</dt><dd>students: {@code min(1, capacityRemaining / studentsAffected)} (1.0 when the need counts no
 *       students); schools: 1.0 (eligibility already demands one place left)</dd>
 *   <dt>cultural_fit</dt><dd>base = share of the school's home languages other than English that the staff speak
 *       or whose community the organization names among communities served (Somali ↔ "Somali", "East African";
 *       see the curated list in CommunityWords), 0.5 when the school lists none; then a leadership bonus b moves it
 *       towards 1: {@code fit = base + (1 − base) × b}, with b = 0.1 + 0.3 × needIndex / 100 for Black-, BIPOC-,
 *       immigrant/refugee-, Latinx-, Native- or Asian/Pacific Islander-led organizations (so it counts more at
 *       high-need schools), 0.1 for other self-declared leadership, 0 otherwise</dd>
 *   <dt>track_record</dt><dd>Bayesian average of ratings, see {@link TrackRecord#score()}; unrated 0.625</dd>
 *   <dt>priority</dt><dd>{@link org.partnermatch.vocabulary.Priority#weight()} of the need</dd>
 *   <dt>responsiveness</dt><dd>mean of the smoothed acceptance rate and the answer speed, see
 *       {@link Responsiveness#score()}; no requests yet 0.65</dd>
 * </dl>
 * The total is {@code Σ weight × score / Σ weight}, in [0, 1]; see {@link MatchWeights} for the defaults. An
 * {@linkplain MatchCandidate#overdue() overdue} listing's total is then lowered by the {@link OverduePenalty} (never
 * below 0), and its reasons open with the date it was last confirmed.
 */
public final class MatchScorer {

    /** What {@link #quickTotal} returns for an offering that breaks a hard constraint. */
    public static final double INELIGIBLE = -1.0;

    /** Below this FRL percent (and without Title I) cost weighs less. */
    static final double COST_RELIEF_FRL_BELOW = 40.0;
    static final double FREE_SCORE = 1.0;
    static final double SLIDING_SCALE_SCORE = 0.7;
    static final double FEE_SCORE = 0.3;
    static final double FLEXIBLE_TIMING_SCORE = 0.5;
    static final double NO_KEY_WORDS_SCORE = 0.5;
    static final double UNKNOWN_DISTANCE_SCORE = 0.5;
    static final double DISTANCE_FLOOR = 0.1;
    /** Radius against which distance is judged for an organization that serves by region only. */
    static final double DEFAULT_REFERENCE_KM = 15.0;
    static final double NEUTRAL_CULTURAL_BASE = 0.5;
    static final double LEADERSHIP_BONUS = 0.1;
    static final double COMMUNITY_LEADERSHIP_EQUITY_BONUS = 0.3;

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
        Eligibility basic = basicChecks(need, candidate);
        if (basic != Eligibility.ELIGIBLE) {
            return basic;
        }
        if (!categoryFits(bestRelation(need, candidate), need, candidate)) {
            return Eligibility.CATEGORY_MISMATCH;
        }
        if (candidate.modality().needsPresence() && !inServiceArea(need, candidate, kmBetween(need, candidate))) {
            return Eligibility.OUTSIDE_SERVICE_AREA;
        }
        return Eligibility.ELIGIBLE;
    }

    private static Eligibility basicChecks(PreparedNeed n, MatchCandidate c) {
        if (!c.open()) {
            if (!c.approved()) {
                return Eligibility.ORGANIZATION_NOT_APPROVED;
            }
            return c.active() ? Eligibility.NO_CAPACITY : Eligibility.OFFERING_INACTIVE;
        }
        if (n.declinedBy(c.organization().id())) {
            return Eligibility.DECLINED_RECENTLY;
        }
        if (c.gradeLow() > n.gradeHigh() || c.gradeHigh() < n.gradeLow()) {
            return Eligibility.GRADES_DISJOINT;
        }
        return Eligibility.ELIGIBLE;
    }

    /**
     * Whether the category relation lets the offering serve the need: exact, parent or child always; a sibling only
     * with common ground — one of the need's key words, a requested language other than English that the offering
     * is given in or its staff speak, or a school home language its staff speak or whose community it serves. A
     * sibling with nothing specific in common is noise to a principal (and would multiply the candidates scored).
     */
    static boolean categoryFits(CategoryRelation relation, PreparedNeed n, MatchCandidate c) {
        return switch (relation) {
            case EXACT, PARENT_OR_CHILD -> true;
            case SIBLING -> commonGround(n, c);
            case NONE -> false;
        };
    }

    static boolean commonGround(PreparedNeed n, MatchCandidate c) {
        if ((c.termSignature() & n.termSignature()) != 0 && textScore(n, c) > 0) {
            return true;
        }
        for (long lang : n.otherLanguageKeys()) {
            if ((c.languageFlags(lang) & (MatchCandidate.OFFERED_IN | MatchCandidate.STAFF_SPEAK)) != 0) {
                return true;
            }
        }
        for (long lang : n.homeLanguageKeys()) {
            if ((c.languageFlags(lang) & (MatchCandidate.STAFF_SPEAK | MatchCandidate.COMMUNITY_NAMED)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The best relation between the need's category and any of the offering's. Allocation-free. */
    static CategoryRelation bestRelation(PreparedNeed n, MatchCandidate c) {
        if ((c.categoryBits() & n.matchBits()) == 0) {
            return CategoryRelation.NONE; // no category shares even a bit: the common case, decided in one AND
        }
        CategoryRelation best = CategoryRelation.NONE;
        String[] categories = c.categoryArray();
        int[] hashes = c.categoryHashes();
        for (int i = 0; i < categories.length; i++) {
            CategoryRelation r = n.categoryRelation(categories[i], hashes[i]);
            if (r == CategoryRelation.EXACT) {
                return r;
            }
            if (r.betterThan(best)) {
                best = r;
            }
        }
        return best;
    }

    /** Distance from the organization to the school in km, NaN when the organization has no location. */
    static double kmBetween(PreparedNeed n, MatchCandidate c) {
        if (!c.hasLocation()) {
            return Double.NaN;
        }
        return Haversine.kmRadians(c.latRad(), c.lonRad(), c.cosLat(), n.latRad(), n.lonRad(), n.cosLat());
    }

    static boolean inServiceArea(PreparedNeed n, MatchCandidate c, double km) {
        return c.servesRegion(n.regionLower()) || (c.radiusKm() > 0 && km <= c.radiusKm());
    }

    // ---------------------------------------------------------------------------------------------------- scoring

    /**
     * The total score (0..1) of a candidate for a need, or {@link #INELIGIBLE} (−1) when a hard constraint fails.
     * Allocation-free, for the hot loop; equal to {@code score(need, candidate).get().total()} when eligible.
     */
    public double quickTotal(PreparedNeed need, MatchCandidate candidate) {
        requireSameTaxonomy(need);
        return totalIfEligible(need, candidate);
    }

    private double totalIfEligible(PreparedNeed need, MatchCandidate candidate) {
        if (basicChecks(need, candidate) != Eligibility.ELIGIBLE) {
            return INELIGIBLE;
        }
        CategoryRelation relation = bestRelation(need, candidate);
        if (!categoryFits(relation, need, candidate)) {
            return INELIGIBLE;
        }
        double km = Double.NaN;
        if (candidate.modality().needsPresence()) {
            km = kmBetween(need, candidate);
            if (!inServiceArea(need, candidate, km)) {
                return INELIGIBLE;
            }
        }
        return weightedTotal(need, candidate, relation, km);
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
        CategoryRelation relation = bestRelation(need, candidate);
        double km = candidate.modality().needsPresence() ? kmBetween(need, candidate) : Double.NaN;
        double total = weightedTotal(need, candidate, relation, km);

        List<FactorScore> factors = new ArrayList<>(allFactors.length);
        for (MatchFactor f : allFactors) {
            double s = factorScore(f, need, candidate, relation, km);
            factors.add(new FactorScore(f, s, w[f.ordinal()], Reasons.explain(f, need, candidate, km, distanceUnit)));
        }
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
        List<Map<UUID, Scored>> best = new ArrayList<>(ns.length);
        for (int i = 0; i < ns.length; i++) {
            best.add(new HashMap<>());
        }
        scan(ns, pool, (k, c, t) -> best.get(k).merge(c.organization().id(), new Scored(t, c), MatchScorer::better));
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

    /** Receives each eligible (need index, candidate, total) found by {@link #scan}. */
    @FunctionalInterface
    private interface EligiblePair {
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
                if (need.declinedBy(pool.candidate(i).organization().id())) {
                    continue;
                }
                CategoryRelation relation = pool.bestRelation(i, need);
                if (!categoryFits(relation, need, pool.candidate(i))) {
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
                sink.accept(k, c, weightedTotal(need, c, relation, km));
            }
        }
    }

    private static Scored better(Scored a, Scored b) {
        return BEST_SCORED_FIRST.compare(a, b) <= 0 ? a : b;
    }

    private record Scored(double total, MatchCandidate candidate) {
    }

    /**
     * Σ weight × score / Σ weight, factor by factor in {@link MatchFactor} order, skipping factors weighted 0. Written
     * out rather than looped over {@link #factorScore} so the JIT can inline every factor; the order and the
     * skipping match the loop exactly, so the explained factors add up to the same total.
     */
    private double weightedTotal(PreparedNeed n, MatchCandidate c, CategoryRelation relation, double km) {
        double sum = 0;
        if (w[0] > 0) {
            sum += w[0] * relationScore[relation.ordinal()];
        }
        if (w[1] > 0) {
            sum += w[1] * textScore(n, c);
        }
        if (w[2] > 0) {
            sum += w[2] * gradeScore(n, c);
        }
        if (w[3] > 0) {
            sum += w[3] * languageScore(n, c);
        }
        if (w[4] > 0) {
            sum += w[4] * timingScore(n, c);
        }
        if (w[5] > 0) {
            sum += w[5] * distanceScore(c.modality(), km, c.radiusKm());
        }
        if (w[6] > 0) {
            sum += w[6] * costScore(c.cost(), n.costMattersLess());
        }
        if (w[7] > 0) {
            sum += w[7] * capacityScore(c.capacityUnit(), c.capacityRemaining(), n.need().studentsAffected());
        }
        if (w[8] > 0) {
            sum += w[8] * culturalFitScore(n, c);
        }
        if (w[9] > 0) {
            sum += w[9] * c.trackRecordScore();
        }
        if (w[10] > 0) {
            sum += w[10] * n.need().priority().weight();
        }
        if (w[11] > 0) {
            sum += w[11] * c.responsivenessScore();
        }
        double total = sum / weightSum;
        total = total < 0 ? 0 : Math.min(total, 1.0);
        return c.overdue() ? overdue.apply(total) : total;
    }

    private double factorScore(MatchFactor f, PreparedNeed n, MatchCandidate c, CategoryRelation relation,
            double km) {
        return switch (f) {
            case CATEGORY -> relationScore[relation.ordinal()];
            case TEXT -> textScore(n, c);
            case GRADES -> gradeScore(n, c);
            case LANGUAGES -> languageScore(n, c);
            case TIMING -> timingScore(n, c);
            case DISTANCE -> distanceScore(c.modality(), km, c.radiusKm());
            case COST -> costScore(c.cost(), n.costMattersLess());
            case CAPACITY -> capacityScore(c.capacityUnit(), c.capacityRemaining(), n.need().studentsAffected());
            case CULTURAL_FIT -> culturalFitScore(n, c);
            case TRACK_RECORD -> c.trackRecordScore();
            case PRIORITY -> n.need().priority().weight();
            case RESPONSIVENESS -> c.responsivenessScore();
        };
    }

    // -------------------------------------------------------------------------------------------- factor formulas

    static double textScore(PreparedNeed n, MatchCandidate c) {
        double total = n.termWeightSum();
        if (total <= 0) {
            return NO_KEY_WORDS_SCORE;
        }
        long signature = c.termSignature();
        if ((signature & n.termSignature()) == 0) {
            return 0.0; // none of the need's words can be among the candidate's: the usual case, one AND
        }
        // each need word whose signature bit the candidate has is looked up in its sorted entries, summed in key
        // order (the order the explained text factor sums in, so both give the same total)
        long[] needKeys = n.termKeys();
        long[] bits = n.termKeyBits();
        double[] weights = n.termKeyWeights();
        long[] entries = c.terms();
        long keyMask = -(1L << MatchCandidate.TERM_FLAG_BITS);
        double found = 0;
        for (int i = 0; i < needKeys.length; i++) {
            if ((signature & bits[i]) == 0) {
                continue;
            }
            int at = firstAtLeast(entries, needKeys[i]);
            if (at < entries.length && (entries[at] & keyMask) == needKeys[i]) {
                found += weights[i] * MatchCandidate.credit(entries[at]);
            }
        }
        return Math.min(1.0, found / total);
    }

    /**
     * Index of the first entry ≥ key in a sorted array (its length when none). An entry is a key with flag bits in
     * its low bits, so the entry for a (masked) key, if any, is the first one at or above it.
     */
    private static int firstAtLeast(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static double gradeScore(PreparedNeed n, MatchCandidate c) {
        int covered = Grades.overlap(n.gradeLow(), n.gradeHigh(), c.gradeLow(), c.gradeHigh());
        return (double) covered / n.gradeCount();
    }

    static double languageScore(PreparedNeed n, MatchCandidate c) {
        long[] requested = n.languageKeys();
        if (requested.length == 0) {
            return 1.0;
        }
        int spoken = 0;
        for (long lang : requested) {
            if ((c.languageFlags(lang) & (MatchCandidate.OFFERED_IN | MatchCandidate.STAFF_SPEAK)) != 0) {
                spoken++;
            }
        }
        return (double) spoken / requested.length;
    }

    static double timingScore(PreparedNeed n, MatchCandidate c) {
        if (n.timingCount() == 0) {
            return 1.0;
        }
        if (c.timingCount() == 0) {
            return FLEXIBLE_TIMING_SCORE;
        }
        return (double) Integer.bitCount(n.timingMask() & c.timingMask()) / n.timingCount();
    }

    /**
     * @param km       distance in km, NaN when unknown
     * @param radiusKm the organization's service radius, 0 when it has none
     */
    static double distanceScore(Modality modality, double km, double radiusKm) {
        if (modality == Modality.virtual) {
            return 1.0;
        }
        double inPerson;
        if (Double.isNaN(km)) {
            inPerson = UNKNOWN_DISTANCE_SCORE;
        } else {
            double reference = radiusKm > 0 ? radiusKm : DEFAULT_REFERENCE_KM;
            inPerson = Math.max(DISTANCE_FLOOR, Math.min(1.0, 1.0 - km / reference));
        }
        return modality == Modality.hybrid ? 0.5 + 0.5 * inPerson : inPerson;
    }

    static double baseCostScore(Cost cost) {
        return switch (cost) {
            case free -> FREE_SCORE;
            case sliding_scale -> SLIDING_SCALE_SCORE;
            case fee -> FEE_SCORE;
        };
    }

    static double costScore(Cost cost, boolean costMattersLess) {
        double base = baseCostScore(cost);
        return costMattersLess ? base + (1.0 - base) / 2.0 : base;
    }

    static double capacityScore(CapacityUnit unit, int remaining, int studentsAffected) {
        if (remaining <= 0) {
            return 0.0;
        }
        if (unit == CapacityUnit.schools || studentsAffected <= 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) remaining / studentsAffected);
    }

    static double culturalFitScore(PreparedNeed n, MatchCandidate c) {
        long[] home = n.homeLanguageKeys();
        double base;
        if (home.length == 0) {
            base = NEUTRAL_CULTURAL_BASE;
        } else {
            int shared = 0;
            for (long lang : home) {
                if ((c.languageFlags(lang) & (MatchCandidate.STAFF_SPEAK | MatchCandidate.COMMUNITY_NAMED)) != 0) {
                    shared++;
                }
            }
            base = (double) shared / home.length;
        }
        double bonus = leadershipBonus(c, n.needIndex());
        return Math.min(1.0, base + (1.0 - base) * bonus);
    }

    static double leadershipBonus(MatchCandidate c, double needIndex) {
        if (c.communityLed()) {
            return LEADERSHIP_BONUS + COMMUNITY_LEADERSHIP_EQUITY_BONUS * needIndex / 100.0;
        }
        return c.anyLeadership() ? LEADERSHIP_BONUS : 0.0;
    }

    private void requireSameTaxonomy(PreparedNeed need) {
        if (need.taxonomy() != taxonomy && !need.taxonomy().equals(taxonomy)) {
            throw new IllegalArgumentException("need was prepared under a different taxonomy than this scorer's");
        }
    }
}
