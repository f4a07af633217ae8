package org.partnermatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganizationColumnsTest {

    /**
     * Whether an organization serves a region, read from its column's mask (regions numbered below 64) or from its
     * record (one numbered 64 or above), says what its list of regions says: for every region, and one none has had.
     */
    @Test
    void aRegionIsServedAsTheOrganizationsListSays() {
        Random random = new Random(31);
        Listed.Vocabulary vocabulary = new Listed.Vocabulary();
        List<String> names = new ArrayList<>();
        for (int r = 0; r < 80; r++) {
            names.add("Region " + r);
        }
        names.subList(0, 70).forEach(vocabulary.regions()::id); // numbered as earlier organizations named them
        OrganizationColumns columns = new OrganizationColumns(16);
        List<Listed.Organization> organizations = new ArrayList<>();
        for (int slot = 0; slot < 300; slot++) {
            // most serve regions numbered below 64; some one numbered 64 or above, or one numbered as they came
            int reach = random.nextInt(5) == 0 ? names.size() : 64;
            String[] regions = random.ints(random.nextInt(4), 0, reach).distinct().mapToObj(names::get)
                    .toArray(String[]::new);
            Listed.Organization organization = HeldOrganizations.held(new UUID(0, slot), "Org " + slot, regions,
                    vocabulary, slot);
            columns = columns.withRoomFor(slot + 1);
            columns.write(slot, organization);
            organizations.add(organization);
        }
        List<String> asked = new ArrayList<>(names);
        asked.add("Nowhere");
        for (String region : asked) {
            int id = vocabulary.regions().find(region);
            for (Listed.Organization organization : organizations) {
                assertThat(columns.servesRegion(organization.slot(), id, region))
                        .as("%s, %s", organization.name(), region).isEqualTo(Listed.contains(organization.serviceRegions(), region));
            }
        }
    }
}
