package org.partnermatch.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.partnermatch.allocation.AllocationProblem.Arc;
import org.partnermatch.matching.core.CandidatePool;
import org.partnermatch.matching.core.MatchCandidate;
import org.partnermatch.matching.core.MatchScorer;
import org.partnermatch.matching.core.MatchWeights;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.OfferingProfile;
import org.partnermatch.matching.core.OrganizationProfile;
import org.partnermatch.matching.core.PreparedNeed;
import org.partnermatch.matching.core.Responsiveness;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.matching.core.Taxonomy;
import org.partnermatch.matching.core.TrackRecord;
import org.partnermatch.vocabulary.CapacityUnit;
import org.partnermatch.vocabulary.Cost;
import org.partnermatch.vocabulary.Leadership;
import org.partnermatch.vocabulary.Modality;
import org.partnermatch.vocabulary.Priority;
import org.partnermatch.vocabulary.Timing;

/**
 * An instance holds, need by need in first-come order and each need's candidates in pool order, exactly the pairs
 * that score at least the minimum when each pair is scored alone ({@link MatchScorer#quickTotal}), although the build
 * scans all of a category's needs in one pass; offerings are numbered as first met in that order; and an instance with
 * more pairs than allowed is refused.
 */
class AllocationBuildTest {

    private static final Taxonomy TAXONOMY = new Taxonomy(
            Map.of("math", "academics", "reading", "academics", "science", "academics", "music", "arts",
                    "visual", "arts"),
            Map.of("academics", "Academics", "math", "Math", "reading", "Reading", "science", "Science",
                    "arts", "Arts", "music", "Music", "visual", "Visual arts"));
    private static final String[] CODES = {"math", "reading", "science", "music", "visual", "academics"};
    private static final String[] WORDS = {"tutoring", "algebra", "reading", "drums", "painting", "mentoring",
            "robotics", "homework", "choir", "literacy"};

    @Test
    void holdsWhatScoringEachPairAloneGivesInNeedThenPoolOrder() {
        Random random = new Random(7);
        MatchScorer scorer = new MatchScorer(MatchWeights.defaults(), TAXONOMY);
        for (int round = 0; round < 20; round++) {
            Map<UUID, SchoolProfile> schools = new LinkedHashMap<>();
            for (int k = 0; k < 4; k++) {
                SchoolProfile school = school(random);
                schools.put(school.id(), school);
            }
            List<UUID> schoolIds = new ArrayList<>(schools.keySet());
            schoolIds.add(UUID.randomUUID()); // a need whose school is not known: left out
            List<NeedProfile> needs = new ArrayList<>();
            for (int n = 0; n < 18; n++) {
                needs.add(need(random, schoolIds.get(random.nextInt(schoolIds.size()))));
            }
            List<MatchCandidate> candidates = candidates(random);
            Map<String, CandidatePool> pools = new LinkedHashMap<>();
            Function<String, CandidatePool> poolFor = code -> pools.computeIfAbsent(code, c -> pool(c, candidates));
            double minScore = 0.2 + random.nextDouble() * 0.3;

            List<String> expected = new ArrayList<>();
            List<UUID> firstMet = new ArrayList<>();
            for (NeedProfile need : needs) {
                SchoolProfile school = schools.get(need.schoolId());
                if (school == null || need.studentsAffected() <= 0) {
                    continue;
                }
                PreparedNeed prepared = scorer.prepare(need, school);
                for (MatchCandidate c : poolFor.apply(need.categoryCode()).candidates()) {
                    double q = scorer.quickTotal(prepared, c);
                    if (q >= 0 && q >= minScore) {
                        expected.add(need.id() + " " + c.offering().id() + " " + q);
                        if (!firstMet.contains(c.offering().id())) {
                            firstMet.add(c.offering().id());
                        }
                    }
                }
            }

            AllocationProblem.Built built = AllocationProblem.build(needs, schools, poolFor, scorer, minScore,
                    Integer.MAX_VALUE, false);
            AllocationProblem problem = built.problem();
            List<String> actual = new ArrayList<>();
            for (Arc arc : problem.arcs()) {
                actual.add(problem.demands().get(arc.demand()).needId() + " "
                        + problem.supplies().get(arc.supply()).offeringId() + " " + arc.quality());
            }
            assertThat(expected).as("round %d: pairs at all", round).hasSizeGreaterThan(10);
            assertThat(actual).as("round %d", round).containsExactlyElementsOf(expected);
            assertThat(problem.supplies().stream().map(AllocationProblem.Supply::offeringId).toList())
                    .containsExactlyElementsOf(firstMet);
            assertThat(built.eligiblePairs()).isEqualTo(expected.size());

            int pairs = expected.size();
            assertThat(AllocationProblem.build(needs, schools, poolFor, scorer, minScore, pairs, false).eligiblePairs())
                    .isEqualTo(pairs);
            assertThatThrownBy(() -> AllocationProblem.build(needs, schools, poolFor, scorer, minScore, pairs - 1,
                    false)).isInstanceOf(AllocationProblem.TooLarge.class);
        }
    }

    private static CandidatePool pool(String code, List<MatchCandidate> candidates) {
        Set<MatchCandidate> result = new LinkedHashSet<>();
        for (String related : TAXONOMY.matchingCodes(code).keySet()) {
            candidates.stream().filter(c -> c.offering().categories().contains(related)).forEach(result::add);
        }
        return CandidatePool.of(result);
    }

    private static SchoolProfile school(Random random) {
        return new SchoolProfile(UUID.randomUUID(), "School", 47.55 + random.nextDouble() * 0.1,
                -122.3 + random.nextDouble() * 0.1, "Southeast", random.nextBoolean(), random.nextDouble() * 90,
                random.nextDouble() * 45, Set.of("en", "so"), 1 + random.nextInt(5), random.nextDouble() * 100);
    }

    private static NeedProfile need(Random random, UUID schoolId) {
        int low = random.nextInt(10);
        return new NeedProfile(UUID.randomUUID(), schoolId, CODES[random.nextInt(CODES.length - 1)],
                words(random, 2), words(random, 4), low, low + random.nextInt(4), random.nextInt(6) == 0 ? 0
                : 5 + random.nextInt(60), Priority.values()[random.nextInt(Priority.values().length)],
                Set.of(Timing.after_school), random.nextBoolean() ? Set.of("so") : Set.of());
    }

    private static List<MatchCandidate> candidates(Random random) {
        List<OrganizationProfile> organizations = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            organizations.add(new OrganizationProfile(UUID.randomUUID(), "Organization " + k, words(random, 5),
                    47.55 + random.nextDouble() * 0.1, -122.3 + random.nextDouble() * 0.1, 5.0 + random.nextInt(20),
                    Set.of("southeast"), Set.of("en", random.nextBoolean() ? "so" : "es"), Set.of("East African"),
                    random.nextBoolean() ? Set.of(Leadership.black_led) : Set.of(), true, TrackRecord.none(),
                    Responsiveness.none()));
        }
        List<MatchCandidate> candidates = new ArrayList<>();
        for (int k = 0; k < 80; k++) {
            OrganizationProfile organization = organizations.get(random.nextInt(organizations.size()));
            int low = random.nextInt(10);
            Set<String> categories = new LinkedHashSet<>();
            categories.add(CODES[random.nextInt(CODES.length)]);
            if (random.nextInt(3) == 0) {
                categories.add(CODES[random.nextInt(CODES.length)]);
            }
            OfferingProfile offering = new OfferingProfile(UUID.randomUUID(), organization.id(), words(random, 2),
                    words(random, 6), categories, low, Math.min(12, low + random.nextInt(6)), Set.of(Timing.after_school),
                    Modality.values()[random.nextInt(Modality.values().length)], Set.of("en"),
                    Cost.values()[random.nextInt(Cost.values().length)],
                    random.nextInt(5) == 0 ? CapacityUnit.schools : CapacityUnit.students, 1 + random.nextInt(50),
                    true, null);
            candidates.add(MatchCandidate.of(offering, organization));
        }
        return candidates;
    }

    private static String words(Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
