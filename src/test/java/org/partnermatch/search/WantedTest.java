package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WantedTest {

    private static final String[] CATEGORIES = {"academic", "tutoring", "arts", "music", "stem", "health", "food",
            "mentoring", "sports", "family"};
    private static final String[] TIMINGS = {"after_school", "during_school", "weekend", "summer", "evening"};
    private static final String[] COSTS = {"free", "sliding_scale", "fee", "varies"};

    /**
     * What the masks of an organization's shelf say of the category, timing and cost filters is what its active
     * offerings, each tested by the same filters, say: a filter reported failed is passed by none of them, one not
     * reported by all of them; and an organization whose offerings share their values is always answered from the
     * masks. Over 4,000 generated organizations (some with no active offering, some whose offerings share one cost
     * and timing) and every combination of filters, a category or timing no offering has had included.
     */
    @Test
    void theMasksAnswerAsTheOfferingsDo() {
        Random random = new Random(7);
        Listed.Vocabulary vocabulary = new Listed.Vocabulary();
        OfferingColumns offerings = new OfferingColumns(16);
        OrganizationColumns organizations = new OrganizationColumns(16);
        List<Listed.Organization> held = new ArrayList<>();
        List<Boolean> uniform = new ArrayList<>();
        int offeringSlot = 0;
        for (int slot = 0; slot < 4000; slot++) {
            Listed.Organization organization = HeldOrganizations.held(new UUID(1, slot), "Org " + slot, new String[0],
                    vocabulary, slot);
            boolean same = random.nextInt(3) == 0;
            String[] sharedTimings = pick(random, TIMINGS, 1 + random.nextInt(2));
            String sharedCost = COSTS[random.nextInt(COSTS.length)];
            for (int n = random.nextInt(6); n > 0; n--) {
                String[] filed = pick(random, CATEGORIES, random.nextInt(3));
                String[] timings = same ? sharedTimings : pick(random, TIMINGS, random.nextInt(3));
                String cost = same ? sharedCost : COSTS[random.nextInt(COSTS.length)];
                Listed.FacetIds ids = new Listed.FacetIds(vocabulary.facet(Facets.CATEGORY).ids(filed), new int[0],
                        vocabulary.facet(Facets.TIMING).ids(timings), vocabulary.facet(Facets.COST).id(cost));
                Listed.Offering offering = new Listed.Offering(new UUID(2, offeringSlot), organization.id(),
                        organization, "Offering " + offeringSlot, Instant.EPOCH, random.nextInt(5) != 0, filed,
                        new String[0], timings, cost, "in_person", 0, 12, null, ids, ids.categories(), 0);
                offering.slot(offeringSlot);
                offerings = offerings.withRoomFor(offeringSlot + 1);
                offerings.write(offeringSlot, offering);
                organization.shelf().put(offering);
                offeringSlot++;
            }
            organizations = organizations.withRoomFor(slot + 1);
            organizations.write(slot, organization);
            held.add(organization);
            uniform.add(same);
        }

        List<String> categoryChoices = new ArrayList<>();
        categoryChoices.add(null);
        categoryChoices.addAll(List.of(CATEGORIES));
        categoryChoices.add("nowhere");
        List<String> timingChoices = new ArrayList<>();
        timingChoices.add(null);
        timingChoices.addAll(List.of(TIMINGS));
        timingChoices.add("never");
        List<String> costChoices = new ArrayList<>();
        costChoices.add(null);
        costChoices.addAll(List.of(COSTS));
        int decided = 0;
        int walked = 0;
        for (String category : categoryChoices) {
            for (String timing : timingChoices) {
                for (String cost : costChoices) {
                    Set<String> categories = category == null ? null
                            : "academic".equals(category) ? new LinkedHashSet<>(List.of("academic", "tutoring"))
                            : Set.of(category);
                    Wanted wanted = new Wanted(vocabulary, categories, null, timing, cost);
                    for (Listed.Organization organization : held) {
                        int slot = organization.slot();
                        assertThat(organizations.narrow(slot)).isTrue();
                        int fails = wanted.shelfFails(organizations, slot);
                        String as = organization.name() + " " + categories + " " + timing + " " + cost;
                        boolean sameTimingAndCost = uniform.get(slot) && category == null;
                        if (fails < 0) {
                            assertThat(sameTimingAndCost).as(as + ": offerings sharing their values").isFalse();
                            walked++;
                            continue;
                        }
                        decided++;
                        int active = 0;
                        int[] passing = new int[3];
                        for (int offering : organizations.shelf(slot)) {
                            if (!offerings.active(offering)) {
                                continue;
                            }
                            active++;
                            passing[0] += wanted.category(offerings, offering) ? 1 : 0;
                            passing[1] += wanted.timing(offerings, offering) ? 1 : 0;
                            passing[2] += wanted.cost(offerings, offering) ? 1 : 0;
                        }
                        int[] bits = {Wanted.CATEGORY_FAILS, Wanted.TIMING_FAILS, Wanted.COST_FAILS};
                        boolean[] asked = {category != null, timing != null, cost != null};
                        for (int f = 0; f < 3; f++) {
                            if (!asked[f]) {
                                assertThat(fails & bits[f]).as(as + ": a filter not asked").isZero();
                            } else if ((fails & bits[f]) != 0) {
                                assertThat(passing[f]).as(as + ": failed by every active offering").isZero();
                            } else {
                                assertThat(passing[f]).as(as + ": passed by every active offering").isEqualTo(active);
                            }
                        }
                    }
                }
            }
        }
        assertThat(decided).as("answered from the masks").isGreaterThan(100_000);
        assertThat(walked).as("left to the walk").isGreaterThan(10_000);
    }

    private static String[] pick(Random random, String[] values, int n) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(n, values.length)) {
            picked.add(values[random.nextInt(values.length)]);
        }
        return picked.toArray(String[]::new);
    }
}
