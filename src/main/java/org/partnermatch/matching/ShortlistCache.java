package org.partnermatch.matching;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.partnermatch.matching.CandidateIndex.Snapshot;
import org.partnermatch.matching.core.MatchWeights;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.matching.core.SchoolShortlist;

/**
 * Remembers school shortlists (the scoring half of a school's matches) for as long as the read model they were
 * scored against is current. A shortlist is a pure function of the snapshot, the school's profile, its open needs as
 * stated, the weights and the limit, so the key holds all of them but the snapshot, and a new snapshot (any change
 * to schools, organizations, offerings or ratings) starts an empty cache. Reasons are still built on every request.
 * Bounded: when full it is emptied rather than tracked entry by entry; size 0 turns it off.
 */
final class ShortlistCache {

    record Key(SchoolProfile school, List<NeedProfile> openNeeds, MatchWeights weights, int limit) {
    }

    private record Generation(Snapshot snapshot, Map<Key, SchoolShortlist> shortlists) {
    }

    private final int maxEntries;
    private volatile Generation current = new Generation(null, new ConcurrentHashMap<>());

    ShortlistCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    SchoolShortlist get(Snapshot snapshot, Key key, Supplier<SchoolShortlist> compute) {
        if (maxEntries <= 0) {
            return compute.get();
        }
        Generation generation = current;
        if (generation.snapshot() != snapshot) { // identity: a snapshot is immutable and replaced on every change
            generation = new Generation(snapshot, new ConcurrentHashMap<>());
            current = generation;
        }
        SchoolShortlist cached = generation.shortlists().get(key);
        if (cached != null) {
            return cached;
        }
        SchoolShortlist computed = compute.get();
        if (generation.shortlists().size() >= maxEntries) {
            generation.shortlists().clear();
        }
        generation.shortlists().put(key, computed);
        return computed;
    }
}
