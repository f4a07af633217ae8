package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counting by masks (bit-sliced) gives what one increment per value set gives, and counting once what a set does. */
class FacetsTest {

    @Test
    void maskCountsEqualANaiveTally() {
        Random random = new Random(19);
        for (int round = 0; round < 50; round++) {
            int values = 1 + random.nextInt(64);
            Facets facets = numbered(Facets.CATEGORY, "c", values);
            long[] naive = new long[values];
            int adds = random.nextInt(3) == 0 ? 200_000 : random.nextInt(2_000);
            for (int k = 0; k < adds; k++) {
                // dense, sparse and all-ones masks; bits above the values numbered when the tally began are left out
                long mask = switch (random.nextInt(3)) {
                    case 0 -> random.nextLong();
                    case 1 -> 1L << random.nextInt(64);
                    default -> -1L;
                };
                facets.count(Facets.CATEGORY, mask);
                for (int v = 0; v < values; v++) {
                    if ((mask & (1L << v)) != 0) {
                        naive[v]++;
                    }
                }
            }
            // the int-id paths add to the same counts
            facets.count(Facets.CATEGORY, new int[] {0});
            naive[0]++;
            assertThat(facets.counts().category()).as("round " + round).isEqualTo(Facets.sorted(counted("c", naive)));
        }
    }

    /**
     * Each thing counts a value once, however its values come (masks, ids, lists of ids, repeated), below 64 and
     * above: what a set of each thing's values gives.
     */
    @Test
    void countingOnceCountsEachValueOncePerThing() {
        Random random = new Random(29);
        for (int round = 0; round < 50; round++) {
            int values = 1 + random.nextInt(120);
            Facets facets = numbered(Facets.TIMING, "t", values);
            long[] naive = new long[values];
            for (int thing = 0; thing < 500; thing++) {
                facets.next();
                Set<Integer> seen = new HashSet<>();
                for (int step = random.nextInt(6); step > 0; step--) {
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            long mask = random.nextLong() & random.nextLong();
                            facets.countOnce(Facets.TIMING, mask);
                            for (int v = 0; v < 64; v++) {
                                if ((mask & (1L << v)) != 0) {
                                    seen.add(v);
                                }
                            }
                        }
                        case 1 -> {
                            int id = random.nextInt(values);
                            facets.countOnce(Facets.TIMING, id);
                            seen.add(id);
                        }
                        default -> {
                            int[] ids = random.ints(random.nextInt(4), 0, values).toArray();
                            facets.countOnce(Facets.TIMING, ids);
                            for (int id : ids) {
                                seen.add(id);
                            }
                        }
                    }
                }
                seen.stream().filter(v -> v < values).forEach(v -> naive[v]++);
            }
            // timing lists every timing of the vocabulary, 0 included; these made-up ones only when counted
            Map<String, Long> timing = new LinkedHashMap<>(facets.counts().timing());
            timing.values().removeIf(n -> n == 0);
            assertThat(timing).as("round " + round).isEqualTo(counted("t", naive));
        }
    }

    /** The values counted at least once, named {@code prefix} and their number, with their counts. */
    private static Map<String, Long> counted(String prefix, long[] naive) {
        Map<String, Long> counted = new LinkedHashMap<>();
        for (int v = 0; v < naive.length; v++) {
            if (naive[v] > 0) {
                counted.put(prefix + v, naive[v]);
            }
        }
        return counted;
    }

    /** A tally over {@code facet} with {@code values} values numbered 0, 1, … named {@code prefix} and the number. */
    private static Facets numbered(int facet, String prefix, int values) {
        Listed.Vocabulary vocabulary = new Listed.Vocabulary();
        for (int v = 0; v < values; v++) {
            vocabulary.facet(facet).id(prefix + v);
        }
        return new Facets(vocabulary);
    }
}
