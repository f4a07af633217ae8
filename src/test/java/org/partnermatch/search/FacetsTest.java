package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Counting by masks (bit-sliced) gives what one increment per value set gives. */
class FacetsTest {

    @Test
    void maskCountsEqualANaiveTally() {
        Random random = new Random(19);
        for (int round = 0; round < 50; round++) {
            Listed.Vocabulary vocabulary = new Listed.Vocabulary();
            int values = 1 + random.nextInt(64);
            for (int v = 0; v < values; v++) {
                vocabulary.facet(Facets.CATEGORY).id("c" + v);
            }
            Facets facets = new Facets(vocabulary);
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
            Map<String, Long> expected = new LinkedHashMap<>();
            for (int v = 0; v < values; v++) {
                if (naive[v] > 0) {
                    expected.put("c" + v, naive[v]);
                }
            }
            assertThat(facets.counts().category()).as("round " + round).isEqualTo(Facets.sorted(expected));
        }
    }
}
