package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.partnermatch.matching.CandidateIndex.Snapshot;
import org.partnermatch.matching.core.MatchWeights;
import org.partnermatch.matching.core.SchoolShortlist;
import org.partnermatch.matching.core.Taxonomy;

/** When a school's matches are scored, explained, or answered from memory. */
class ShortlistCacheTest {

    private final AtomicInteger scored = new AtomicInteger();
    private final AtomicInteger explained = new AtomicInteger();

    private static Snapshot snapshot(long version) {
        return new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Taxonomy.empty(), version,
                new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    private static ShortlistCache.Key key(int limit) {
        return new ShortlistCache.Key(null, List.of(), MatchWeights.defaults(), limit);
    }

    /** A shortlist of {@code needs} covered needs (picks). */
    private Supplier<SchoolShortlist> score(int needs) {
        return () -> {
            scored.incrementAndGet();
            return new SchoolShortlist(List.of(), Collections.nCopies(needs, new SchoolShortlist.Pick(null, null)));
        };
    }

    private final Function<SchoolShortlist, String> explain = shortlist -> {
        explained.incrementAndGet();
        return "explained " + shortlist.picks().size();
    };

    @Test
    void aRepeatedRequestUnderTheSameSnapshotIsAnsweredFromMemory() {
        ShortlistCache<String> cache = new ShortlistCache<>(10, 100);
        Snapshot snapshot = snapshot(1);

        assertThat(cache.get(snapshot, key(20), score(3), explain)).isEqualTo("explained 3");
        assertThat(cache.get(snapshot, key(20), score(3), explain)).isEqualTo("explained 3");

        assertThat(scored).hasValue(1);
        assertThat(explained).hasValue(1);
    }

    @Test
    void aNewSnapshotOrAnotherKeyIsScoredAgain() {
        ShortlistCache<String> cache = new ShortlistCache<>(10, 100);
        cache.get(snapshot(1), key(20), score(3), explain);
        cache.get(snapshot(2), key(20), score(3), explain); // any change publishes a new snapshot
        cache.get(snapshot(2), key(10), score(3), explain); // another limit (or needs, weights, school)

        assertThat(scored).hasValue(3);
        assertThat(explained).hasValue(3);
    }

    @Test
    void pastTheExplanationBudgetOnlyTheShortlistIsKept() {
        ShortlistCache<String> cache = new ShortlistCache<>(10, 5);
        Snapshot snapshot = snapshot(1);
        cache.get(snapshot, key(1), score(4), explain); // 4 of 5: kept explained
        cache.get(snapshot, key(2), score(4), explain); // would be 8: shortlist only

        cache.get(snapshot, key(1), score(4), explain);
        cache.get(snapshot, key(2), score(4), explain);

        assertThat(scored).as("neither is scored twice").hasValue(2);
        assertThat(explained).as("the second is explained on every request").hasValue(3);
    }

    @Test
    void aFullCacheStartsOverAndSizeZeroTurnsItOff() {
        ShortlistCache<String> cache = new ShortlistCache<>(2, 100);
        Snapshot snapshot = snapshot(1);
        for (int limit = 1; limit <= 3; limit++) { // the third empties the cache, then is kept
            cache.get(snapshot, key(limit), score(1), explain);
        }
        cache.get(snapshot, key(3), score(1), explain);
        cache.get(snapshot, key(1), score(1), explain);
        assertThat(scored).hasValue(4);

        ShortlistCache<String> off = new ShortlistCache<>(0, 100);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(off.get(snapshot, key(20), score(2), explain));
        }
        assertThat(answers).containsOnly("explained 2");
        assertThat(scored).hasValue(7);
    }

    @Test
    void theBudgetCanCountBytesOfTheExplainedForm() {
        ShortlistCache<byte[]> cache = new ShortlistCache<>(10, 1000, (shortlist, bytes) -> bytes.length);
        Snapshot snapshot = snapshot(1);
        Function<SchoolShortlist, byte[]> write = shortlist -> {
            explained.incrementAndGet();
            return new byte[600];
        };
        byte[] first = cache.get(snapshot, key(1), score(2), write); // 600 of 1,000 bytes: kept
        cache.get(snapshot, key(2), score(2), write); // would be 1,200: shortlist only
        assertThat(cache.get(snapshot, key(1), score(2), write)).isSameAs(first);
        cache.get(snapshot, key(2), score(2), write);
        assertThat(scored).hasValue(2);
        assertThat(explained).as("only the second is written again").hasValue(3);
    }
}
