package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * After a change the search index patches its name order (takes out the changed records, merges in their new
 * versions) instead of sorting every record again: the patched order must equal a full sort of the records now
 * indexed, whatever was renamed, added or removed (and hold the new versions of records changed under the same name,
 * which keep their places).
 */
class NameOrderPatchTest {

    record Named(UUID id, String name, String sortName, Instant updatedAt) implements Listed.Record {
        static Named of(UUID id, String name) {
            return new Named(id, name, Listed.sortName(name), Instant.EPOCH);
        }

        /** The same, changed otherwise (a record not equal to this one). */
        Named updated(int second) {
            return new Named(id, name, sortName, Instant.ofEpochSecond(second));
        }
    }

    private static final String[] WORDS = {"Arts", "árbol", "Youth", "youth", "Zebra", "Éclair", "Math", "math", "B"};

    @RepeatedTest(200)
    void patchedOrderEqualsAFullSort(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        Map<UUID, Named> indexed = new HashMap<>();
        for (int i = random.nextInt(40); i > 0; i--) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            indexed.put(id, Named.of(id, name(random)));
        }
        Named[] before = sorted(indexed);

        Set<UUID> touched = new HashSet<>();
        List<UUID> ids = new ArrayList<>(indexed.keySet());
        for (int i = random.nextInt(8); i > 0 && !ids.isEmpty(); i--) {
            UUID id = ids.remove(random.nextInt(ids.size()));
            touched.add(id);
            switch (random.nextInt(3)) {
                case 0 -> indexed.remove(id); // left the index
                case 1 -> indexed.put(id, Named.of(id, name(random))); // renamed
                default -> indexed.put(id, indexed.get(id).updated(repetition.getCurrentRepetition())); // same name
            }
        }
        for (int i = random.nextInt(4) - 1; i > 0; i--) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            touched.add(id);
            indexed.put(id, Named.of(id, name(random))); // new
        }
        if (random.nextBoolean()) {
            touched.add(new UUID(random.nextLong(), random.nextLong())); // announced, but not (or no longer) indexed
        }

        Named[] patched = SearchIndex.patched(before, touched, indexed, Named[]::new);

        assertThat(patched).containsExactly(sorted(indexed));
    }

    private static String name(Random random) {
        return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? " " + random.nextInt(5) : "");
    }

    private static Named[] sorted(Map<UUID, Named> indexed) {
        Named[] all = indexed.values().toArray(Named[]::new);
        Arrays.sort(all, SearchHits.BY_NAME);
        return all;
    }
}
