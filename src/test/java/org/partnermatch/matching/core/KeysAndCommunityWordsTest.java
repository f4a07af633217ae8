package org.partnermatch.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.Languages;

class KeysAndCommunityWordsTest {

    @Test
    void knownLanguageCodesHaveDistinctKeysEvenWithFlagBitsMasked() {
        Map<Long, String> seen = new HashMap<>();
        for (String code : Languages.codes()) {
            String other = seen.put(Keys.masked(code, MatchCandidate.LANGUAGE_FLAG_BITS), code);
            assertThat(other).as("key collision between %s and %s", code, other).isNull();
        }
    }

    @Test
    void sortedKeysAreDistinctAndSearchable() {
        long[] keys = Keys.sorted(List.of("so", "es", "so", "am"));
        assertThat(keys).hasSize(3).isSorted();
        assertThat(Keys.contains(keys, Keys.of("es"))).isTrue();
        assertThat(Keys.contains(keys, Keys.of("vi"))).isFalse();
        long[] many = Keys.sorted(List.of("a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8", "i9", "j10"));
        assertThat(Keys.contains(many, Keys.of("i9"))).isTrue();
        assertThat(Keys.contains(many, Keys.of("zz"))).isFalse();
    }

    @Test
    void everyCommunityWordOfALanguageLeadsBackToIt() {
        for (String code : Languages.codes()) {
            for (String word : CommunityWords.forLanguage(code)) {
                assertThat(CommunityWords.languagesNamedBy(Set.of(word))).as(word).contains(code);
            }
        }
        assertThat(CommunityWords.languagesNamedBy(CommunityWords.grams("East African families")))
                .contains("so", "am", "ti", "om", "sw");
    }

    @Test
    void communityPhrasesAreSplitIntoStemmedWordsAndPairs() {
        assertThat(CommunityWords.grams("East African families"))
                .containsExactly("east", "east african", "african", "african family", "family");
    }

    @Test
    void languagesWithComplexNamesAreNotMatchedByName() {
        // "Greek, Modern (1453-)" or similar must not turn the word "modern" into a community word
        assertThat(CommunityWords.languagesNamedBy(Set.of("modern"))).isEmpty();
    }
}
