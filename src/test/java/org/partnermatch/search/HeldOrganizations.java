package org.partnermatch.search;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Organization records as the index holds them, in a slot, with only what a test of the search's walk needs. */
final class HeldOrganizations {

    private HeldOrganizations() {
    }

    /**
     * An approved organization named {@code name} serving {@code regions} (numbered in {@code vocabulary}), held in
     * {@code slot}.
     */
    static Listed.Organization held(UUID id, String name, String[] regions, Listed.Vocabulary vocabulary, int slot) {
        Listed.Organization organization = new Listed.Organization(id, name, Listed.sortName(name), Instant.EPOCH,
                "approved", new String[0], new String[0], Set.of(), regions, null, null, null, null, new int[0],
                vocabulary.regions().ids(regions), new Listed.Shelf(), 0);
        organization.slot(slot);
        return organization;
    }
}
