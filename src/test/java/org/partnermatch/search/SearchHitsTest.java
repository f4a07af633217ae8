package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchHitsTest {

    record Named(UUID id, String name, String sortName, Instant updatedAt) implements Listed.Record {

        static Named of(String name, UUID id) {
            return new Named(id, name, Listed.sortName(name), Instant.EPOCH);
        }
    }

    @Test
    void aListingWalkedInNameOrderPagesAsTheSortedHitsDo() {
        Random random = new Random(7);
        String[] names = {"Arts Corps", "arts corps", "ARTS CORPS", "Zoo Club", "Ávila Tutoring", "apple", "Apple",
            "Math Circle", "math circle", "Reading Buddies"};
        List<Named> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // duplicated names: the id settles their order, unsigned, as PostgreSQL orders uuids
            records.add(Named.of(names[random.nextInt(names.length)], new UUID(random.nextLong(), random.nextLong())));
        }
        List<Named> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, random);
        List<Named> inOrder = new ArrayList<>(records);
        inOrder.sort(SearchHits.BY_NAME);

        SearchHits sorted = new SearchHits(16);
        shuffled.forEach(r -> sorted.add(r, Double.NaN, null));
        for (int offset : new int[] {0, 20, 280, 299, 300, 1000}) {
            // a listing walks the records in name order and keeps only its page
            SearchHits walked = new SearchHits(16);
            walked.pageByNameAsAdded(offset, 20);
            inOrder.forEach(r -> walked.add(r, Double.NaN, null));
            List<SearchHits.Hit> expected = sorted.page(SearchSort.name, offset, 20);
            assertThat(walked.page(SearchSort.name, offset, 20)).isEqualTo(expected);
            assertThat(walked.total()).isEqualTo(sorted.total()).isEqualTo(300);
            assertThat(expected).extracting(SearchHits.Hit::id)
                    .isEqualTo(inOrder.subList(Math.min(offset, 300), Math.min(offset + 20, 300)).stream()
                            .map(Named::id).toList());
        }
        // lower-cased name first, then as written ("Apple" before "apple"), then the id
        assertThat(inOrder).extracting(Named::name).startsWith("Apple").endsWith("Zoo Club");
        assertThat(inOrder.stream().map(Named::name).distinct().toList()).containsExactly("Apple", "apple",
                "ARTS CORPS", "Arts Corps", "arts corps", "Ávila Tutoring", "Math Circle", "math circle",
                "Reading Buddies", "Zoo Club");
    }
}
