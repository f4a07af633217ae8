package org.partnermatch.search;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slots of one kind of record: a number each id keeps for the life of the index, so that what a text found
 * ({@link SearchIndex.Found}) holds numbers, always read as the record now held under them (none once it is gone),
 * and what a search tests of each hit can sit in arrays by slot ({@link OfferingColumns}) rather than in records
 * scattered over the heap. Numbers are handed out by one writer at a time (the index's lock); anyone may look up.
 */
final class Slots {

    private final Map<UUID, Integer> slotOf = new ConcurrentHashMap<>();
    private int next;

    /** The slot of {@code id}, a new one for a new id. */
    int assign(UUID id) {
        return slotOf.computeIfAbsent(id, ignored -> next++);
    }

    /** The slot of {@code id}, or -1 when it never had one. */
    int slotOf(UUID id) {
        Integer slot = slotOf.get(id);
        return slot == null ? -1 : slot;
    }
}
