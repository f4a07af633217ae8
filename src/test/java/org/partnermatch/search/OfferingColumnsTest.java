package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.vocabulary.Modality;

class OfferingColumnsTest {

    private static final String[] TIMINGS = {"after_school", "during_school", "weekend", "summer", "evening"};
    private static final String[] COSTS = {"free", "sliding_scale", "fee"};

    /**
     * The columns' sets of slots hold each offering held now under exactly its values — held, visible, active, every
     * category it is filed under and counted in, language (80 of them, so some numbered 64 and above), timing, cost,
     * modality and grade — while offerings are written, written again with other values, and removed, and the columns
     * grow from 16 slots to 600.
     */
    @Test
    void eachSetHoldsTheOfferingsWithItsValue() {
        Random random = new Random(43);
        Listed.Vocabulary vocabulary = new Listed.Vocabulary();
        String[] languages = new String[80];
        for (int i = 0; i < languages.length; i++) {
            languages[i] = "l" + i;
        }
        String[] categories = {"academic", "tutoring", "arts", "music", "stem", "health"};
        Listed.Organization approved = HeldOrganizations.held(new UUID(1, 1), "Approved", new String[0], vocabulary, 0);
        OfferingColumns columns = new OfferingColumns(16);
        Listed.Offering[] held = new Listed.Offering[600];
        for (int round = 0; round < 3; round++) {
            for (int slot = 0; slot < held.length; slot++) {
                if (round > 0 && random.nextInt(4) == 0) {
                    columns.write(slot, null); // removed
                    held[slot] = null;
                    continue;
                }
                if (round > 0 && random.nextBoolean()) {
                    continue; // unchanged
                }
                String[] filed = pick(random, categories, random.nextInt(3));
                String[] counted = new LinkedHashSet<>(List.of(filed)).toArray(String[]::new);
                String[] spoken = pick(random, languages, random.nextInt(4));
                String[] timings = pick(random, TIMINGS, random.nextInt(3));
                String cost = COSTS[random.nextInt(COSTS.length)];
                Listed.FacetIds ids = new Listed.FacetIds(vocabulary.facet(Facets.CATEGORY).ids(counted),
                        vocabulary.facet(Facets.LANGUAGE).ids(spoken), vocabulary.facet(Facets.TIMING).ids(timings),
                        vocabulary.facet(Facets.COST).id(cost));
                int low = random.nextInt(15) - 1;
                Listed.Offering offering = new Listed.Offering(new UUID(2, slot), approved.id(),
                        random.nextInt(5) == 0 ? null : approved, "Offering " + slot, Instant.EPOCH,
                        random.nextInt(4) != 0, filed, spoken, timings, cost,
                        Modality.values()[random.nextInt(Modality.values().length)].name(), low,
                        low + random.nextInt(14 - low), null, ids, vocabulary.facet(Facets.CATEGORY).ids(filed), 0);
                offering.slot(slot);
                columns = columns.withRoomFor(slot + 1);
                columns.write(slot, offering);
                held[slot] = offering;
            }
            for (int slot = 0; slot < held.length; slot++) {
                Listed.Offering o = held[slot];
                String as = "round " + round + ", slot " + slot;
                assertThat(SlotSets.contains(columns.set(OfferingColumns.HELD), slot)).as(as).isEqualTo(o != null);
                assertThat(SlotSets.contains(columns.set(OfferingColumns.VISIBLE_SET), slot)).as(as + " visible")
                        .isEqualTo(o != null && o.visible());
                assertThat(SlotSets.contains(columns.set(OfferingColumns.ACTIVE_SET), slot)).as(as + " active")
                        .isEqualTo(o != null && o.active());
                for (String language : languages) {
                    assertThat(in(columns.facetSet(Facets.LANGUAGE, vocabulary.facet(Facets.LANGUAGE).find(language)),
                            slot)).as(as + " " + language).isEqualTo(o != null && Listed.contains(o.languages(), language));
                }
                for (String category : categories) {
                    int id = vocabulary.facet(Facets.CATEGORY).find(category);
                    boolean filed = o != null && Listed.contains(o.categories(), category);
                    assertThat(in(columns.filedSet(id), slot)).as(as + " filed " + category).isEqualTo(filed);
                    assertThat(in(columns.facetSet(Facets.CATEGORY, id), slot)).as(as + " " + category).isEqualTo(filed);
                }
                for (String timing : TIMINGS) {
                    assertThat(in(columns.facetSet(Facets.TIMING, vocabulary.facet(Facets.TIMING).find(timing)), slot))
                            .as(as + " " + timing).isEqualTo(o != null && Listed.contains(o.timings(), timing));
                }
                for (String cost : COSTS) {
                    assertThat(in(columns.facetSet(Facets.COST, vocabulary.facet(Facets.COST).find(cost)), slot))
                            .as(as + " " + cost).isEqualTo(o != null && cost.equals(o.cost()));
                }
                for (Modality modality : Modality.values()) {
                    assertThat(in(columns.modalitySet(modality), slot)).as(as + " " + modality)
                            .isEqualTo(o != null && modality.name().equals(o.modality()));
                }
                for (int grade = -2; grade <= 14; grade++) {
                    assertThat(in(columns.gradeSet(grade), slot)).as(as + " grade " + grade)
                            .isEqualTo(o != null && o.gradeLow() <= grade && grade <= o.gradeHigh());
                }
            }
        }
        assertThat(vocabulary.facet(Facets.LANGUAGE).values().length).isGreaterThan(64);
    }

    /** {@code slot} is in {@code set} (null: an empty set). */
    private static boolean in(long[] set, int slot) {
        return set != null && SlotSets.contains(set, slot);
    }

    private static String[] pick(Random random, String[] values, int n) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(n, values.length)) {
            picked.add(values[random.nextInt(values.length)]);
        }
        return picked.toArray(String[]::new);
    }

    /** The set operations a search narrows its hits with. */
    @Test
    void setOperations() {
        long[] a = new long[3];
        long[] b = new long[2];
        for (int slot : new int[] {0, 63, 64, 130, 191}) {
            SlotSets.add(a, slot);
        }
        SlotSets.add(b, 63);
        SlotSets.add(b, 100);
        assertThat(SlotSets.countBoth(a, b)).isEqualTo(1);
        assertThat(SlotSets.countBoth(a, null)).isZero();
        long[] kept = a.clone();
        SlotSets.retain(kept, b); // the slots past b's end are in none of it
        assertThat(kept).containsExactly(1L << 63, 0L, 0L);
        long[] removed = a.clone();
        SlotSets.removeAll(removed, b);
        assertThat(SlotSets.contains(removed, 63)).isFalse();
        assertThat(SlotSets.contains(removed, 191)).isTrue();
        assertThat(SlotSets.contains(removed, 500)).isFalse();
        long[] none = a.clone();
        SlotSets.retain(none, null);
        assertThat(none).containsOnly(0L);
        long[] union = b.clone();
        SlotSets.addAll(union, a);
        assertThat(union).containsExactly(1L | 1L << 63, 1L | 1L << 36);
        assertThat(Arrays.stream(a).map(Long::bitCount).sum()).isEqualTo(5);
    }
}
