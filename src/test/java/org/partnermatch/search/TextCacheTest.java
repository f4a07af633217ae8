package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text cache keeps a generation's texts within its bounds on texts and on hits, and forgets them with it. */
class TextCacheTest {

    /** A text's "hits": its length. */
    private static TextCache<String> cache(int maxEntries, long maxHits) {
        return new TextCache<>(maxEntries, maxHits, String::length);
    }

    /** A cache in generation 1 with the texts "a", "b", ... put in turn, each having found what is given. */
    private static TextCache<String> filled(int maxEntries, long maxHits, String... found) {
        TextCache<String> cache = cache(maxEntries, maxHits);
        cache.get("any", 1);
        for (int i = 0; i < found.length; i++) {
            cache.put(String.valueOf((char) ('a' + i)), 1, found[i]);
        }
        return cache;
    }

    @Test
    void keepsWhatWasFoundUntilTheGenerationMovesOn() {
        TextCache<String> cache = cache(4, 100);
        assertThat(cache.get("a", 1)).isNull();
        cache.put("a", 1, "xxxx");
        assertThat(cache.get("a", 1)).isEqualTo("xxxx");
        assertThat(cache.hits()).isEqualTo(4);
        cache.put("b", 0, "yy"); // looked up in a generation gone since
        assertThat(cache.get("b", 1)).isNull();
        assertThat(cache.get("a", 2)).isNull();
        assertThat(cache.size()).isZero();
        assertThat(cache.hits()).isZero();
    }

    @Test
    void emptiesWhenTheHitsWouldPassTheirBoundAndKeepsNoTextLargerThanIt() {
        TextCache<String> cache = filled(100, 10, "xxxx", "xxxx");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.hits()).isEqualTo(8);
        cache.put("c", 1, "xxxx"); // 12 > 10: emptied first
        assertThat(cache.get("a", 1)).isNull();
        assertThat(cache.get("c", 1)).isEqualTo("xxxx");
        assertThat(cache.hits()).isEqualTo(4);
        cache.put("d", 1, "x".repeat(11));
        assertThat(cache.get("d", 1)).isNull();
        assertThat(cache.get("c", 1)).as("a text too large leaves the others").isEqualTo("xxxx");
        cache.put("c", 1, "xxxx"); // the same text again is not counted twice
        assertThat(cache.hits()).isEqualTo(4);
    }

    @Test
    void emptiesWhenTheTextsReachTheirBoundAndZeroTurnsItOff() {
        TextCache<String> cache = filled(2, 1_000, "x", "x", "x");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("c", 1)).isEqualTo("x");
        TextCache<String> off = cache(0, 1_000);
        off.get("a", 1);
        off.put("a", 1, "x");
        assertThat(off.get("a", 1)).isNull();
    }
}
