package org.partnermatch.matching;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partnermatch.matching.CandidateIndex.Snapshot;
import org.partnermatch.matching.core.MatchWeights;
import org.partnermatch.matching.core.NeedProfile;
import org.partnermatch.matching.core.SchoolProfile;
import org.partnermatch.matching.core.SchoolShortlist;

/**
 * Remembers a school's matches for as long as the read model they were scored against is current, in two layers:
 * the shortlist (the scoring half: which organizations, and their best offering per need) and, within a budget, the
 * explained matches built from it (reasons and factors, the bulk of a response). Both are pure functions of the
 * snapshot, the school's profile, its open needs as stated, the weights and the limit, so the key holds all of them
 * but the snapshot, and a new snapshot (any change to schools, organizations, offerings or ratings) starts an empty
 * cache.
 *
 * <p>Bounded twice: when {@code maxEntries} shortlists are kept the cache is emptied rather than tracked entry by
 * entry (0 turns it off); explained matches are kept only while their covered needs add up to at most
 * {@code maxExplainedNeeds} (about 2 kB each), past which a shortlist is explained again on each request.
 *
 * @param <E> the explained form of a shortlist
 */
final class ShortlistCache<E> {

    record Key(SchoolProfile school, List<NeedProfile> openNeeds, MatchWeights weights, int limit) {
    }

    /** A shortlist, and its explanation when the budget allowed keeping it. */
    private record Remembered<E>(SchoolShortlist shortlist, E explained) {
    }

    private record Generation<E>(Snapshot snapshot, Map<Key, Remembered<E>> entries, AtomicInteger explainedNeeds) {

        Generation(Snapshot snapshot) {
            this(snapshot, new ConcurrentHashMap<>(), new AtomicInteger());
        }
    }

    private final int maxEntries;
    private final int maxExplainedNeeds;
    private volatile Generation<E> current = new Generation<>(null);

    ShortlistCache(int maxEntries, int maxExplainedNeeds) {
        this.maxEntries = maxEntries;
        this.maxExplainedNeeds = maxExplainedNeeds;
    }

    /**
     * The explained matches for the key under this snapshot: remembered, or explained from a remembered shortlist,
     * or scored and explained now (and remembered).
     *
     * @param score   computes the shortlist
     * @param explain turns a shortlist into its explained form
     */
    E get(Snapshot snapshot, Key key, Supplier<SchoolShortlist> score, Function<SchoolShortlist, E> explain) {
        if (maxEntries <= 0) {
            return explain.apply(score.get());
        }
        Generation<E> generation = current;
        if (generation.snapshot() != snapshot) { // identity: a snapshot is immutable and replaced on every change
            generation = new Generation<>(snapshot);
            current = generation;
        }
        Remembered<E> remembered = generation.entries().get(key);
        if (remembered != null && remembered.explained() != null) {
            return remembered.explained();
        }
        SchoolShortlist shortlist = remembered != null ? remembered.shortlist() : score.get();
        E explained = explain.apply(shortlist);
        int needs = shortlist.picks().size();
        boolean keepExplained = generation.explainedNeeds().addAndGet(needs) <= maxExplainedNeeds;
        if (!keepExplained) {
            generation.explainedNeeds().addAndGet(-needs);
        }
        if (remembered == null && generation.entries().size() >= maxEntries) {
            generation.entries().clear();
            generation.explainedNeeds().set(keepExplained ? needs : 0);
        }
        if (remembered == null || keepExplained) {
            generation.entries().put(key, new Remembered<>(shortlist, keepExplained ? explained : null));
        }
        return explained;
    }
}
