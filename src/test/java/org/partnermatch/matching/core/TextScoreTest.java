package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The text factor's hot path (signature bits, then a galloping search per need word from the one before it) against
 * the plain definition: every need key word looked up in the candidate's texts, its weight times the credit of the
 * best place it appears, summed in key order, over the need's total word weight.
 */
class TextScoreTest {

    /** A vocabulary big enough that signatures fill up and most lookups miss, small enough that many hit. */
    private static final List<String> VOCABULARY = vocabulary();

    private static List<String> vocabulary() {
        List<String> words = new java.util.ArrayList<>(List.of("math", "tutoring", "reading", "Black", "male",
                "mentors", "families", "Somali", "newcomer", "algebra", "art", "music", "refugee", "students",
                "science", "robotics", "soccer", "counseling", "literacy", "writing"));
        for (int i = 0; i < 300; i++) {
            words.add("word" + Integer.toString(i * 7919, 36));
        }
        return List.copyOf(words);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(60).map(words -> String.join(" ", words));
    }

    @Property(tries = 2000)
    void firstAtLeastIsTheFirstIndexAtOrAboveTheKey(@ForAll("sortedKeys") long[] sorted, @ForAll long probe,
            @ForAll boolean present, @ForAll @IntRange(min = 0, max = 100) int fromShare) {
        long key = present && sorted.length > 0 ? sorted[(int) Math.floorMod(probe, (long) sorted.length)] : probe;
        int expected = 0;
        while (expected < sorted.length && sorted[expected] < key) {
            expected++;
        }
        // the search may start anywhere the entries before it are below the key
        int from = expected * fromShare / 100;
        assertThat(FactorFormulas.firstAtLeast(sorted, from, key)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<long[]> sortedKeys() {
        // the whole long range (keys are hashes; jqwik adds its extremes), and a narrow one for duplicates
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-3, 3)).array(long[].class)
                .ofMaxSize(70).map(a -> {
                    java.util.Arrays.sort(a);
                    return a;
                });
    }

    @Property(tries = 1000)
    void equalsLookingUpEveryNeedWord(@ForAll("texts") String title, @ForAll("texts") String needDescription,
            @ForAll("texts") String name, @ForAll("texts") String offeringDescription,
            @ForAll("texts") String organizationDescription) {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.title(title.isBlank() ? "x" : title).description(needDescription);
        s.offering.name(name.isBlank() ? "x" : name).description(offeringDescription);
        s.organization.description(organizationDescription).communities();
        MatchScorer scorer = Fixtures.scorer();
        PreparedNeed need = s.prepared(scorer);
        MatchCandidate candidate = s.candidate();

        assertThat(FactorFormulas.text(need, candidate)).isEqualTo(byDefinition(need, candidate));
    }

    @Test
    void aCandidateSharingNoWordScoresZeroAndOneSharingEveryWordInItsNameScoresOne() {
        Fixtures.Scenario s = Fixtures.scenario();
        s.need.title("robotics club").description(null);
        s.offering.name("Soccer league").description("Weekend soccer for all ages");
        s.organization.description("Sports for youth").communities();
        MatchScorer scorer = Fixtures.scorer();
        assertThat(FactorFormulas.text(s.prepared(scorer), s.candidate())).isZero();

        s.offering.name("Robotics club");
        assertThat(FactorFormulas.text(s.prepared(scorer), s.candidate())).isEqualTo(1.0);
    }

    private static double byDefinition(PreparedNeed need, MatchCandidate candidate) {
        double total = need.termWeightSum();
        if (total <= 0) {
            return FactorFormulas.NO_KEY_WORDS_SCORE;
        }
        double found = 0;
        long[] keys = need.termKeys();
        double[] weights = need.termKeyWeights();
        for (int i = 0; i < keys.length; i++) {
            found += weights[i] * candidate.termCredit(keys[i]);
        }
        return Math.min(1.0, found / total);
    }
}
