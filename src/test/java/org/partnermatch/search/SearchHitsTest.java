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

        for (int offset : new int[] {0, 20, 280, 299, 300, 1000}) {
            SearchHits sorted = new SearchHits(SearchSort.name, offset, 20, null);
            shuffled.forEach(r -> sorted.add(r, -1, Double.NaN, null));
            // a listing walks the records in name order and keeps only its page
            SearchHits walked = new SearchHits(SearchSort.name, offset, 20, null);
            walked.pageByNameAsAdded();
            inOrder.forEach(r -> walked.add(r, -1, Double.NaN, null));
            List<SearchHits.Hit> expected = sorted.page();
            assertThat(walked.page()).isEqualTo(expected);
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

    /**
     * Keeping only what can still be on the page gives, for every order and page, the page of all hits sorted: many
     * tied scores, distances and update times (the name, then the id settle them), hits without a score or distance.
     */
    @Test
    void theKeptPageIsThePageOfEveryHitSorted() {
        Random random = new Random(11);
        String[] names = {"Arts Corps", "arts corps", "Zoo Club", "Ávila Tutoring", "apple", "Math Circle"};
        for (int trial = 0; trial < 200; trial++) {
            int size = random.nextInt(400);
            List<Named> records = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            List<Double> distances = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                records.add(new Named(new UUID(random.nextLong(), random.nextLong()),
                        names[random.nextInt(names.length)], null, Instant.ofEpochSecond(random.nextInt(5))));
                scores.add(random.nextInt(10) == 0 ? Double.NaN : random.nextInt(6) / 5.0);
                distances.add(random.nextInt(4) == 0 ? null : (double) random.nextInt(8));
            }
            records.replaceAll(r -> new Named(r.id(), r.name(), Listed.sortName(r.name()), r.updatedAt()));
            SearchSort sort = SearchSort.values()[random.nextInt(SearchSort.values().length)];
            int offset = random.nextInt(3) == 0 ? 0 : random.nextInt(size + 10);
            int length = 1 + random.nextInt(30);

            SearchHits kept = new SearchHits(sort, offset, length, null);
            SearchHits all = new SearchHits(sort, 0, size, null);
            for (int i = 0; i < size; i++) {
                kept.add(records.get(i), -1, scores.get(i), distances.get(i));
                all.add(records.get(i), -1, scores.get(i), distances.get(i));
            }
            List<SearchHits.Hit> every = all.page();
            assertThat(every).hasSize(size);
            assertThat(kept.page()).as("%s from %d, %d long, of %d", sort, offset, length, size)
                    .isEqualTo(every.subList(Math.min(offset, size), Math.min(offset + length, size)));
            assertThat(kept.total()).isEqualTo(size);
            // the whole order is the sort's: each hit comes no later than the next
            List<Integer> positions = every.stream().map(hit -> indexOf(records, hit.id())).toList();
            for (int i = 1; i < positions.size(); i++) {
                assertThat(comesFirst(sort, records, scores, distances, positions.get(i - 1), positions.get(i)))
                        .isTrue();
            }
        }
    }

    /**
     * Ties settled by places in a name order give the pages that names give: for records the order holds, and for
     * those replaced since (a new version in the slot, renamed or not), which it does not, and whose names are read.
     */
    @Test
    void placesInTheNameOrderSettleTiesAsNamesDo() {
        Random random = new Random(23);
        String[] names = {"Arts Corps", "arts corps", "Zoo Club", "Ávila Tutoring", "apple", "Math Circle", "Yoga"};
        Listed.Vocabulary vocabulary = new Listed.Vocabulary();
        String[] regions = {};
        for (int trial = 0; trial < 200; trial++) {
            int size = 1 + random.nextInt(300);
            List<Listed.Organization> ordered = new ArrayList<>();
            for (int slot = 0; slot < size; slot++) {
                ordered.add(HeldOrganizations.held(new UUID(random.nextLong(), random.nextLong()),
                        names[random.nextInt(names.length)], regions, vocabulary, slot));
            }
            ordered.sort(SearchHits.BY_NAME);
            NameOrder<Listed.Organization> order = new NameOrder<>(ordered.toArray(new Listed.Organization[0]));
            // what the hits are now: some records replaced since the order was taken, a few of them renamed
            List<Listed.Organization> now = new ArrayList<>(ordered);
            for (int i = 0; i < now.size(); i++) {
                if (random.nextInt(5) == 0) {
                    Listed.Organization was = now.get(i);
                    String name = random.nextBoolean() ? was.name() : names[random.nextInt(names.length)];
                    now.set(i, HeldOrganizations.held(was.id(), name, regions, vocabulary, was.slot()));
                }
            }
            Collections.shuffle(now, random);
            SearchSort sort = random.nextBoolean() ? SearchSort.relevance : SearchSort.name;
            int offset = random.nextInt(3) == 0 ? 0 : random.nextInt(size + 5);
            int length = 1 + random.nextInt(30);
            SearchHits byPlaces = new SearchHits(sort, offset, length, order);
            SearchHits byNames = new SearchHits(sort, offset, length, null);
            for (Listed.Organization record : now) {
                double score = random.nextInt(3) / 2.0; // many ties
                byPlaces.add(record, record.slot(), score, null);
                byNames.add(record, -1, score, null);
            }
            assertThat(byPlaces.page()).as("%s from %d, %d long, of %d", sort, offset, length, size)
                    .isEqualTo(byNames.page());
        }
    }

    private static int indexOf(List<Named> records, UUID id) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    /** Whether hit {@code a} may come before hit {@code b} in {@code sort}'s order, written out plainly. */
    private static boolean comesFirst(SearchSort sort, List<Named> records, List<Double> scores,
                                      List<Double> distances, int a, int b) {
        int c = switch (sort) {
            case relevance -> nanLast(scores.get(a), scores.get(b), true);
            case distance -> nanLast(distances.get(a) == null ? Double.NaN : distances.get(a),
                    distances.get(b) == null ? Double.NaN : distances.get(b), false);
            case name -> 0;
            case updated -> records.get(b).updatedAt().compareTo(records.get(a).updatedAt());
        };
        if (c == 0) {
            c = sort == SearchSort.updated
                    ? Long.compareUnsigned(records.get(a).id().getMostSignificantBits(),
                    records.get(b).id().getMostSignificantBits())
                    : SearchHits.BY_NAME.compare(records.get(a), records.get(b));
        }
        return c <= 0;
    }

    /** Ascending or descending, NaN (none) last either way. */
    private static int nanLast(double x, double y, boolean descending) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return (Double.isNaN(x) ? 1 : 0) - (Double.isNaN(y) ? 1 : 0);
        }
        return descending ? Double.compare(y, x) : Double.compare(x, y);
    }
}
