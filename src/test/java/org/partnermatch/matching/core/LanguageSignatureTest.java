package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.Languages;

/** The candidate's language signatures only skip look-ups: {@code speaks} and {@code shares} say what the flags say. */
class LanguageSignatureTest {

    @Test
    void speaksAndSharesAgreeWithTheFlagsForEveryLanguage() {
        List<String> codes = new ArrayList<>(Languages.codes());
        String[] communities = {"East African", "Somali families", "Latino", "Vietnamese community", "Oromo elders",
                "Black boys", "refugee families", "Spanish-speaking parents"};
        Random random = new Random(42);
        int spoken = 0;
        int shared = 0;
        for (int round = 0; round < 300; round++) {
            Fixtures.Scenario s = Fixtures.scenario();
            s.offering.languages(pick(codes, random, random.nextInt(4)));
            s.organization.staffLanguages(pick(codes, random, random.nextInt(4)));
            s.organization.communities(pick(List.of(communities), random, random.nextInt(3)));
            MatchCandidate c = s.candidate();
            for (String code : codes) {
                long key = Keys.masked(code, MatchCandidate.LANGUAGE_FLAG_BITS);
                long flags = c.languageFlags(key);
                boolean speaks = (flags & (MatchCandidate.OFFERED_IN | MatchCandidate.STAFF_SPEAK)) != 0;
                boolean shares = (flags & (MatchCandidate.STAFF_SPEAK | MatchCandidate.COMMUNITY_NAMED)) != 0;
                assertThat(c.speaks(key)).as("speaks %s in round %d", code, round).isEqualTo(speaks);
                assertThat(c.shares(key)).as("shares %s in round %d", code, round).isEqualTo(shares);
                spoken += speaks ? 1 : 0;
                shared += shares ? 1 : 0;
            }
        }
        // the rounds did meet languages both spoken and shared, not only absent ones
        assertThat(spoken).isGreaterThan(300);
        assertThat(shared).isGreaterThan(300);
    }

    private static String[] pick(List<String> values, Random random, int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(values.get(random.nextInt(values.size())));
        }
        return picked.toArray(String[]::new);
    }
}
